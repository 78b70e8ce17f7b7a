import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/types.ts';
import type { SecretBox } from '../../lib/crypto.ts';
import { sha256 } from '../../lib/crypto.ts';
import type { Permohonan } from './load-permohonan.ts';
import { permohonan, permohonanResubmission } from './schema.ts';

/** How long the same request sent again from the public form gets the first one's receipt. */
export const RESUBMISSION_MINUTES = 10;

type Identity = {
  requesterType: string;
  requesterName: string;
  requesterAddress: string;
  requesterPhone: string | null;
  requesterEmail: string | null;
  informationDetails: string;
};

// Case, spacing and punctuation of a retyped field do not make a different request.
const norm = (text: string | null) =>
  (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.,;:]+/g, ' ')
    .trim();

/** The same unit, the same requester (type, name, address, phone, e-mail) and the same information asked for. */
export function requestFingerprint(unitId: string, r: Identity): string {
  const phone = (r.requesterPhone ?? '').replace(/\D/g, '');
  return sha256(
    JSON.stringify([
      'permohonan-v1',
      unitId,
      r.requesterType,
      norm(r.requesterName),
      norm(r.requesterAddress),
      phone,
      norm(r.requesterEmail),
      norm(r.informationDetails),
    ]),
  );
}

/**
 * Waits for any other registration of the same fingerprint to finish (two clicks land as two
 * concurrent posts), then returns the earlier request with its tracking token while its window is
 * open; expired windows are deleted on the way.
 */
export async function earlierSubmission(
  tx: Tx,
  secrets: SecretBox,
  fingerprint: string,
  now: Date,
): Promise<{ permohonan: Permohonan; trackingToken: string } | null> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`permohonan-resubmission:${fingerprint}`}))`);
  await tx.delete(permohonanResubmission).where(lt(permohonanResubmission.expiresAt, now));
  const [row] = await tx
    .select({ permohonan, sealedToken: permohonanResubmission.sealedToken })
    .from(permohonanResubmission)
    .innerJoin(permohonan, eq(permohonan.id, permohonanResubmission.permohonanId))
    .where(and(eq(permohonanResubmission.fingerprint, fingerprint), gt(permohonanResubmission.expiresAt, now)));
  return row ? { permohonan: row.permohonan, trackingToken: secrets.open(row.sealedToken) } : null;
}

/** Opens the window of a request just registered from the public form. */
export async function rememberSubmission(
  tx: Tx,
  secrets: SecretBox,
  permohonanId: string,
  fingerprint: string,
  trackingToken: string,
  now: Date,
): Promise<void> {
  const expiresAt = new Date(now.getTime() + RESUBMISSION_MINUTES * 60_000);
  await tx.insert(permohonanResubmission).values({ permohonanId, fingerprint, sealedToken: secrets.seal(trackingToken), expiresAt });
}

/**
 * Deletes the windows that have closed (each holds a sealed tracking token), so none outlives its
 * minutes by more than a day when no one registers again; run by the daily purge job.
 */
export async function purgeExpiredResubmissions(db: Queryable, now = new Date()): Promise<number> {
  const gone = await db.delete(permohonanResubmission).where(lt(permohonanResubmission.expiresAt, now)).returning({ id: permohonanResubmission.permohonanId });
  return gone.length;
}
