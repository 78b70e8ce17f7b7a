import { describe, expect, it } from 'vitest';
import { actionLabels, entityLabels } from '../audit/action-labels.ts';
import { rencanaAlur } from '../rencana/alur.ts';
import { liputanAlur } from './alur.ts';

// Alur.move records `entity.<target>`; the catalogue scan cannot read that template, so the two
// workflows of this module and the plan check their own words here.
describe('the plan’s and the assignments’ audit words', () => {
  it('label every status a move can lead to, and the kinds of thing', () => {
    for (const alur of [rencanaAlur, liputanAlur]) {
      const targets = new Set(Object.values(alur.transitions as Record<string, readonly string[]>).flat());
      const missing = [...targets].map((to) => `${alur.entity}.${to}`).filter((code) => !actionLabels[code]?.id || !actionLabels[code]?.en);
      expect(missing).toEqual([]);
      expect(entityLabels[alur.entity]).toBeDefined();
    }
  });
});
