import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { users } from '../auth/schema.ts';
import { prefixQuery } from '../informasi/list-informasi.ts';
import type { OrgActor } from '../org/actor.ts';
import { orgScope } from '../org/policy.ts';
import { bidang, people, units } from '../org/schema.ts';
import { konten, kontenRevisi } from './schema.ts';
import type { JenisKonten, StatusKonten } from './terms.ts';

export const PER_HALAMAN = 25;

export type KontenFilter = { unitId?: string; status?: StatusKonten; jenis?: JenisKonten; bidangId?: string; q?: string };

const penulisPerson = alias(people, 'penulis_person');

/** The columns of a list row; bidang, byline, unit and creator are joined by key (one row each). */
const ringkasColumns = {
  id: konten.id,
  unitId: konten.unitId,
  unitName: units.name,
  jenis: konten.jenis,
  judul: konten.judul,
  status: konten.status,
  bidangName: bidang.name,
  penulisName: penulisPerson.name,
  creatorName: users.displayName,
  updatedAt: konten.updatedAt,
  scheduledAt: konten.scheduledAt,
  publishedAt: konten.publishedAt,
  liveRevisionId: konten.liveRevisionId,
  coverMediaId: kontenRevisi.coverMediaId,
};

/**
 * Reads list rows: the query `where` (on the item's own columns), newest change first. The page's
 * ids come first from the item table alone (along its unit index), then only those rows are
 * joined, so a deep page does not join every row it skips.
 */
export async function selectRingkas(db: Queryable, where: SQL | undefined, limit: number, offset = 0) {
  const page = await db.select({ id: konten.id }).from(konten).where(where).orderBy(desc(konten.updatedAt), desc(konten.id)).limit(limit).offset(offset);
  if (page.length === 0) return [];
  const rows = await db
    .select(ringkasColumns)
    .from(konten)
    .innerJoin(units, eq(units.id, konten.unitId))
    .leftJoin(bidang, eq(bidang.id, konten.bidangId))
    .leftJoin(penulisPerson, eq(penulisPerson.id, konten.penulisPersonId))
    .leftJoin(users, eq(users.id, konten.createdBy))
    .leftJoin(kontenRevisi, eq(kontenRevisi.id, konten.currentRevisionId))
    .where(
      inArray(
        konten.id,
        page.map((p) => p.id),
      ),
    );
  const position = new Map(page.map((p, i) => [p.id, i]));
  rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  return rows.map(({ penulisName, creatorName, liveRevisionId, ...r }) => ({
    ...r,
    // An article's byline; otherwise the person who started the item.
    penulis: penulisName ?? creatorName ?? '',
    isLive: liveRevisionId !== null,
  }));
}
export type KontenRingkas = Awaited<ReturnType<typeof selectRingkas>>[number];

/** The conditions of the units this person may read (403 for a unit outside them) and the filters. */
export function scopeWhere(actor: OrgActor, f: KontenFilter): SQL[] {
  const scope = orgScope(actor, 'konten.view');
  const where: SQL[] = [eq(konten.tenantId, actor.tenantId)];
  if (f.unitId) {
    if (scope !== 'all' && !scope.includes(f.unitId)) throw new AppError('forbidden', 'error.forbidden', 'unitId');
    where.push(eq(konten.unitId, f.unitId));
  } else if (scope !== 'all') where.push(scope.length ? inArray(konten.unitId, scope) : sql`false`);
  if (f.status) where.push(eq(konten.status, f.status));
  if (f.jenis) where.push(eq(konten.jenis, f.jenis));
  if (f.bidangId) where.push(eq(konten.bidangId, f.bidangId));
  const words = f.q === undefined ? null : prefixQuery(f.q);
  // Prefix words in the title (the `simple` configuration: no stemming, any language).
  if (words) where.push(sql`to_tsvector('simple', ${konten.judul}) @@ to_tsquery('simple', ${words})`);
  return where;
}

/** The items of the units this person may read, filtered and searched, a page at a time. */
export async function listKonten(db: Queryable, actor: OrgActor, f: KontenFilter & { halaman: number }) {
  const where = and(...scopeWhere(actor, f));
  const [items, [total]] = await Promise.all([
    selectRingkas(db, where, PER_HALAMAN, (f.halaman - 1) * PER_HALAMAN),
    db.select({ n: count() }).from(konten).where(where),
  ]);
  return { items, total: total?.n ?? 0, halaman: f.halaman, perHalaman: PER_HALAMAN };
}
