import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import { clockTimeOf, instantAt } from '../../lib/zoned-time.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { assertContentOfUnit, unknownContent } from '../rencana/konten-link.ts';
import { assertInTeam } from '../rencana/team-people.ts';
import { mailCrew } from './crew-mail.ts';
import type { LiputanChange } from './fields.ts';
import { crewOf, type LiputanRow, liputanInTenant, productsOf } from './load-liputan.ts';
import { assertPlanOfUnit } from './plan-link.ts';
import { liputan, liputanKonten, liputanPetugas } from './schema.ts';
import { openLiputan, type StatusLiputan } from './terms.ts';

const key = (p: { personId: string; peran: string }) => `${p.personId}/${p.peran}`;

/**
 * Changes an assignment (the unit's planners): its details while it is open, its crew (people
 * new to it are mailed the assignment), and at any time the content items it produced.
 */
export async function updateLiputan(services: Services, user: SessionUser, actor: OrgActor, id: string, change: LiputanChange): Promise<LiputanRow> {
  const db = services.db;
  const current = await liputanInTenant(db, user.tenantId, id);
  assertOrg(actor, 'liputan.manage', current.unitId);
  const { kontenIds, petugas, jam, ...fields } = change;
  const detailsChanged = Object.keys(fields).length > 0 || jam !== undefined || petugas !== undefined;
  if (detailsChanged && !openLiputan.includes(current.status as StatusLiputan)) throw new AppError('conflict', 'liputan.closed');
  if (petugas)
    await assertInTeam(
      db,
      current.unitId,
      petugas.map((p) => p.personId),
      'petugas',
      'liputan.assignee_not_in_team',
    );
  if (fields.rencanaItemId) await assertPlanOfUnit(db, user.tenantId, current.unitId, fields.rencanaItemId);
  if (kontenIds?.length) await assertContentOfUnit(db, user.tenantId, current.unitId, kontenIds, 'kontenIds');
  const { timeZone } = await getTenant(db, user.tenantId);
  const unit = await unitInTenant(db, user.tenantId, current.unitId);
  return inTransaction(db, async (tx, afterCommit) => {
    const row = await liputanInTenant(tx, user.tenantId, id, { lock: true });
    const before = (await crewOf(tx, [row.id])).get(row.id) ?? [];
    const set: Partial<LiputanRow> = { ...fields, updatedAt: new Date() };
    if (fields.tanggal !== undefined || jam !== undefined) {
      const tanggal = fields.tanggal ?? row.tanggal;
      set.tanggal = tanggal;
      set.mulai = instantAt(tanggal, jam ?? clockTimeOf(row.mulai, timeZone), timeZone);
    }
    const [updated] = await tx.update(liputan).set(set).where(eq(liputan.id, row.id)).returning();
    const audit: { before: Record<string, unknown>; after: Record<string, unknown> } = {
      before: Object.fromEntries(
        Object.keys(set)
          .filter((k) => k !== 'updatedAt')
          .map((k) => [k, row[k as keyof LiputanRow]]),
      ),
      after: Object.fromEntries(Object.entries(set).filter(([k]) => k !== 'updatedAt')),
    };
    let added: typeof before = [];
    if (petugas) {
      const wanted = new Set(petugas.map(key));
      const had = new Set(before.map(key));
      const gone = before.filter((p) => !wanted.has(key(p)));
      for (const p of gone)
        await tx
          .delete(liputanPetugas)
          .where(and(eq(liputanPetugas.liputanId, row.id), eq(liputanPetugas.personId, p.personId), eq(liputanPetugas.peran, p.peran)));
      const fresh = petugas.filter((p) => !had.has(key(p)));
      if (fresh.length) await tx.insert(liputanPetugas).values(fresh.map((p) => ({ liputanId: row.id, ...p })));
      audit.before.petugas = before.map(({ personId, peran }) => ({ personId, peran }));
      audit.after.petugas = petugas;
      // A person already on the crew in another part has had the assignment; only newcomers are mailed.
      const known = new Set(before.map((p) => p.personId));
      const crew = (await crewOf(tx, [row.id])).get(row.id) ?? [];
      added = crew.filter((p) => !known.has(p.personId));
      await mailCrew(tx, services, afterCommit, 'ditugaskan', updated!, added, crew, { unitName: unit.name, timeZone, publicUrl: services.config.publicUrl });
    }
    if (kontenIds) {
      audit.before.kontenIds = await productsOf(tx, row.id);
      await tx.delete(liputanKonten).where(eq(liputanKonten.liputanId, row.id));
      const unique = [...new Set(kontenIds)];
      if (unique.length)
        await tx
          .insert(liputanKonten)
          .values(unique.map((kontenId) => ({ liputanId: row.id, kontenId })))
          .catch(unknownContent('kontenIds'));
      audit.after.kontenIds = unique;
    }
    await recordAudit(tx, actorOf(user), { action: 'liputan.updated', entity: 'liputan', entityId: row.id, ...audit });
    return updated!;
  });
}
