import { and, count, desc, eq, inArray, ne, notExists, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { OrgActor } from '../org/actor.ts';
import type { TeamRole } from '../org/roles.ts';
import { units } from '../org/schema.ts';
import { konten, kontenMediaCenter, kontenRevisi } from './schema.ts';

const SHOWN = 10;

/** One kind of waiting work: how many, and the newest few to list on the home. */
export type WaitingBlock = { count: number; items: { id: string; judul: string; unitId: string; unitName: string; status: string; updatedAt: Date }[] };

/**
 * What waits on this person in the content workflow ("Tugas saya"): per role the items at their
 * hand-off — to review (redaktur), to approve (head; never their own work), to publish or schedule
 * (admin_medsos), returned to me (writer), Media Center decisions (coordinator) and central
 * publications (assisting admin). A block is null when the role is not theirs; admins get all.
 */
export async function waitingKonten(db: Queryable, actor: OrgActor) {
  const unitsAs = (role: TeamRole): string[] | 'all' | null => {
    if (actor.isAdmin) return 'all';
    const ids = actor.roles.filter((r) => r.role === role).map((r) => r.unitId);
    return ids.length ? ids : null;
  };
  const holds = (role: TeamRole) => actor.isAdmin || actor.roles.some((r) => r.role === role);
  const inUnits = (scope: string[] | 'all') => (scope === 'all' ? eq(konten.tenantId, actor.tenantId) : inArray(konten.unitId, scope));
  const byMe = sql`exists (select 1 from ${kontenRevisi} where ${kontenRevisi.kontenId} = ${konten.id} and ${kontenRevisi.authorUserId} = ${actor.userId})`;

  const block = async (where: SQL | undefined, mc = false): Promise<WaitingBlock> => {
    const from = db.select({ n: count() }).from(konten);
    const counted = mc ? from.innerJoin(kontenMediaCenter, eq(kontenMediaCenter.kontenId, konten.id)) : from;
    const list = db
      .select({ id: konten.id, judul: konten.judul, unitId: konten.unitId, unitName: units.name, status: konten.status, updatedAt: konten.updatedAt })
      .from(konten)
      .innerJoin(units, eq(units.id, konten.unitId));
    const listed = mc ? list.innerJoin(kontenMediaCenter, eq(kontenMediaCenter.kontenId, konten.id)) : list;
    const [[total], items] = await Promise.all([counted.where(where), listed.where(where).orderBy(desc(konten.updatedAt)).limit(SHOWN)]);
    return { count: total?.n ?? 0, items };
  };
  const forRole = (role: TeamRole, where: (scope: string[] | 'all') => SQL | undefined) => {
    const scope = unitsAs(role);
    return scope ? block(where(scope)) : Promise.resolve(null);
  };
  const mcBlock = (role: TeamRole, status: string) =>
    holds(role) ? block(and(eq(kontenMediaCenter.tenantId, actor.tenantId), eq(kontenMediaCenter.status, status)), true) : Promise.resolve(null);

  const [untukDitinjau, untukDisetujui, untukDiterbitkan, dikembalikan, mediaCenterKeputusan, mediaCenterTerbit] = await Promise.all([
    forRole('redaktur', (s) => and(inUnits(s), inArray(konten.status, ['diajukan', 'ditinjau']))),
    forRole('penanggung_jawab', (s) =>
      and(
        inUnits(s),
        eq(konten.status, 'menunggu_persetujuan'),
        ne(konten.createdBy, actor.userId),
        notExists(
          db
            .select({ one: sql`1` })
            .from(kontenRevisi)
            .where(and(eq(kontenRevisi.kontenId, konten.id), eq(kontenRevisi.authorUserId, actor.userId))),
        ),
      ),
    ),
    forRole('admin_medsos', (s) => and(inUnits(s), eq(konten.status, 'disetujui'))),
    block(and(eq(konten.tenantId, actor.tenantId), eq(konten.status, 'dikembalikan'), or(eq(konten.createdBy, actor.userId), byMe))),
    mcBlock('koordinator_media_center', 'diusulkan'),
    mcBlock('admin_pendamping', 'diterima'),
  ]);
  return { untukDitinjau, untukDisetujui, untukDiterbitkan, dikembalikan, mediaCenterKeputusan, mediaCenterTerbit };
}
export type WaitingKonten = Awaited<ReturnType<typeof waitingKonten>>;
