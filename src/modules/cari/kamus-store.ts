/** The words of a site's live titles, summaries, tags and DIP titles, with how many items use each. */
export type Kamus = Map<string, number>;

type Entry = {
  tenantId: string;
  unitId: string | null;
  kamus: Promise<Kamus>;
  /** When the build that made `kamus` (or the one running now) began. */
  builtAt: number;
  /** When a change that this list does not show yet came in; null while it is current. */
  staleSince: number | null;
  /** The rebuild under way, which the search that started it waits for. */
  rebuilding: Promise<Kamus> | null;
};

/**
 * The "did you mean" word lists of one database, one per site (a unit, or the pemda's own search
 * across its units). Building one reads every live item once (a second or more with 100,000 items),
 * and a busy site publishes several times a minute, so a publication does not throw the list away:
 * it only marks the lists it can change as stale (`markStale`, when the change has committed). The
 * next search that needs suggestions rebuilds a stale list, at most once per `minRebuildMs`; until
 * then, and while that rebuild runs, the list from before is used. A list is also rebuilt after
 * `ttlMs` (changes of other processes that this one did not hear of).
 */
export class KamusStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly minRebuildMs = 60_000,
    private readonly ttlMs = 15 * 60_000,
    private readonly maxEntries = 200,
  ) {}

  /** The list of a site, built with `build` when there is none or when it is due again. */
  async get(tenantId: string, unitId: string | null, build: () => Promise<Kamus>, now = Date.now()): Promise<Kamus> {
    const key = `${tenantId}:${unitId ?? '*'}`;
    const entry = this.entries.get(key);
    if (!entry) return this.first(key, tenantId, unitId, build, now);
    const stale = entry.staleSince !== null && now - entry.builtAt >= this.minRebuildMs;
    if ((stale || now - entry.builtAt >= this.ttlMs) && !entry.rebuilding) return this.rebuild(entry, build, now);
    return entry.kamus;
  }

  /**
   * A committed change of `tenantId` (null: every tenant) in `unitId` (null: all its units): the
   * lists that show its words, the unit's own and the pemda's, are stale from now on.
   */
  markStale(change: { tenantId: string | null; unitId: string | null }, now = Date.now()): void {
    for (const entry of this.entries.values()) {
      if (change.tenantId !== null && entry.tenantId !== change.tenantId) continue;
      if (change.unitId !== null && entry.unitId !== null && entry.unitId !== change.unitId) continue;
      entry.staleSince ??= now;
    }
  }

  private first(key: string, tenantId: string, unitId: string | null, build: () => Promise<Kamus>, now: number): Promise<Kamus> {
    const kamus = build();
    const entry: Entry = { tenantId, unitId, kamus, builtAt: now, staleSince: null, rebuilding: null };
    this.entries.set(key, entry);
    // A failed build is not kept: the next search tries again.
    kamus.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    // A Map keeps insertion order: drop from the front beyond the cap.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return kamus;
  }

  private async rebuild(entry: Entry, build: () => Promise<Kamus>, now: number): Promise<Kamus> {
    entry.builtAt = now;
    // Current as of now; a change that comes in while the rows are read may be missing from them,
    // and marks the list stale again.
    entry.staleSince = null;
    const rebuilding = build();
    entry.rebuilding = rebuilding;
    try {
      const kamus = await rebuilding;
      entry.kamus = Promise.resolve(kamus);
      return kamus;
    } catch {
      // The list from before stays, marked stale so that a search tries again after the pause.
      entry.staleSince ??= now;
      return entry.kamus;
    } finally {
      entry.rebuilding = null;
    }
  }
}
