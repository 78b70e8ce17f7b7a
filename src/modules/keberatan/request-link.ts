import type { Queryable } from '../../db/types.ts';
import { listPermohonan } from '../permohonan/list-permohonan.ts';
import type { Status as RequestStatus } from '../permohonan/terms.ts';
import { trackPermohonan } from '../permohonan/track-permohonan.ts';

/** What an objection needs to know of the request it is about: no personal data. */
export type LinkedRequest = {
  id: string;
  number: string;
  status: RequestStatus;
  receivedAt: Date;
  dueDate: string | null;
  extendedDueDate: string | null;
  decidedAt: Date | null;
};

/**
 * A unit's request by its registration number, through the request module's own list (this module
 * never reads the request tables). Null when the unit has no request with that number.
 */
export async function requestOfUnit(db: Queryable, unitId: string, timeZone: string, number: string): Promise<LinkedRequest | null> {
  const wanted = number.trim().toUpperCase();
  const item = (await listPermohonan(db, unitId, timeZone, { sort: 'diterima' })).find((r) => r.number === wanted);
  return item
    ? {
        id: item.id,
        number: item.number,
        status: item.status,
        receivedAt: item.receivedAt,
        dueDate: item.dueDate,
        extendedDueDate: item.extendedDueDate,
        decidedAt: item.decidedAt,
      }
    : null;
}

/**
 * The request a visitor proves is theirs with its number and tracking code, or null. A wrong code
 * and an unknown number give the same null, as on the request tracking page.
 */
export async function provenRequest(db: Queryable, unitId: string, number: string, token: string): Promise<LinkedRequest | null> {
  const t = await trackPermohonan(db, unitId, number, token);
  return t
    ? { id: t.id, number: t.number, status: t.status, receivedAt: t.receivedAt, dueDate: t.dueDate, extendedDueDate: t.extendedDueDate, decidedAt: t.decidedAt }
    : null;
}
