import { describe, expect, it } from 'vitest';
import { preparedOnce } from './prepared.ts';
import type { Queryable } from './types.ts';

describe('preparedOnce', () => {
  it('builds a statement once per database handle and name', () => {
    const db1 = {} as Queryable;
    const db2 = {} as Queryable;
    const built: string[] = [];
    const build = (name: string) => {
      built.push(name);
      return { name, n: built.length };
    };
    const a = preparedOnce(db1, 'eins', build);
    expect(preparedOnce(db1, 'eins', build)).toBe(a);
    expect(preparedOnce(db1, 'zwei', build)).not.toBe(a);
    expect(preparedOnce(db2, 'eins', build)).not.toBe(a);
    expect(built).toEqual(['eins', 'zwei', 'eins']);
  });
});
