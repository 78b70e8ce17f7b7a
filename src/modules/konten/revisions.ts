import { desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { type KontenDetail, kontenDetail, type Revisi, revisiView } from './get-konten.ts';
import { kontenInTenant, revisiOf } from './load-konten.ts';
import { saveRevision } from './save-konten.ts';
import { kontenRevisi } from './schema.ts';

/** An item's revisions, newest first, marking the live and the approved one (the admin compares two by fetching them). */
export async function listRevisi(db: Queryable, actor: OrgActor, id: string) {
  const row = await kontenInTenant(db, actor.tenantId, id);
  assertOrg(actor, 'konten.view', row.unitId);
  const rows = await db
    .select({
      id: kontenRevisi.id,
      nomor: kontenRevisi.nomor,
      judul: kontenRevisi.judul,
      authorLabel: kontenRevisi.authorLabel,
      createdAt: kontenRevisi.createdAt,
    })
    .from(kontenRevisi)
    .where(eq(kontenRevisi.kontenId, row.id))
    .orderBy(desc(kontenRevisi.nomor));
  return { items: rows.map((r) => ({ ...r, isLive: r.id === row.liveRevisionId, isApproved: r.id === row.approvedRevisionId })) };
}

/** One revision of an item. */
export async function getRevisi(db: Queryable, actor: OrgActor, id: string, revisiId: string): Promise<Revisi> {
  const row = await kontenInTenant(db, actor.tenantId, id);
  assertOrg(actor, 'konten.view', row.unitId);
  return revisiView(await revisiOf(db, row.id, revisiId));
}

/**
 * Restores an old revision: a new revision copying it, saved like any edit (so after approval it
 * goes back to review). Nothing is written when it equals the current one.
 */
export async function restoreRevisi(services: Services, user: SessionUser, actor: OrgActor, id: string, revisiId: string): Promise<KontenDetail> {
  const current = await kontenInTenant(services.db, user.tenantId, id);
  const row = await saveRevision(
    services,
    user,
    actor,
    id,
    current.currentRevisionId as string,
    async (tx) => {
      const old = await revisiOf(tx, id, revisiId);
      const { judul, ringkasan, isi, atribut, coverMediaId, tags, mediaIds, bidangId, penulisPersonId } = old;
      return { judul, ringkasan, isi, atribut, coverMediaId, tags, mediaIds, bidangId, penulisPersonId };
    },
    { action: 'konten.restored', restoredFrom: revisiId },
  );
  return kontenDetail(services.db, actor, row);
}
