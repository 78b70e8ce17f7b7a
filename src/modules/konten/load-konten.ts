import { and, count, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import type { KontenCtx } from './alur.ts';
import { konten, kontenFbs, kontenPengaturan, kontenRevisi } from './schema.ts';
import type { StatusKonten } from './terms.ts';
import { currentApprovalHash } from './varian-port.ts';

export type KontenRow = typeof konten.$inferSelect;
export type RevisiRow = typeof kontenRevisi.$inferSelect;

/** An item of the tenant, or 404; `lock` holds the row for the caller's transaction. */
export async function kontenInTenant(db: Queryable, tenantId: string, id: string, opts: { lock?: boolean } = {}): Promise<KontenRow> {
  const query = db
    .select()
    .from(konten)
    .where(and(eq(konten.id, id), eq(konten.tenantId, tenantId)));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', 'konten.not_found');
  return row;
}

/** One revision of an item, or 404. */
export async function revisiOf(db: Queryable, kontenId: string, revisiId: string): Promise<RevisiRow> {
  const [row] = await db
    .select()
    .from(kontenRevisi)
    .where(and(eq(kontenRevisi.id, revisiId), eq(kontenRevisi.kontenId, kontenId)));
  if (!row) throw new AppError('not_found', 'konten.revision_not_found');
  return row;
}

/** Whether the unit requires the redaktur step; it does until its head says otherwise. */
export async function wajibRedakturOf(db: Queryable, unitId: string): Promise<boolean> {
  const [row] = await db.select({ wajib: kontenPengaturan.wajibRedaktur }).from(kontenPengaturan).where(eq(kontenPengaturan.unitId, unitId));
  return row?.wajib ?? true;
}

/** Everyone whose work the item is: its creator and every revision's author. */
export async function authorsOf(db: Queryable, row: KontenRow): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: kontenRevisi.authorUserId })
    .from(kontenRevisi)
    .where(and(eq(kontenRevisi.kontenId, row.id), sql`${kontenRevisi.authorUserId} is not null`));
  return [...new Set([row.createdBy, ...rows.map((r) => r.id as string)])];
}

/** The guards' view of an item: its unit's setting, FBS progress, authors and whether its approval still holds. */
export async function contextOf(db: Queryable, row: KontenRow, actorId: string | null, input: KontenCtx['input'], viaEdit = false): Promise<KontenCtx> {
  // One after another: inside a move this runs on the transaction's single connection, where
  // queries sent together only queue (and pg deprecates sending them so).
  const wajibRedaktur = await wajibRedakturOf(db, row.unitId);
  const authorIds = await authorsOf(db, row);
  const [fbs] = await db
    .select({ n: count() })
    .from(kontenFbs)
    .where(and(eq(kontenFbs.kontenId, row.id), eq(kontenFbs.round, row.reviewRound)));
  const approved = row.approvedRevisionId ? await revisiOf(db, row.id, row.approvedRevisionId) : null;
  // Publication needs the approved revision to be the one being worked on, unchanged since approval.
  // The hash binds the revision and the active social variants: a variant edited since breaks it too.
  const approvalValid = !!approved && approved.id === row.currentRevisionId && (await currentApprovalHash(db, row.id, approved.hash)) === row.approvedHash;
  return {
    wajibRedaktur,
    viaEdit,
    fbsConfirmed: fbs?.n ?? 0,
    actorId,
    authorIds,
    approvalValid,
    isLive: row.liveRevisionId !== null,
    input,
  };
}

export const statusOf = (row: KontenRow) => row.status as StatusKonten;
