import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { permohonan } from '../permohonan/schema.ts';
import type { Channel, RefusalGround, RequesterType, Status } from '../permohonan/terms.ts';
import type { RequestFacts } from './load-rows.ts';
import type { Period } from './period.ts';

/** A register row: the case facts, and the requester's personal data when the reader may see it. */
export type RegisterRow = RequestFacts & {
  purpose: string;
  obtainMethod: string;
  dueDate: string | null;
  extendedDueDate: string | null;
  decisionNote: string | null;
  personal: { name: string; address: string; occupation: string | null; phone: string | null; email: string | null } | null;
};

/**
 * A unit's request register, oldest receipt first, within a period (receipt date in the tenant's
 * zone) or whole. Personal data is selected only when asked for, so it cannot leak by mistake.
 */
export async function loadRegister(db: Queryable, unitId: string, period: Period | null, timeZone: string, withPersonal: boolean): Promise<RegisterRow[]> {
  const receivedDay = sql`(timezone(${timeZone}, ${permohonan.receivedAt}))::date`;
  const rows = await db
    .select()
    .from(permohonan)
    .where(and(eq(permohonan.unitId, unitId), period ? sql`${receivedDay} between ${period.dari}::date and ${period.sampai}::date` : undefined))
    .orderBy(asc(permohonan.receivedAt), asc(permohonan.number));
  return rows.map((r) => {
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
