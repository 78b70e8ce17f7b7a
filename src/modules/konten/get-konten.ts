import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { OrgActor } from '../org/actor.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg, canOrg } from '../org/policy.ts';
import { bidang } from '../org/schema.ts';
import { kontenAlur } from './alur.ts';
import { contextOf, type KontenRow, kontenInTenant, type RevisiRow, revisiOf, statusOf } from './load-konten.ts';
import { kontenFbs, kontenMediaCenter } from './schema.ts';
import { fbsItems } from './terms.ts';

/** A revision as the admin reads it. */
export function revisiView(r: RevisiRow) {
  return {
    id: r.id,
    nomor: r.nomor,
    judul: r.judul,
    ringkasan: r.ringkasan,
    isi: r.isi,
    atribut: r.atribut,
    coverMediaId: r.coverMediaId,
    bidangId: r.bidangId,
    penulisPersonId: r.penulisPersonId,
    tags: r.tags,
    mediaIds: r.mediaIds,
    hash: r.hash,
    authorLabel: r.authorLabel,
    createdAt: r.createdAt,
  };
}
export type Revisi = ReturnType<typeof revisiView>;

/** Statuses an item can be edited in: everything but the archive. */
export const canEditIn = (status: string) => status !== 'diarsipkan';

/**
 * One item for the editor: the row, the current revision, what this person may do with it now
 * (the alur's own answer), the FBS checklist of the current round and the Media Center proposal.
 */
export async function kontenDetail(db: Queryable, actor: OrgActor, row: KontenRow) {
  const [unit, ctx, current, [bidangRow], confirmations, [mc]] = await Promise.all([
    unitInTenant(db, row.tenantId, row.unitId),
    contextOf(db, row, actor.userId, null),
    revisiOf(db, row.id, row.currentRevisionId as string),
    row.bidangId ? db.select({ name: bidang.name }).from(bidang).where(eq(bidang.id, row.bidangId)) : Promise.resolve([]),
    db
      .select()
      .from(kontenFbs)
      .where(and(eq(kontenFbs.kontenId, row.id), eq(kontenFbs.round, row.reviewRound)))
      .orderBy(asc(kontenFbs.item)),
    db.select().from(kontenMediaCenter).where(eq(kontenMediaCenter.kontenId, row.id)),
  ]);
  const byItem = new Map(confirmations.map((c) => [c.item, c]));
  return {
    item: { ...row, unitName: unit.name, bidangName: bidangRow?.name ?? null },
    revisi: revisiView(current),
    liveRevisionId: row.liveRevisionId,
    approvedRevisionId: row.approvedRevisionId,
    moves: kontenAlur.movesFor(actor, row.unitId, statusOf(row), ctx),
    fbs: {
      round: row.reviewRound,
      items: fbsItems.map((item) => {
        const c = byItem.get(item);
        return {
          item,
          confirmedBy: c?.confirmedBy ?? null,
          confirmedLabel: c?.confirmedLabel ?? null,
          confirmedAt: c?.confirmedAt ?? null,
          note: c?.note ?? null,
        };
      }),
    },
    mediaCenter: mc
      ? { status: mc.status, revisionId: mc.revisionId, proposedAt: mc.proposedAt, note: mc.note, decidedAt: mc.decidedAt, publishedAt: mc.publishedAt }
      : null,
    wajibRedaktur: ctx.wajibRedaktur,
    canEdit: canEditIn(row.status) && canOrg(actor, 'konten.write', row.unitId),
  };
}
export type KontenDetail = Awaited<ReturnType<typeof kontenDetail>>;

/** One item of the tenant for someone who may read its unit's content (404 outside the tenant, 403 outside their units). */
export async function getKonten(db: Queryable, actor: OrgActor, id: string): Promise<KontenDetail> {
  const row = await kontenInTenant(db, actor.tenantId, id);
  assertOrg(actor, 'konten.view', row.unitId);
  return kontenDetail(db, actor, row);
}
