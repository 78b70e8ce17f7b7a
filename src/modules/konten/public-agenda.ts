import { and, asc, count, desc, eq, gte, isNotNull, lt, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { bulanOf, liveMonths, monthOf } from './live-index.ts';
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
 * each publication), and only the page's events are joined to their text. The past events are
 * counted, and a deep page of them started at its month, from the calendar's counts kept by the
 * month events start in (less the few not yet ended), as the other lists' pages are; a bounded
 * window (coming events, a month, the feed) is counted on the index.
 */
export async function listPublicAgenda(db: Queryable, f: AgendaFilter): Promise<{ items: PublicAgenda[]; total: number }> {
  // Latest first is the exact reverse of soonest first (ties by id too), so both read the same index.
  const order = f.order === 'asc' ? [asc(kontenDaftar.mulai), asc(kontenDaftar.kontenId)] : [desc(kontenDaftar.mulai), desc(kontenDaftar.kontenId)];
  const size = f.perHalaman;
  const offset = size ? ((f.halaman ?? 1) - 1) * size : 0;
  // Past events grow with the years: their count, and where a deep page starts, come from the kept monthly counts.
  const past = isPastOnly(f) ? await pastMonths(db, f.unitId, f.endedBefore!) : null;
  const start = past && offset > 0 ? monthOf(past, offset) : null;
  const slice = db
    .select({ kontenId: kontenDaftar.kontenId, mulai: kontenDaftar.mulai })
    .from(kontenDaftar)
    .where(and(...windowOf(f), ...(start ? [lt(kontenDaftar.mulai, start.before)] : [])))
    .orderBy(...order)
    .$dynamic();
  const page = (size ? slice.limit(size).offset(start ? start.skip : offset) : slice).as('agenda');
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
    past ? past.reduce((sum, m) => sum + m.n, 0) : countAgenda(db, f),
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

// Past events: everything that ended before an instant, with no other bound.
const isPastOnly = (f: AgendaFilter) => f.endedBefore !== undefined && !f.from && !f.before && f.order === 'desc';

/**
 * The past events month by month of their start, latest first: the calendar's kept counts less the
 * events not ended by `endedBefore` (the few going on or to come), each taken out of its own month.
 */
async function pastMonths(db: Queryable, unitId: string, endedBefore: Date): Promise<Array<{ bulan: string; n: number }>> {
  const [months, notEnded] = await Promise.all([
    liveMonths(db, { unitId, jenis: 'agenda', kalender: true }),
    db
      .select({ mulai: kontenDaftar.mulai })
      .from(kontenDaftar)
      .where(and(...windowOf({ unitId, from: endedBefore }))),
  ]);
  const left = new Map(months.map((m) => [m.bulan, m.n]));
  for (const e of notEnded) left.set(bulanOf(e.mulai), (left.get(bulanOf(e.mulai)) ?? 0) - 1);
  return months.map((m) => ({ bulan: m.bulan, n: left.get(m.bulan) ?? 0 })).filter((m) => m.n > 0);
}

// How many events a bounded window holds (coming events, a month, the feed), counted on the index.
async function countAgenda(db: Queryable, f: AgendaFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(kontenDaftar)
    .where(and(...windowOf(f)));
  return Number(row?.n ?? 0);
}
