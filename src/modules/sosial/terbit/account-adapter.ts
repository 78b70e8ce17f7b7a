import { eq } from 'drizzle-orm';
import type { Services } from '../../../services.ts';
import type { AccountCredentials, SocialAdapter } from '../adapter.ts';
import { adapterOfAkun } from '../akun/adapter-of-akun.ts';
import type { AkunRow } from '../akun/load-akun.ts';
import { markAkunNeedsReconnect } from '../akun/open-credentials.ts';
import { type RefreshResult, refreshAkunToken } from '../akun/refresh-token.ts';
import { sosialAkun } from '../schema.ts';

/**
 * Publishing's seam onto the accounts module (`akun/`): the adapter of an account with its opened
 * credentials, a token refreshed through the accounts module's one refresh path (its lease holds
 * across processes), a dead connection marked. Tests and the bench point every adapter of one
 * services object at fakes of their own with `pointAdaptersAt` (the accounts module's, so the
 * refresh speaks to the same fakes).
 */

export { pointAdaptersAt } from '../akun/adapter-of-akun.ts';

export type OpenedAccount = { akun: AkunRow; adapter: SocialAdapter; credentials: AccountCredentials | null };

/** How long a publisher waits for another process's refresh before its row goes back to the queue. */
const REFRESH_WAIT_MS = 20_000;

export async function openAccount(services: Services, akunId: string, timeoutMs = 30_000): Promise<OpenedAccount> {
  const [akun] = await services.db.select().from(sosialAkun).where(eq(sosialAkun.id, akunId));
  if (!akun) throw new Error(`sosial_akun ${akunId} not found`);
  const credentials = akun.credentialsSealed ? (JSON.parse(services.secrets.open(akun.credentialsSealed)) as AccountCredentials) : null;
  return { akun, adapter: await adapterOfAkun(services, akun, timeoutMs), credentials };
}

/**
 * Fresh credentials for a publisher: before a step when the token is about to end (no
 * `refusedToken`), or after the platform answered `token_expired` for `refusedToken`. A refresh
 * already under way elsewhere (the refresh job, another publisher) is waited for and its token used.
 */
export function refreshForPublisher(services: Services, akunId: string, refusedToken?: string, timeoutMs?: number): Promise<RefreshResult> {
  return refreshAkunToken(services, akunId, { ...(refusedToken !== undefined ? { refusedToken } : {}), waitMs: REFRESH_WAIT_MS, timeoutMs });
}

/** A revoked or unrefreshable token: the account waits for an admin, who is warned. */
export function markNeedsReconnect(services: Services, akunId: string, code: string): Promise<void> {
  return markAkunNeedsReconnect(services, akunId, code);
}
