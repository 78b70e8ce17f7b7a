import { describe, expect, it } from 'vitest';
import { kirimanEn, kirimanId } from './messages-kiriman.ts';
import { sosialEn, sosialId } from './messages-sosial.ts';
import { varianEn, varianId } from './messages-varian.ts';

// The accounts screen, the variants on the item and the publishing panel show the same accounts:
// their marks (simulated, must be reconnected, posted by hand) are written once, in messages-sosial.ts.
const marks = ['sosial.simulation', 'sosial.status.perlu_sambung_ulang', 'sosial.status.manual'] as const;

describe('one spelling for an account’s marks across the social media screens', () => {
  it('has no second text for a mark, not even one that differs only in capitals ("Simulasi" here, "simulasi" there)', () => {
    for (const [own, catalogue] of [
      [sosialId, { ...sosialId, ...varianId, ...kirimanId }],
      [sosialEn, { ...sosialEn, ...varianEn, ...kirimanEn }],
    ] as [Record<string, string>, Record<string, string>][]) {
      for (const mark of marks) {
        const text = own[mark]?.toLowerCase();
        expect(text, mark).toBeTruthy();
        const same = Object.entries(catalogue).filter(([, other]) => other.toLowerCase() === text || other.toLowerCase() === text?.split(' (')[0]);
        expect(same.map(([key]) => key)).toEqual([mark]);
      }
    }
  });
});
