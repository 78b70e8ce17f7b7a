import { and, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { PublicKontenRingkas } from './public-list.ts';
import { konten, kontenRevisi } from './schema.ts';
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

// The live revision's start and end as instants; an event without a start has no place in a calendar.
const mulaiSql = sql`(${kontenRevisi.atribut}->>'mulai')::timestamptz`;
const akhirSql = sql`coalesce((${kontenRevisi.atribut}->>'selesai')::timestamptz, (${kontenRevisi.atribut}->>'mulai')::timestamptz)`;

/**
 * A unit's live events (agenda) in a time window, by their start, with how many there are in all.
 * Always the live revision's date and place: a rescheduling still in review does not move the event.
 */
export async function listPublicAgenda(db: Queryable, f: AgendaFilter): Promise<{ items: PublicAgenda[]; total: number }> {
  const where: SQL[] = [
    eq(konten.unitId, f.unitId),
    eq(konten.tenantId, f.tenantId),
    eq(konten.jenis, 'agenda'),
    isNotNull(konten.liveRevisionId),
    sql`${kontenRevisi.atribut}->>'mulai' is not null`,
  ];
  if (f.from) where.push(sql`${akhirSql} >= ${f.from.toISOString()}::timestamptz`);
  if (f.endedBefore) where.push(sql`${akhirSql} < ${f.endedBefore.toISOString()}::timestamptz`);
  if (f.before) where.push(sql`${mulaiSql} < ${f.before.toISOString()}::timestamptz`);
  const query = db
    .select({
      id: konten.id,
      slug: konten.slug,
      publishedAt: konten.publishedAt,
      bidangId: kontenRevisi.bidangId,
      judul: kontenRevisi.judul,
      ringkasan: kontenRevisi.ringkasan,
      coverMediaId: kontenRevisi.coverMediaId,
      atribut: kontenRevisi.atribut,
      total: sql<number>`count(*) over ()`,
    })
    .from(konten)
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
    .where(and(...where))
    .orderBy(f.order === 'asc' ? sql`${mulaiSql} asc, ${konten.id} asc` : sql`${mulaiSql} desc, ${konten.id} asc`);
  const size = f.perHalaman;
  const rows = size ? await query.limit(size).offset(((f.halaman ?? 1) - 1) * size) : await query;
  return {
    total: rows.length > 0 ? Number(rows[0]!.total) : 0,
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
