import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { permohonan } from '../permohonan/schema.ts';
import type { Channel, RefusalGround, RequesterType, Status } from '../permohonan/terms.ts';
import { localDay, type RequestFacts, receivedWithin, type Scope } from './load-rows.ts';
import type { Period } from './period.ts';

/** A register row: the case facts, and the requester's personal data when the reader may see it. */
export type RegisterRow = RequestFacts & {
  purpose: string;
  obtainMethod: string;
  decisionNote: string | null;
  personal: { name: string; address: string; occupation: string | null; phone: string | null; email: string | null } | null;
};

/**
 * The request register of a unit or of the whole tenant, oldest receipt first, within a period
 * (receipt date in the tenant's zone). Personal data is mapped only when asked for, so it cannot
 * leak into an export by mistake.
 */
export async function loadRegister(db: Queryable, scope: Scope, period: Period, timeZone: string, withPersonal: boolean): Promise<RegisterRow[]> {
  const rows = await db
    .select({ r: permohonan, receivedDay: localDay(permohonan.receivedAt, timeZone), decidedDay: localDay(permohonan.decidedAt, timeZone) })
    .from(permohonan)
    .where(and(eq(permohonan.tenantId, scope.tenantId), scope.unitId ? eq(permohonan.unitId, scope.unitId) : undefined, receivedWithin(period, timeZone)))
    .orderBy(asc(permohonan.receivedAt), asc(permohonan.number));
  return rows.map(({ r, receivedDay, decidedDay }) => {
    const d = r.decision;
    return {
      id: r.id,
      number: r.number,
      unitId: r.unitId,
      channel: r.channel as Channel,
      requesterType: r.requesterType as RequesterType,
      status: r.status as Status,
      receivedAt: r.receivedAt,
      decidedAt: r.decidedAt,
      receivedDay,
      decidedDay,
      refusalGround: d?.kind === 'ditolak' ? (d.dasar as RefusalGround) : null,
      informationDetails: r.informationDetails,
      purpose: r.purpose,
      obtainMethod: r.obtainMethod,
      dueDate: r.dueDate,
      extendedDueDate: r.extendedDueDate,
      decisionNote:
        d?.kind === 'ditolak'
          ? (d.pemegang ?? null)
          : d?.kind === 'diteruskan'
            ? d.tujuan
            : d?.kind === 'dikabulkan_sebagian'
              ? d.bagian.map((b) => `${b.bagian}: ${b.alasan}`).join('; ')
              : null,
      personal: withPersonal
        ? { name: r.requesterName, address: r.requesterAddress, occupation: r.requesterOccupation, phone: r.requesterPhone, email: r.requesterEmail }
        : null,
    };
  });
}
