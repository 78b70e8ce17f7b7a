import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { instantAt } from '../../lib/zoned-time.ts';
import { type PublishedItem, publishedInPeriod } from '../konten/published-in-period.ts';
import { listRencana, type RencanaListed } from './list-rencana.ts';
import { rencanaItem } from './schema.ts';

export type PlanAgainstPublished = {
  /** Plan items carried out: linked to an item published in the period, or planned in it and published earlier. */
  terencanaTerbit: Array<{ rencana: Pick<RencanaListed, 'id' | 'judul' | 'tanggal'>; konten: PublishedItem }>;
  /** Plan items of the period (not called off) whose linked item is not out (or that have none). */
  terencanaBelumTerbit: RencanaListed[];
  /** Items published in the period that no plan item (not called off) is linked to. */
  terbitTanpaRencana: PublishedItem[];
  /** Plan items of the period that were called off. */
  dibatalkan: number;
};

/**
 * What a unit planned against what it published over the dates [from, to) of the tenant's zone.
 * An item is "published in the period" when its first publication falls in it, so a plan item of
 * the 31st published on the 1st counts as not yet published in its own month and as carried out
 * in the next.
 */
export async function planAgainstPublished(db: Queryable, unitId: string, timeZone: string, from: string, to: string): Promise<PlanAgainstPublished> {
  const period = { from: instantAt(from, '00:00', timeZone), to: instantAt(to, '00:00', timeZone) };
  const ofPeriod = await listRencana(db, unitId, from, to);
  const planned = ofPeriod.filter((r) => r.status !== 'dibatalkan');
  const published = await publishedInPeriod(db, unitId, period);
  const byId = new Map(published.map((p) => [p.id, p]));
  // Plan items of any date linked to what came out in the period (planned early, published late, or the reverse).
  const linked = byId.size
    ? await db
        .select({ id: rencanaItem.id, judul: rencanaItem.judul, tanggal: rencanaItem.tanggal, kontenId: rencanaItem.kontenId })
        .from(rencanaItem)
        .where(and(eq(rencanaItem.unitId, unitId), ne(rencanaItem.status, 'dibatalkan'), inArray(rencanaItem.kontenId, [...byId.keys()])))
    : [];
  const earlierIds = planned.filter((r) => r.kontenId && !byId.has(r.kontenId)).map((r) => r.kontenId as string);
  const earlier = new Map((await publishedInPeriod(db, unitId, { from: new Date(0), to: period.from, ids: earlierIds })).map((p) => [p.id, p]));

  const done: PlanAgainstPublished['terencanaTerbit'] = linked.map((r) => ({
    rencana: { id: r.id, judul: r.judul, tanggal: r.tanggal },
    konten: byId.get(r.kontenId as string)!,
  }));
  for (const r of planned) {
    const konten = r.kontenId ? earlier.get(r.kontenId) : undefined;
    if (konten) done.push({ rencana: { id: r.id, judul: r.judul, tanggal: r.tanggal }, konten });
  }
  const doneIds = new Set(done.map((d) => d.rencana.id));
  const linkedKonten = new Set(linked.map((r) => r.kontenId));
  done.sort((a, b) => (a.rencana.tanggal < b.rencana.tanggal ? -1 : a.rencana.tanggal > b.rencana.tanggal ? 1 : 0));
  return {
    terencanaTerbit: done,
    terencanaBelumTerbit: planned.filter((r) => !doneIds.has(r.id)),
    terbitTanpaRencana: published.filter((p) => !linkedKonten.has(p.id)),
    dibatalkan: ofPeriod.length - planned.length,
  };
}
