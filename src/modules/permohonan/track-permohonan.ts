import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { objectionsOfRequest, type RequestObjections } from '../keberatan/objections-of-request.ts';
import type { LampiranView } from '../lampiran/lampiran-view.ts';
import { listLampiran } from '../lampiran/list-lampiran.ts';
import { getTenant } from '../org/get-tenant.ts';
import { grantedStatuses } from './lampiran-access.ts';
import { permohonan } from './schema.ts';
import type { Decision, Status } from './terms.ts';
import { trackingTokenMatches } from './tracking-token.ts';

/** What the requester's tracking page may show: the case, never the personal data. */
export type TrackedPermohonan = {
  /** Internal identifier, for the objection module to link an objection; never printed. */
  id: string;
  number: string;
  status: Status;
  receivedAt: Date;
  dueDate: string | null;
  extendedDueDate: string | null;
  extensionReason: string | null;
  decidedAt: Date | null;
  decision: Decision | null;
  /** Whether the requester may still object, and the objections already filed with their answers. */
  objections: RequestObjections;
  /** The files and links given with a granted decision; empty otherwise. */
  lampiran: LampiranView[];
};

const unknownHash = '0'.repeat(64);

/**
 * A request of a unit by its number and tracking token. A wrong token and an unknown number give
 * the same null, so the page cannot be used to find out which numbers exist.
 */
export async function trackPermohonan(db: Queryable, unitId: string, number: string, token: string): Promise<TrackedPermohonan | null> {
  const [row] = await db
    .select()
    .from(permohonan)
    .where(and(eq(permohonan.unitId, unitId), eq(permohonan.number, number.trim().toUpperCase())));
  // An unknown number still costs one hash comparison, so timing does not tell it apart either.
  const matches = trackingTokenMatches(token.trim(), row?.trackingTokenHash ?? unknownHash);
  if (!row || !matches) return null;
  const { timeZone } = await getTenant(db, row.tenantId);
  return {
    id: row.id,
    number: row.number,
    status: row.status as Status,
    receivedAt: row.receivedAt,
    dueDate: row.dueDate,
    extendedDueDate: row.extendedDueDate,
    extensionReason: row.extensionReason,
    decidedAt: row.decidedAt,
    decision: row.decision ?? null,
    objections: await objectionsOfRequest(db, { ...row, status: row.status as Status }, timeZone),
    lampiran: grantedStatuses.includes(row.status as Status) ? await listLampiran(db, { kind: 'permohonan', id: row.id, tenantId: row.tenantId }) : [],
  };
}
