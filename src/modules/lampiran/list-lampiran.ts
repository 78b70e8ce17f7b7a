import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { type LampiranView, lampiranView } from './lampiran-view.ts';
import type { OwnerKind } from './owner.ts';
import { type LampiranRow, lampiran } from './schema.ts';

/** The attachments of one record, oldest first; the caller has checked who may see them. */
export async function listLampiran(db: Queryable, owner: { kind: OwnerKind; id: string; tenantId: string }): Promise<LampiranView[]> {
  return (await lampiranRows(db, owner)).map(lampiranView);
}

export async function lampiranRows(db: Queryable, owner: { kind: OwnerKind; id: string; tenantId: string }): Promise<LampiranRow[]> {
  return db
    .select()
    .from(lampiran)
    .where(and(eq(lampiran.ownerKind, owner.kind), eq(lampiran.ownerId, owner.id), eq(lampiran.tenantId, owner.tenantId)))
    .orderBy(asc(lampiran.createdAt), asc(lampiran.id));
}

/** One attachment of a record, or null (also for an id of another record or tenant). */
export async function findLampiran(db: Queryable, owner: { kind: OwnerKind; id: string; tenantId: string }, lampiranId: string): Promise<LampiranRow | null> {
  const [row] = await db
    .select()
    .from(lampiran)
    .where(and(eq(lampiran.id, lampiranId), eq(lampiran.ownerKind, owner.kind), eq(lampiran.ownerId, owner.id), eq(lampiran.tenantId, owner.tenantId)));
  return row ?? null;
}
