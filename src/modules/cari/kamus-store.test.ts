import { describe, expect, it } from 'vitest';
import { type Kamus, KamusStore } from './kamus-store.ts';

const T = 'tenant-1';
const A = 'unit-a';
const B = 'unit-b';

/** A builder that counts its calls and returns the words it is given at that moment. */
function builder(words: () => string[]) {
  const b = {
    calls: 0,
    build: async (): Promise<Kamus> => {
      b.calls++;
      return new Map(words().map((w) => [w, 1]));
    },
  };
  return b;
}

describe('the "did you mean" word lists', () => {
  it('rebuilds after publications at most once a minute, on the search that needs the list', async () => {
    const store = new KamusStore(60_000, 15 * 60_000);
    let words = ['pelatihan'];
    const b = builder(() => words);
    expect([...(await store.get(T, A, b.build, 0)).keys()]).toEqual(['pelatihan']);
    // Ten publications in the first minute: the list is marked stale, never rebuilt by them.
    words = ['pelatihan', 'vaksinasi'];
    for (let s = 1; s <= 10; s++) store.markStale({ tenantId: T, unitId: A }, s * 1000);
    expect(b.calls).toBe(1);
    // Searches within the minute keep the list they have.
    expect([...(await store.get(T, A, b.build, 30_000)).keys()]).toEqual(['pelatihan']);
    expect(b.calls).toBe(1);
    // The first search after the minute rebuilds once and sees the new word; the next ones reuse it.
    expect([...(await store.get(T, A, b.build, 60_000)).keys()]).toEqual(['pelatihan', 'vaksinasi']);
    await store.get(T, A, b.build, 61_000);
    await store.get(T, A, b.build, 200_000);
    expect(b.calls).toBe(2);
    // A list nothing changed is kept until its lifetime ends.
    await store.get(T, A, b.build, 60_000 + 15 * 60_000);
    expect(b.calls).toBe(3);
  });

  it('marks stale the changed unit and the pemda-wide list, not other units or tenants', async () => {
    const store = new KamusStore(60_000);
    const b = builder(() => ['kata']);
    for (const unit of [A, B, null]) await store.get(T, unit, b.build, 0);
    await store.get('tenant-2', A, b.build, 0);
    expect(b.calls).toBe(4);
    store.markStale({ tenantId: T, unitId: A }, 10);
    for (const unit of [A, B, null]) await store.get(T, unit, b.build, 120_000);
    await store.get('tenant-2', A, b.build, 120_000);
    // Unit A's list and the pemda's: two rebuilds.
    expect(b.calls).toBe(6);
    // A change of the whole tenant (its name, its menu) reaches every list of it; one of every tenant reaches all.
    store.markStale({ tenantId: T, unitId: null }, 130_000);
    for (const unit of [A, B, null]) await store.get(T, unit, b.build, 240_000);
    expect(b.calls).toBe(9);
    store.markStale({ tenantId: null, unitId: null }, 250_000);
    await store.get('tenant-2', A, b.build, 360_000);
    expect(b.calls).toBe(10);
  });

  it('serves the list from before while a rebuild runs, and keeps a change made during it', async () => {
    const store = new KamusStore(60_000);
    let release: (k: Kamus) => void = () => {};
    let calls = 0;
    const slow = () => {
      calls++;
      return calls === 1 ? Promise.resolve(new Map([['lama', 1]])) : new Promise<Kamus>((resolve) => (release = resolve));
    };
    await store.get(T, A, slow, 0);
    store.markStale({ tenantId: T, unitId: A }, 1);
    const rebuilding = store.get(T, A, slow, 60_000);
    // Another search meanwhile: the old list at once, no second rebuild.
    expect([...(await store.get(T, A, slow, 60_001)).keys()]).toEqual(['lama']);
    store.markStale({ tenantId: T, unitId: A }, 60_002);
    release(new Map([['baru', 1]]));
    expect([...(await rebuilding).keys()]).toEqual(['baru']);
    expect(calls).toBe(2);
    // The change during the rebuild may be missing from it: rebuilt again a minute later.
    await store.get(T, A, slow, 100_000);
    expect(calls).toBe(2);
    const again = store.get(T, A, slow, 120_000);
    release(new Map([['terbaru', 1]]));
    expect([...(await again).keys()]).toEqual(['terbaru']);
    expect(calls).toBe(3);
  });

  it('keeps the old list when a rebuild fails and tries again after the pause', async () => {
    const store = new KamusStore(60_000);
    let fail = false;
    let calls = 0;
    const build = async (): Promise<Kamus> => {
      calls++;
      if (fail) throw new Error('database away');
      return new Map([['kata', 1]]);
    };
    await store.get(T, A, build, 0);
    store.markStale({ tenantId: T, unitId: A }, 1);
    fail = true;
    expect([...(await store.get(T, A, build, 60_000)).keys()]).toEqual(['kata']);
    await store.get(T, A, build, 61_000);
    expect(calls).toBe(2);
    fail = false;
    await store.get(T, A, build, 120_000);
    expect(calls).toBe(3);
  });
});
