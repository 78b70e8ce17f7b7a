import { and, desc, eq, type SQL } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Queryable } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { recordStep } from '../alur/record-step.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg, canOrg } from '../org/policy.ts';
import { units } from '../org/schema.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { mediaCenterAlur } from './alur.ts';
import { type KontenDetail, kontenDetail } from './get-konten.ts';
import { kontenInTenant } from './load-konten.ts';
import { konten, kontenMediaCenter } from './schema.ts';
import type { StatusKonten, StatusMediaCenter } from './terms.ts';

const ENTITY = 'konten_media_center';

/**
 * Proposes an approved item to the pemda's Media Center (the unit's publisher or head). A first
 * proposal creates it (its first history step); a declined one may be proposed again through the alur.
 */
export async function proposeMediaCenter(services: Services, user: SessionUser, actor: OrgActor, id: string, catatan: string | null): Promise<KontenDetail> {
  const row = await inTransaction(services.db, async (tx) => {
    const item = await kontenInTenant(tx, user.tenantId, id, { lock: true });
    const revisionId = item.liveRevisionId ?? item.approvedRevisionId;
    const ctx = { kontenStatus: item.status as StatusKonten, input: { catatan } };
    const [existing] = await tx.select().from(kontenMediaCenter).where(eq(kontenMediaCenter.kontenId, item.id)).for('update');
    const now = new Date();
    const proposal = {
      status: 'diusulkan',
      revisionId: revisionId as string,
      proposedBy: user.id,
      proposedAt: now,
      note: catatan,
      decidedBy: null,
      decidedAt: null,
    };
    if (existing) {
      await mediaCenterAlur.move(
        tx,
        { by: { user, actor }, unitId: item.unitId, entityId: item.id, from: existing.status as StatusMediaCenter, to: 'diusulkan', ctx, at: now },
        async () => {
          await tx.update(kontenMediaCenter).set(proposal).where(eq(kontenMediaCenter.kontenId, item.id));
          return { result: null, note: catatan };
        },
      );
      return item;
    }
    assertOrg(actor, 'konten.propose', item.unitId);
    const refused = mediaCenterAlur.guards?.diusulkan?.(ctx, 'ditolak');
    if (refused) throw refused;
    await tx.insert(kontenMediaCenter).values({ kontenId: item.id, tenantId: item.tenantId, ...proposal });
    await recordStep(tx, actorOf(user), { entity: ENTITY, entityId: item.id, from: null, to: 'diusulkan', note: catatan, at: now });
    await recordAudit(tx, actorOf(user), {
      action: 'konten_media_center.diusulkan',
      entity: ENTITY,
      entityId: item.id,
      after: { status: 'diusulkan', revisionId, note: catatan },
    });
    return item;
  });
  return kontenDetail(services.db, actor, row);
}

/** The Media Center's queue across the tenant's units, for its coordinator and assisting admins. */
export async function listMediaCenter(db: Queryable, actor: OrgActor, status?: StatusMediaCenter) {
  if (!canOrg(actor, 'mediacenter.decide') && !canOrg(actor, 'mediacenter.publish')) throw new AppError('forbidden', 'error.forbidden');
  const where: SQL[] = [eq(kontenMediaCenter.tenantId, actor.tenantId)];
  if (status) where.push(eq(kontenMediaCenter.status, status));
  const rows = await db
    .select({
      kontenId: kontenMediaCenter.kontenId,
      status: kontenMediaCenter.status,
      revisionId: kontenMediaCenter.revisionId,
      proposedAt: kontenMediaCenter.proposedAt,
      note: kontenMediaCenter.note,
      decidedAt: kontenMediaCenter.decidedAt,
      publishedAt: kontenMediaCenter.publishedAt,
      judul: konten.judul,
      jenis: konten.jenis,
      unitId: konten.unitId,
      unitName: units.name,
    })
    .from(kontenMediaCenter)
    .innerJoin(konten, eq(konten.id, kontenMediaCenter.kontenId))
    .innerJoin(units, eq(units.id, konten.unitId))
    .where(and(...where))
    .orderBy(desc(kontenMediaCenter.proposedAt))
    .limit(200);
  return { items: rows };
}

/** The coordinator accepts or declines (with a note) a proposal; an assisting admin publishes an accepted one centrally. */
export async function moveMediaCenter(
  services: Services,
  user: SessionUser,
  actor: OrgActor,
  kontenId: string,
  input: { ke: StatusMediaCenter; catatan: string | null },
) {
  await inTransaction(services.db, async (tx) => {
    const item = await kontenInTenant(tx, user.tenantId, kontenId);
    const [mc] = await tx.select().from(kontenMediaCenter).where(eq(kontenMediaCenter.kontenId, item.id)).for('update');
    if (!mc) throw new AppError('not_found', 'konten.media_center_none');
    const from = mc.status as StatusMediaCenter;
    const ctx = { kontenStatus: item.status as StatusKonten, input: { catatan: input.catatan } };
    await mediaCenterAlur.move(tx, { by: { user, actor }, unitId: item.unitId, entityId: item.id, from, to: input.ke, ctx }, async (at) => {
      const changes =
        input.ke === 'terbit_pusat'
          ? { status: input.ke, publishedAt: at }
          : { status: input.ke, decidedBy: user.id, decidedAt: at, note: input.catatan ?? mc.note };
      await tx.update(kontenMediaCenter).set(changes).where(eq(kontenMediaCenter.kontenId, item.id));
      // The pemda's home lists what the Media Center published; the unit's own pages may show it too.
      if (from === 'terbit_pusat' || input.ke === 'terbit_pusat')
        await markSiteChanged(tx, { tenantId: item.tenantId, unitId: item.unitId, reason: 'media_center' });
      return { result: null, note: input.catatan };
    });
  });
  return { kontenId, status: input.ke };
}
