import { and, asc, count, desc, eq, gte, isNotNull, lt, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { countLive } from './live-index.ts';
import type { PublicKontenRingkas } from './public-list.ts';
import { konten, kontenDaftar, kontenRevisi } from './schema.ts';
import type { Atribut } from './terms.ts';

/** One live event with its start: the calendar orders and places events by when they happen, not when they were published. */
export type PublicAgenda = PublicKontenRingkas & { mulai: Date; selesai: Date | null; tempat: string | null };

export type AgendaFilter = {
  tenantId: string;
  unitId: string;
  /** Events that have not ended by this instant (start or end at or after it). */
  from?: Date;
  /** Events that start before this instant. */
  before?: Date;
  /** Events that ended before this instant (past events). */
  endedBefore?: Date;
  /** Soonest first (upcoming, a month) or latest first (past events). */
  order: 'asc' | 'desc';
  /** 1-based page; with no page size, every matching event (a month, the feed). */
  halaman?: number;
  perHalaman?: number;
};

/**
 * A unit's live events (agenda) in a time window, by their start, with how many there are in all.
 * Always the live revision's date and place: a rescheduling still in review does not move the event.
 * The window and the order are read from the lists' index (`konten_daftar.mulai`/`akhir`, kept at
 * each publication), and only the page's events are joined to their text. The count of past events
 * is the calendar's kept count less the events not yet ended (the few upcoming ones), not a count of
 * every event; a bounded window (upcoming, a month, the feed) is counted on the index.
 */
export async function listPublicAgenda(db: Queryable, f: AgendaFilter): Promise<{ items: PublicAgenda[]; total: number }> {
  // Latest first is the exact reverse of soonest first (ties by id too), so both read the same index.
  const order = f.order === 'asc' ? [asc(kontenDaftar.mulai), asc(kontenDaftar.kontenId)] : [desc(kontenDaftar.mulai), desc(kontenDaftar.kontenId)];
  const size = f.perHalaman;
  const slice = db
    .select({ kontenId: kontenDaftar.kontenId, mulai: kontenDaftar.mulai })
    .from(kontenDaftar)
    .where(and(...windowOf(f)))
    .orderBy(...order)
    .$dynamic();
  const page = (size ? slice.limit(size).offset(((f.halaman ?? 1) - 1) * size) : slice).as('agenda');
  const [rows, total] = await Promise.all([
    db
      .select({
        id: konten.id,
        slug: konten.slug,
        publishedAt: konten.publishedAt,
        bidangId: kontenRevisi.bidangId,
        judul: kontenRevisi.judul,
        ringkasan: kontenRevisi.ringkasan,
        coverMediaId: kontenRevisi.coverMediaId,
        atribut: kontenRevisi.atribut,
      })
      .from(page)
      .innerJoin(konten, eq(konten.id, page.kontenId))
      .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
      .where(eq(konten.tenantId, f.tenantId))
      .orderBy(...(f.order === 'asc' ? [asc(page.mulai), asc(page.kontenId)] : [desc(page.mulai), desc(page.kontenId)])),
    countAgenda(db, f),
  ]);
  return {
    total,
    items: rows.map((r) => {
      const atribut = r.atribut as Atribut;
      return {
        id: r.id,
        jenis: 'agenda' as const,
        slug: r.slug,
        bidangId: r.bidangId,
        publishedAt: r.publishedAt ?? new Date(0),
        judul: r.judul,
        ringkasan: r.ringkasan,
        coverMediaId: r.coverMediaId,
        atribut,
        penulis: null,
        mulai: new Date(atribut.mulai!),
        selesai: atribut.selesai ? new Date(atribut.selesai) : null,
        tempat: atribut.tempat || null,
      };
    }),
  };
}

// The unit's calendar events in the filter's window, on the lists' index.
function windowOf(f: Pick<AgendaFilter, 'unitId' | 'from' | 'endedBefore' | 'before'>): SQL[] {
  const where: SQL[] = [eq(kontenDaftar.unitId, f.unitId), eq(kontenDaftar.jenis, 'agenda'), isNotNull(kontenDaftar.mulai)];
  if (f.from) where.push(gte(kontenDaftar.akhir, f.from));
  if (f.endedBefore) where.push(lt(kontenDaftar.akhir, f.endedBefore));
  if (f.before) where.push(lt(kontenDaftar.mulai, f.before));
  return where;
}

// How many events a window holds. Past events (ended before an instant, no other bound) grow with
// the years: the calendar's kept count less those not ended by then. Any other window is bounded by
// time and counted on the index.
async function countAgenda(db: Queryable, f: AgendaFilter): Promise<number> {
  const counted = async (where: SQL[]) => {
    const [row] = await db
      .select({ n: count() })
      .from(kontenDaftar)
      .where(and(...where));
    return Number(row?.n ?? 0);
  };
  if (f.endedBefore && !f.from && !f.before) {
    const [all, notEnded] = await Promise.all([
      countLive(db, { unitId: f.unitId, jenis: 'agenda', kalender: true }),
      counted(windowOf({ unitId: f.unitId, from: f.endedBefore })),
    ]);
    return Math.max(0, all - notEnded);
  }
  return counted(windowOf(f));
}
