import { and, asc, count, eq, sql } from 'drizzle-orm';
import { preparedOnce } from '../../db/prepared.ts';
import type { Queryable } from '../../db/types.ts';
import { keberatan } from '../keberatan/schema.ts';
import { permohonan } from '../permohonan/schema.ts';
import type { Channel, RequesterType, Status } from '../permohonan/terms.ts';

/**
 * One line of the public register: case facts only. The query selects no name, address, contact,
 * request text, purpose or decision note, so none of it can reach the public page by mistake.
 */
export type PublicRegisterRow = {
  id: string;
  number: string;
  receivedAt: Date;
  channel: Channel;
  requesterType: RequesterType;
  status: Status;
  decidedAt: Date | null;
  objections: number;
};

/** Rows per page of the public register: a table a phone on a slow link can load. */
export const REGISTER_PAGE_SIZE = 25;

// The portal reads the request and objection registers directly, read-only and column by column:
// it is a public view over those modules' rows, and neither offers an anonymised listing.

/** How many requests a unit registered in each year (registration year, the tenant's zone), newest first. */
export async function registerYearCounts(db: Queryable, unitId: string): Promise<Array<{ year: number; total: number }>> {
  const statement = preparedOnce(db, 'register_public_years', (name) =>
    db
      .select({ year: permohonan.year, total: count() })
      .from(permohonan)
      .where(eq(permohonan.unitId, sql.placeholder('unitId')))
      .groupBy(permohonan.year)
      .prepare(name),
  );
  const rows = await statement.execute({ unitId });
  return rows.map((r) => ({ year: r.year, total: Number(r.total) })).sort((a, b) => b.year - a.year);
}

/** How many requests a unit registered in a year. */
export async function countRegister(db: Queryable, unitId: string, year: number): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(permohonan)
    .where(and(eq(permohonan.unitId, unitId), eq(permohonan.year, year)));
  return Number(row?.total ?? 0);
}

/**
 * One page (from 1) of a unit's register for a year, in number order, each row with its number
 * of objections counted in the same query.
 */
export async function loadPublicRegister(db: Queryable, unitId: string, year: number, page: number): Promise<PublicRegisterRow[]> {
  // Built once and prepared (preparedOnce): every register page runs it with other values.
  const statement = preparedOnce(db, 'register_public_page', (name) =>
    db
      .select({
        id: permohonan.id,
        number: permohonan.number,
        receivedAt: permohonan.receivedAt,
        channel: permohonan.channel,
        requesterType: permohonan.requesterType,
        status: permohonan.status,
        decidedAt: permohonan.decidedAt,
        // Qualified by hand: inside a subquery drizzle writes bare column names, and `id` would be the objection's.
        objections: sql<number>`(select count(*) from ${keberatan} where ${keberatan}.permohonan_id = ${permohonan}.id)`.mapWith(Number),
      })
      .from(permohonan)
      .where(and(eq(permohonan.unitId, sql.placeholder('unitId')), eq(permohonan.year, sql.placeholder('year'))))
      .orderBy(asc(permohonan.sequence))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(name),
  );
  const rows = await statement.execute({ unitId, year, limit: REGISTER_PAGE_SIZE, offset: (page - 1) * REGISTER_PAGE_SIZE });
  return rows.map((r) => ({
    ...r,
    channel: r.channel as Channel,
    requesterType: r.requesterType as RequesterType,
    status: r.status as Status,
    objections: Number(r.objections),
  }));
}
