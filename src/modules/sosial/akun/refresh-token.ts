import { and, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Services } from '../../../services.ts';
import type { AccountCredentials, CallRecord } from '../adapter.ts';
import { sosialAkun } from '../schema.ts';
import { needsRefresh } from '../token-expiry.ts';
import { adapterForAccount, markAkunNeedsReconnect, saveAkunTokens } from './open-credentials.ts';

const LEASE_MS = 90_000;

export type RefreshResult = (
  | { status: 'refreshed' | 'not_needed'; credentials: AccountCredentials }
  /** Revoked, or the refresh token no longer works: the account now waits for a person. */
  | { status: 'needs_reconnect'; code: string }
  /** The platform failed for now (5xx, 429, network), or another process is still refreshing: keep the old token, try again later. */
  | { status: 'retry_later'; code: string; retryAfterSec?: number }
) & {
  /** The platform calls this process made (none when another process refreshed): for the caller's trace, never a token. */
  calls?: CallRecord[];
};

export type RefreshOptions = {
  /** Refresh even though the stored expiry looks fine. */
  force?: boolean;
  /**
   * The access token the platform just answered `token_expired` for. Refreshed only while the
   * stored token is still that one: when it differs, another process has refreshed in the meantime
   * and its token is answered instead (a second refresh would be wasted, and with X's rotating
   * refresh tokens one too many).
   */
  refusedToken?: string;
  /** Refresh when the token ends within this many seconds (default 600, the publisher's margin). */
  marginSec?: number;
  /** How long to wait for another process's refresh before answering `retry_later`. */
  waitMs?: number;
  timeoutMs?: number;
};

/**
 * Refreshes an account's tokens: the only refresh path, for the refresh job and the publisher
 * alike, once across every Warta process. A lease on the row lets one process call the platform
 * while the others wait and then read what it stored (X rotates refresh tokens, so two refreshes
 * with the same one would revoke the account). Whether a refresh is needed is decided on the row
 * as it stands once the lease is held, never on what the caller read before.
 */
export async function refreshAkunToken(services: Services, akunId: string, opts: RefreshOptions = {}): Promise<RefreshResult> {
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
    .returning({ id: sosialAkun.id, tokenExpiresAt: sosialAkun.tokenExpiresAt });
  if (!claimed) return waitForOtherRefresh(services, akunId, opts.waitMs ?? LEASE_MS);
  const release = () => services.db.update(sosialAkun).set({ refreshLeaseUntil: null }).where(eq(sosialAkun.id, akunId));
  try {
    const { adapter, credentials } = await adapterForAccount(services, akunId, opts.timeoutMs);
    if (!refreshNeeded(opts, credentials, claimed.tokenExpiresAt)) {
      await release();
      return { status: 'not_needed', credentials };
    }
    const outcome = await adapter.refreshToken(credentials);
    const calls = outcome.calls;
    if (outcome.status === 'done') return { status: 'refreshed', credentials: await saveAkunTokens(services, akunId, outcome.value), calls };
    const error = outcome.status === 'failed' ? outcome.error : { kind: 'server_error' as const, code: 'refresh_pending', retryAfterSec: undefined };
    if (error.kind === 'token_revoked' || error.kind === 'permanent' || error.kind === 'token_expired') {
      await markAkunNeedsReconnect(services, akunId, error.code);
      return { status: 'needs_reconnect', code: error.code, calls };
    }
    await release();
    return { status: 'retry_later', code: error.code, ...(error.retryAfterSec ? { retryAfterSec: error.retryAfterSec } : {}), calls };
  } catch (err) {
    await release();
    throw err;
  }
}

function refreshNeeded(opts: RefreshOptions, credentials: AccountCredentials, column: Date | null): boolean {
  if (opts.refusedToken !== undefined) return credentials.accessToken === opts.refusedToken;
  if (opts.force) return true;
  // The column is what the refresh job selects by; the sealed expiry is the token's own.
  const expiresAt = column?.toISOString() ?? credentials.expiresAt;
  return needsRefresh({ expiresAt }, new Date(), opts.marginSec ?? 600);
}

/** Another process holds the lease: wait (bounded) until it lets go, then answer what it left. */
async function waitForOtherRefresh(services: Services, akunId: string, waitMs: number): Promise<RefreshResult> {
  const until = Date.now() + waitMs;
  for (;;) {
    const [row] = await services.db
      .select({ status: sosialAkun.status, lease: sosialAkun.refreshLeaseUntil, code: sosialAkun.lastErrorCode })
      .from(sosialAkun)
      .where(eq(sosialAkun.id, akunId));
    if (row?.status !== 'terhubung') return { status: 'needs_reconnect', code: row?.code ?? 'not_connected' };
    if (!row.lease || row.lease.getTime() < Date.now()) return { status: 'not_needed', credentials: (await adapterForAccount(services, akunId)).credentials };
    if (Date.now() >= until) return { status: 'retry_later', code: 'refresh_in_progress', retryAfterSec: 30 };
    await new Promise((r) => setTimeout(r, Math.min(250, Math.max(until - Date.now(), 1))));
  }
}
