import type { SiteChange } from '../site-changed.ts';

/** One rendered public page, kept compressed both ways; the identity bytes are unzipped on demand. */
export type CachedPage = {
  tenantId: string;
  /** null for the pemda's own pages (its home, its 404s). */
  unitId: string | null;
  status: 200 | 404;
  type: string;
  cacheControl: string;
  /** Strong ETag of the content; each encoding sends it with its own suffix. */
  etag: string;
  gzip: Buffer;
  br: Buffer;
  /** Length of the uncompressed body. */
  length: number;
  /** When it was stored (ms): a page also ages out, see PageCache. */
  storedAt: number;
};

const sizeOf = (page: CachedPage, key: string) => page.gzip.byteLength + page.br.byteLength + key.length * 2 + 200;

// A render that was to replace an aged-out page and has not after this (it failed, or was not
// kept) leaves the next request to try again.
const REFRESH_MS = 5_000;

/**
 * The rendered public pages of one database, keyed by address (host, path and query; the language
 * is in the query), bounded in bytes with the least recently used page dropped first.
 *
 * Invalidation is exact and cheap: `invalidate` drops the pages a change can touch, and bumps the
 * generation so that a page whose rendering began before the change (and so may have read the
 * old rows) is never stored after it. Until its own change has been seen committed, the process
 * that made it neither serves nor stores pages of that tenant (`hold`/`release`), so whoever wrote
 * reads their own write at once.
 *
 * Pages also age out after `ttlMs`: not for data (every change is announced), but for the clock —
 * the service hours say whether the desk is open now, the calendar and closures count from today.
 * An aged-out page is rendered again by one request while the others are still answered with it
 * (for at most one more `ttlMs`): without that, every connection of a busy page missed at once each
 * minute and rendered the same page side by side (20 renders of 0.2–0.5 s under the bench's load).
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;
  private gen = 0;
  /** Tenants with a change of this process not yet seen committed: id → count of such changes. */
  private readonly held = new Map<string, number>();
  /** Aged-out pages being rendered again: key → when the render began. */
  private readonly refreshing = new Map<string, number>();
  hits = 0;
  misses = 0;

  constructor(
    readonly maxBytes: number,
    readonly ttlMs = 60_000,
  ) {}

  get generation(): number {
    return this.gen;
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.bytes };
  }

  /**
   * The page kept for `key`, counted as a hit or a miss. A lookup that hands a miss on to another
   * one of the same request (the raw fast path, before Hono's `pageCacheHits`) passes
   * `countMiss: false`, so that a request not answered from the cache is one miss, not two, and
   * leaves the re-rendering of an aged-out page to that later lookup, which goes on to render it.
   */
  get(key: string, now = Date.now(), { countMiss = true }: { countMiss?: boolean } = {}): CachedPage | undefined {
    const page = this.pages.get(key);
    const age = page ? now - page.storedAt : 0;
    if (page && age >= 2 * this.ttlMs) this.drop(key);
    if (!page || age >= 2 * this.ttlMs || this.isHeld(page.tenantId) || (age >= this.ttlMs && this.claimRefresh(key, now, countMiss))) {
      if (countMiss) this.misses++;
      return undefined;
    }
    // Most recently used goes to the end of the Map's order.
    this.pages.delete(key);
    this.pages.set(key, page);
    this.hits++;
    return page;
  }

  /** Whether this request is the one to render an aged-out page again (none is yet, or it stalled). */
  private claimRefresh(key: string, now: number, claim: boolean): boolean {
    const since = this.refreshing.get(key);
    if (since !== undefined && now - since < REFRESH_MS) return false;
    if (claim) this.refreshing.set(key, now);
    return true;
  }

  /** Stores a page rendered since `generation`; refused when a change came in between. */
  set(key: string, page: CachedPage, generation: number): boolean {
    if (generation !== this.gen || this.isHeld(page.tenantId)) {
      // An aged-out page this render was to replace is rendered again by the next request.
      this.refreshing.delete(key);
      return false;
    }
    const size = sizeOf(page, key);
    if (size > this.maxBytes / 16) {
      this.refreshing.delete(key);
      return false;
    }
    this.drop(key);
    this.pages.set(key, page);
    this.bytes += size;
    for (const [oldest] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest);
    }
    return true;
  }

  /**
   * Drops what a change can have touched: with a unit, that unit's pages and the pemda's own
   * pages (its home lists the units and the latest central news); without one, every page of the
   * tenant (its name, menu and unit list are in every page's frame); without a tenant, every page.
   */
  invalidate(change: Pick<SiteChange, 'tenantId' | 'unitId'>): void {
    this.gen++;
    if (change.tenantId === null) {
      this.clear();
      return;
    }
    for (const [key, page] of this.pages) {
      if (page.tenantId !== change.tenantId) continue;
      if (change.unitId === null || page.unitId === null || page.unitId === change.unitId) this.drop(key);
    }
  }

  /** Forgets every page: after the change feed was interrupted, when changes may have been missed. */
  clear(): void {
    this.gen++;
    this.pages.clear();
    this.refreshing.clear();
    this.bytes = 0;
  }

  /** `'*'` (or null, a change of every tenant) holds every tenant (also while the feed is down). */
  hold(tenantId: string | null): void {
    this.gen++;
    const id = tenantId ?? '*';
    this.held.set(id, (this.held.get(id) ?? 0) + 1);
  }

  release(tenantId: string | null): void {
    tenantId ??= '*';
    const count = (this.held.get(tenantId) ?? 0) - 1;
    if (count <= 0) this.held.delete(tenantId);
    else this.held.set(tenantId, count);
  }

  private isHeld(tenantId: string): boolean {
    return this.held.size > 0 && (this.held.has(tenantId) || this.held.has('*'));
  }

  private drop(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.refreshing.delete(key);
    this.bytes -= sizeOf(page, key);
  }
}
