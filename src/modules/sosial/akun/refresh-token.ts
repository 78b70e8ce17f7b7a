import { and, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Services } from '../../../services.ts';
import type { AccountCredentials } from '../adapter.ts';
import { sosialAkun } from '../schema.ts';
import { needsRefresh } from '../token-expiry.ts';
import { adapterForAccount, markAkunNeedsReconnect, saveAkunTokens } from './open-credentials.ts';

const LEASE_MS = 90_000;

export type RefreshResult =
  | { status: 'refreshed' | 'not_needed'; credentials: AccountCredentials }
  /** Revoked, or the refresh token no longer works: the account now waits for a person. */
  | { status: 'needs_reconnect'; code: string }
  /** The platform failed for now (5xx, 429, network): keep the old token, try again later. */
  | { status: 'retry_later'; code: string; retryAfterSec?: number };

/**
 * Refreshes an account's tokens, once across every Warta process: a lease on the row lets one
 * process call the platform while the others wait and then read what it stored (X rotates refresh
 * tokens, so two refreshes with the same one would revoke the account). `force`: refresh even
 * though the stored expiry looks fine (the platform answered `token_expired`).
 */
export async function refreshAkunToken(services: Services, akunId: string, opts: { force?: boolean; waitMs?: number } = {}): Promise<RefreshResult> {
  const now = new Date();
  const [claimed] = await services.db
    .update(sosialAkun)
    .set({ refreshLeaseUntil: new Date(now.getTime() + LEASE_MS) })
    .where(
      and(
        eq(sosialAkun.id, akunId),
        eq(sosialAkun.status, 'terhubung'),
        isNotNull(sosialAkun.credentialsSealed),
        or(isNull(sosialAkun.refreshLeaseUntil), lt(sosialAkun.refreshLeaseUntil, now)),
      ),
    )
    .returning({ id: sosialAkun.id });
  if (!claimed) return waitForOtherRefresh(services, akunId, opts.waitMs ?? LEASE_MS);
  const release = () => services.db.update(sosialAkun).set({ refreshLeaseUntil: null }).where(eq(sosialAkun.id, akunId));
  try {
    const { adapter, credentials } = await adapterForAccount(services, akunId);
    if (!opts.force && !needsRefresh(credentials)) {
      await release();
      return { status: 'not_needed', credentials };
    }
    const outcome = await adapter.refreshToken(credentials);
    if (outcome.status === 'done') return { status: 'refreshed', credentials: await saveAkunTokens(services, akunId, outcome.value) };
    const error = outcome.status === 'failed' ? outcome.error : { kind: 'server_error' as const, code: 'refresh_pending', retryAfterSec: undefined };
    if (error.kind === 'token_revoked' || error.kind === 'permanent' || error.kind === 'token_expired') {
      await markAkunNeedsReconnect(services, akunId, error.code);
      return { status: 'needs_reconnect', code: error.code };
    }
    await release();
    return { status: 'retry_later', code: error.code, ...(error.retryAfterSec ? { retryAfterSec: error.retryAfterSec } : {}) };
  } catch (err) {
    await release();
    throw err;
  }
}

/** Another process holds the lease: wait until it lets go, then answer what it left. */
async function waitForOtherRefresh(services: Services, akunId: string, waitMs: number): Promise<RefreshResult> {
  const until = Date.now() + waitMs;
  for (;;) {
    const [row] = await services.db
      .select({ status: sosialAkun.status, lease: sosialAkun.refreshLeaseUntil, code: sosialAkun.lastErrorCode })
      .from(sosialAkun)
      .where(eq(sosialAkun.id, akunId));
    if (row?.status !== 'terhubung') return { status: 'needs_reconnect', code: row?.code ?? 'not_connected' };
    if (!row.lease || row.lease.getTime() < Date.now()) return { status: 'not_needed', credentials: (await adapterForAccount(services, akunId)).credentials };
    if (Date.now() > until) return { status: 'retry_later', code: 'refresh_in_progress', retryAfterSec: 30 };
    await new Promise((r) => setTimeout(r, 250));
  }
}
