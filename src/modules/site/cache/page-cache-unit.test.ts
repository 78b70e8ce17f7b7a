import { describe, expect, it } from 'vitest';
import { type CachedPage, PageCache } from './page-cache.ts';

const page = (tenantId: string, unitId: string | null, kb = 1, storedAt = 1_000): CachedPage => ({
  tenantId,
  unitId,
  status: 200,
  type: 'text/html',
  cacheControl: 'public',
  etag: '"x"',
  gzip: Buffer.alloc(kb * 512),
  br: Buffer.alloc(kb * 512),
  length: kb * 4096,
  storedAt,
});

describe('PageCache', () => {
  it('drops the unit and the pemda pages of a unit change, the whole tenant without a unit, everything without a tenant', () => {
    const c = new PageCache(1024 * 1024);
    const fill = () => {
      c.set('a/1', page('t', 'a'), c.generation);
      c.set('b/1', page('t', 'b'), c.generation);
      c.set('/', page('t', null), c.generation);
      c.set('other', page('u', 'x'), c.generation);
    };
    fill();
    c.invalidate({ tenantId: 't', unitId: 'a' });
    expect(['a/1', 'b/1', '/', 'other'].map((k) => Boolean(c.get(k, 1_001)))).toEqual([false, true, false, true]);
    c.clear();
    fill();
    c.invalidate({ tenantId: 't', unitId: null });
    expect(['a/1', 'b/1', '/', 'other'].map((k) => Boolean(c.get(k, 1_001)))).toEqual([false, false, false, true]);
    fill();
    c.invalidate({ tenantId: null, unitId: null });
    expect(c.size.pages).toBe(0);
  });

  it('refuses a page rendered before a change (it may show the old rows)', () => {
    const c = new PageCache(1024 * 1024);
    const started = c.generation;
    c.invalidate({ tenantId: 't', unitId: 'a' });
    expect(c.set('a/1', page('t', 'a'), started)).toBe(false);
    expect(c.set('a/1', page('t', 'a'), c.generation)).toBe(true);
  });

  it('neither serves nor keeps a held tenant until released; `*` holds all', () => {
    const c = new PageCache(1024 * 1024);
    c.set('a/1', page('t', 'a'), c.generation);
    c.hold('t');
    expect(c.get('a/1', 1_001)).toBeUndefined();
    expect(c.set('a/2', page('t', 'a'), c.generation)).toBe(false);
    expect(c.set('x/1', page('u', 'x'), c.generation)).toBe(true);
    c.release('t');
    expect(c.get('a/1', 1_001)).toBeDefined();
    c.hold('*');
    expect(c.get('x/1', 1_001)).toBeUndefined();
    c.release('*');
    expect(c.get('x/1', 1_001)).toBeDefined();
  });

  it('stays within its bytes, least recently used out first, and ages pages out', () => {
    // Each page counts 1 KB of bodies + its key + 200 bytes of bookkeeping (~1.2 KB): 16 fit in 20 KB.
    const c = new PageCache(20 * 1024, 60_000);
    for (let i = 1; i <= 16; i++) expect(c.set(`p${i}`, page('t', 'a'), c.generation)).toBe(true);
    expect(c.size.pages).toBe(16);
    c.get('p1', 1_001);
    c.set('p17', page('t', 'a'), c.generation);
    expect(c.size.bytes).toBeLessThanOrEqual(20 * 1024);
    expect(c.get('p2', 1_001)).toBeUndefined();
    expect(c.get('p1', 1_001)).toBeDefined();
    // A page bigger than a sixteenth of the budget is not kept at all.
    expect(c.set('big', page('t', 'a', 2), c.generation)).toBe(false);
    // Aged out for good after two ages (in between it is re-rendered, see below).
    expect(c.get('p1', 121_000)).toBeUndefined();
    expect(c.size.pages).toBe(15);
  });

  it('lets one request render an aged-out page again while the others are still answered with it', () => {
    const c = new PageCache(1024 * 1024, 60_000);
    const old = page('t', 'a');
    c.set('a/1', old, c.generation);
    // The raw fast path's lookup hands the request on without taking the render: Hono's lookup does.
    expect(c.get('a/1', 61_000, { countMiss: false })).toBeUndefined();
    expect(c.get('a/1', 61_000)).toBeUndefined();
    const before = c.hits;
    expect(c.get('a/1', 61_001, { countMiss: false })).toBe(old);
    expect(c.get('a/1', 61_002)).toBe(old);
    expect(c.hits).toBe(before + 2);
    // The new rendering replaces it; the next age-out is claimed afresh.
    const fresh = page('t', 'a', 1, 61_100);
    expect(c.set('a/1', fresh, c.generation)).toBe(true);
    expect(c.get('a/1', 61_200)).toBe(fresh);
    expect(c.get('a/1', 121_100)).toBeUndefined();
    expect(c.get('a/1', 121_101)).toBe(fresh);
  });

  it('lets the next request render when the claimed render stalls or is refused, and never serves an invalidated page', () => {
    const c = new PageCache(1024 * 1024, 60_000);
    c.set('a/1', page('t', 'a'), c.generation);
    expect(c.get('a/1', 61_000)).toBeUndefined();
    expect(c.get('a/1', 62_000)).toBeDefined();
    // Five seconds without the new page: the next request renders it.
    expect(c.get('a/1', 66_000)).toBeUndefined();
    expect(c.get('a/1', 66_001)).toBeDefined();
    // A render refused (a change came in meanwhile) gives the render to the next request at once.
    const started = c.generation;
    c.invalidate({ tenantId: 't', unitId: 'b' });
    expect(c.set('a/1', page('t', 'a', 1, 66_100), started)).toBe(false);
    expect(c.get('a/1', 66_200)).toBeUndefined();
    // A change of its unit drops it, aged out or not: nothing is served from before a change.
    c.invalidate({ tenantId: 't', unitId: 'a' });
    expect(c.get('a/1', 66_300)).toBeUndefined();
    expect(c.get('a/1', 66_301)).toBeUndefined();
    expect(c.size.pages).toBe(0);
  });
});
