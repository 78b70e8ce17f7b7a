import { sql } from 'drizzle-orm';
import { distance } from 'fastest-levenshtein';
import type { Queryable } from '../../db/types.ts';
import { onSiteChanged } from '../site/site-changed.ts';
import { type Kamus, KamusStore } from './kamus-store.ts';

// One store of word lists per database handle, so test databases (and a restored one) never share
// lists. Only live text goes in: a suggestion must never reveal a word of a draft. A committed
// change marks the lists it touches stale; they are rebuilt by the next search needing them, at
// most once a minute (see KamusStore).
const stores = new WeakMap<object, KamusStore>();
/** The stores a change must reach (a WeakMap cannot be walked); the collected ones drop out. */
const live = new Set<WeakRef<KamusStore>>();
const storeOf = (db: object) => {
  let store = stores.get(db);
  if (!store) {
    store = new KamusStore();
    stores.set(db, store);
    live.add(new WeakRef(store));
  }
  return store;
};
onSiteChanged((change) => {
  for (const ref of live) {
    const store = ref.deref();
    if (store) store.markStale(change);
    else live.delete(ref);
  }
});

const uuid = /^[0-9a-f-]{36}$/i;

async function buildKamus(db: Queryable, tenantId: string, unitId: string | null): Promise<Kamus> {
  if (!uuid.test(tenantId) || (unitId !== null && !uuid.test(unitId))) return new Map();
  const scope = unitId ? `k.unit_id = '${unitId}'` : `k.tenant_id = '${tenantId}'`;
  const dipScope = unitId ? `i.unit_id = '${unitId}'` : `i.tenant_id = '${tenantId}'`;
  // ts_stat takes its source as query text; the ids in it were checked to be uuids just above.
  const source =
    `select to_tsvector('simple', r.judul || ' ' || r.ringkasan || ' ' || warta_teks_tag(r.tags)) from konten_revisi r join konten k on k.live_revision_id = r.id where ${scope} ` +
    `union all select to_tsvector('simple', i.judul) from informasi i where ${dipScope} and i.diarsipkan_at is null and i.klasifikasi <> 'dikecualikan'`;
  const result = await db.execute(
    sql`select word, ndoc from ts_stat(${source}) where length(word) between 3 and 30 and word ~ '^[[:alpha:]]+$' order by ndoc desc limit 50000`,
  );
  const rows = (result as unknown as { rows: Array<{ word: string; ndoc: number }> }).rows;
  return new Map(rows.map((r) => [r.word, Number(r.ndoc)]));
}

// Short words have many neighbours at distance 1 ("dana" → "data"): they are left alone; one
// edit is allowed from 4 letters, two from 8.
const allowedEdits = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/** The closest known word (fewest edits, then most used), or null when the word is known or nothing is close. */
export function closestWord(kamus: Kamus, word: string): string | null {
  if (kamus.has(word)) return null;
  const limit = allowedEdits(word);
  if (limit === 0 || !/^\p{L}+$/u.test(word)) return null;
  let best: { word: string; edits: number; uses: number } | null = null;
  for (const [candidate, uses] of kamus) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const edits = distance(word, candidate);
    if (edits > limit) continue;
    if (!best || edits < best.edits || (edits === best.edits && uses > best.uses)) best = { word: candidate, edits, uses };
  }
  return best?.word ?? null;
}

/**
 * "Did you mean": the words with each unknown one replaced by the closest word the site uses, or
 * null when no word changed. Called only when a search found nothing.
 */
export async function suggestWords(db: Queryable, tenantId: string, unitId: string | null, words: string[]): Promise<string[] | null> {
  const kamus = await storeOf(db).get(tenantId, unitId, () => buildKamus(db, tenantId, unitId));
  let changed = false;
  const corrected = words.map((w) => {
    const c = closestWord(kamus, w);
    if (c) changed = true;
    return c ?? w;
  });
  return changed ? corrected : null;
}
