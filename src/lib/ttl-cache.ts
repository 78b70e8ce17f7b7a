/**
 * A small in-process cache of promised values for a few minutes, at most `maxEntries` keys (the
 * oldest dropped first). Callers arriving while a value is being computed share that one
 * computation; a failed computation is not kept. `clear()` is the invalidation for data this
 * process changed; the lifetime bounds how stale another process's change can be.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  get(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = compute();
    const entry = { at: now, value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    // A Map keeps insertion order: drop from the front beyond the cap.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** One cache per database handle, so test databases (and a restored one) never share entries. */
export function perDatabase<T>(make: () => TtlCache<T>): { of(db: object): TtlCache<T>; clearAll(): void } {
  let caches = new WeakMap<object, TtlCache<T>>();
  return {
    of(db) {
      let cache = caches.get(db);
      if (!cache) {
        cache = make();
        caches.set(db, cache);
      }
      return cache;
    },
    clearAll() {
      caches = new WeakMap();
    },
  };
}
