import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { slugify } from '../../lib/slugify.ts';
import type { Services } from '../../services.ts';
import { recordStep } from '../alur/record-step.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { contentOf, type KontenInput } from './fields.ts';
import { freeSlug } from './free-slug.ts';
import { type KontenDetail, kontenDetail } from './get-konten.ts';
import { konten } from './schema.ts';
import type { JenisKonten } from './terms.ts';
import { writeRevision } from './write-revision.ts';

export type CreateKonten = KontenInput & { unitId: string; jenis: JenisKonten };

/** Creates an item in a unit as a draft with its first revision; the writer needs `konten.write` there. */
export async function createKonten(services: Services, user: SessionUser, actor: OrgActor, input: CreateKonten): Promise<KontenDetail> {
  const unit = await unitInTenant(services.db, user.tenantId, input.unitId, 'unitId');
  assertOrg(actor, 'konten.write', unit.id);
  const content = await contentOf(services.db, { tenantId: user.tenantId, unitId: unit.id, jenis: input.jenis }, input);
  const row = await inTransaction(services.db, async (tx) => {
    const at = new Date();
    const [created] = await tx
      .insert(konten)
      .values({
        tenantId: user.tenantId,
        unitId: unit.id,
        jenis: input.jenis,
        slug: await freeSlug(tx, unit.id, slugify(content.judul).slice(0, 80).replace(/-+$/, '') || 'naskah'),
        judul: content.judul,
        status: 'draf',
        createdBy: user.id,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    const { row: withRevision, revisi } = await writeRevision(tx, created!.id, content, user, at);
    await recordStep(tx, actorOf(user), { entity: 'konten', entityId: created!.id, from: null, to: 'draf', note: null, at });
    await recordAudit(tx, actorOf(user), {
      action: 'konten.created',
      entity: 'konten',
      entityId: created!.id,
      after: { unitId: unit.id, jenis: input.jenis, judul: content.judul, revisionId: revisi.id, hash: revisi.hash },
    });
    return withRevision;
  });
  return kontenDetail(services.db, actor, row);
}
