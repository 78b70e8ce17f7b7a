import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
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

export type PublicRegisterPage = { rows: PublicRegisterRow[]; total: number; page: number; pages: number };

/** Rows per page of the public register: a table a phone on a slow link can load. */
export const REGISTER_PAGE_SIZE = 25;

// The portal reads the request and objection registers directly, read-only and column by column:
// it is a public view over those modules' rows, and neither offers an anonymised listing.

/** The years a unit has requests in (registration year, the tenant's zone), newest first. */
export async function registerYears(db: Queryable, unitId: string): Promise<number[]> {
  const rows = await db.selectDistinct({ year: permohonan.year }).from(permohonan).where(eq(permohonan.unitId, unitId));
  return rows.map((r) => r.year).sort((a, b) => b - a);
}

/** How many requests a unit registered in a year. */
export async function countRegister(db: Queryable, unitId: string, year: number): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(permohonan)
    .where(and(eq(permohonan.unitId, unitId), eq(permohonan.year, year)));
  return Number(row?.total ?? 0);
}

/** One page of a unit's register for a year, in number order; a page past the end gives the last one. */
export async function loadPublicRegister(db: Queryable, unitId: string, year: number, page: number): Promise<PublicRegisterPage> {
  const where = and(eq(permohonan.unitId, unitId), eq(permohonan.year, year));
  const total = await countRegister(db, unitId, year);
  const pages = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db
    .select({
      id: permohonan.id,
      number: permohonan.number,
      receivedAt: permohonan.receivedAt,
      channel: permohonan.channel,
      requesterType: permohonan.requesterType,
      status: permohonan.status,
      decidedAt: permohonan.decidedAt,
    })
    .from(permohonan)
    .where(where)
    .orderBy(asc(permohonan.sequence))
    .limit(REGISTER_PAGE_SIZE)
    .offset((current - 1) * REGISTER_PAGE_SIZE);
  const objections = await objectionCounts(
    db,
    rows.map((r) => r.id),
  );
  return {
    rows: rows.map((r) => ({
      ...r,
      channel: r.channel as Channel,
      requesterType: r.requesterType as RequesterType,
      status: r.status as Status,
      objections: objections.get(r.id) ?? 0,
    })),
    total,
    page: current,
    pages,
  };
}

async function objectionCounts(db: Queryable, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: keberatan.permohonanId, n: sql<number>`count(*)::int` })
    .from(keberatan)
    .where(inArray(keberatan.permohonanId, ids))
    .groupBy(keberatan.permohonanId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}
