import type { Services } from '../../../services.ts';
import type { AccountCredentials, ClassifiedError, Deleted, PostToDelete, SocialAdapter, StepOutcome } from '../adapter.ts';
import { backoffSec, deleteBackoff } from '../next-step-backoff.ts';
import { needsRefresh } from '../token-expiry.ts';
import { markNeedsReconnect, openAccount, refreshForPublisher } from './account-adapter.ts';
import { deletingStatuses } from './kiriman-alur.ts';
import { claimKiriman, Lease, LostLease } from './kiriman-lease.ts';
import { openState, storedError } from './kiriman-state.ts';
import type { RunResult } from './run-kiriman.ts';

export type HapusOptions = {
  leaseSec?: number;
  /** Failures (rate limits, platform errors, lost answers) before the row stops and waits for a person. */
  maxTries?: number;
  timeoutMs?: number;
  /** Called when the row must run again later (the job sends itself with `startAfter`). */
  later?: (id: string, at: Date) => Promise<void>;
};

const LANGKAH_KEPT = 60;

/**
 * Deletes one post a person asked to delete (`menghapus`), under the same lease as publishing, so
 * two processes never run one row. Deleting is safe to repeat: a post already gone counts as
 * deleted, so a delete whose answer was lost (a timeout, a kill -9) is simply sent again. Rate
 * limits and platform errors wait and try again; a dead token marks the account for reconnecting;
 * a refusal stops the row as `gagal_hapus` with the reason in words on the panel.
 */
export async function runHapus(services: Services, id: string, options: HapusOptions = {}): Promise<RunResult> {
  // A delete is safe to repeat, so the short lease serves throughout (the heartbeat covers a slow call).
  const leaseSec = options.leaseSec ?? 15;
  const claimed = await claimKiriman(services, id, leaseSec, deletingStatuses);
  if (!claimed) return 'not_claimed';
  const lease = new Lease(services, claimed.row, claimed.owner, { shortSec: leaseSec, callSec: leaseSec });
  try {
    return await deleteClaimed(services, lease, options);
  } catch (err) {
    if (err instanceof LostLease) return 'lost_lease';
    throw err;
  } finally {
    await lease.release().catch(() => lease.stop());
  }
}

async function deleteClaimed(services: Services, lease: Lease, options: HapusOptions): Promise<RunResult> {
  const row = lease.row;
  const maxTries = options.maxTries ?? 6;
  const trace = (outcome: StepOutcome<unknown>) =>
    [
      ...row.langkah,
      {
        step: 'hapus',
        status: outcome.status,
        calls: outcome.calls,
        ...(outcome.status === 'failed' ? { error: storedError(outcome.error) } : {}),
        at: new Date().toISOString(),
      },
    ].slice(-LANGKAH_KEPT);
  const stop = async (error: ClassifiedError, outcome?: StepOutcome<unknown>) => {
    await lease.write({ error: storedError(error), ...(outcome ? { langkah: trace(outcome) } : {}) }, 'gagal_hapus');
    return 'finished' as const;
  };

  const { akun, adapter, credentials } = await openAccount(services, row.akunId, options.timeoutMs);
  if (!adapter.deletePost) return stop({ kind: 'permanent', code: 'delete_unsupported', detail: `${akun.platform} has no delete call` });
  if (akun.status !== 'terhubung' || !credentials) return stop({ kind: 'token_revoked', code: 'account_not_connected', detail: `account is ${akun.status}` });
  if (!row.externalId) return stop({ kind: 'permanent', code: 'no_external_id', detail: 'the post has no platform id' });

  const state = openState(services, row.state);
  const postedIds = (state.published?.state.postedIds as string[] | undefined) ?? [];
  const post: PostToDelete = { externalId: row.externalId, extraIds: state.extraIds ?? postedIds.filter((p) => p !== row.externalId) };

  let creds: AccountCredentials = credentials;
  // Through the accounts module's one refresh path (its lease: X rotates refresh tokens); a refusal
  // has already marked the account there, a passing failure waits.
  const renew = async (refusedToken?: string): Promise<RunResult | undefined> => {
    const result = await refreshForPublisher(services, row.akunId, refusedToken, options.timeoutMs);
    if (!('code' in result)) {
      creds = result.credentials;
      return undefined;
    }
    if (result.status === 'retry_later')
      return wait(lease, { kind: 'server_error', code: result.code, detail: '', retryAfterSec: result.retryAfterSec }, maxTries, options, stop);
    return stop({ kind: 'token_revoked', code: result.code, detail: 'the token could not be refreshed' });
  };
  if (needsRefresh(creds)) {
    const ended = await renew();
    if (ended) return ended;
  }
  for (let refreshed = 0; ; ) {
    const outcome = await callDelete(services, adapter, creds, post, row.id);
    if (outcome.status === 'done') {
      await lease.write({ error: null, percobaan: 0, langkah: trace(outcome) }, 'dihapus', {
        note: outcome.value.alreadyGone ? 'sudah tidak ada di platform' : undefined,
      });
      return 'finished';
    }
    if (outcome.status === 'pending') return wait(lease, { kind: 'server_error', code: 'delete_pending', detail: '' }, maxTries, options, stop, trace(outcome));
    const error = outcome.error;
    // An expired token: refresh once and send the delete again.
    if (error.kind === 'token_expired' && refreshed++ === 0) {
      await lease.write({ langkah: trace(outcome) });
      const ended = await renew(creds.accessToken);
      if (ended) return ended;
      continue;
    }
    if (error.kind === 'token_revoked' || error.kind === 'token_expired') {
      await markNeedsReconnect(services, row.akunId, error.code);
      return stop({ ...error, kind: 'token_revoked' }, outcome);
    }
    // Nothing irreversible can be lost here: a delete whose answer went missing is sent again.
    if (error.kind === 'rate_limited' || error.kind === 'server_error' || error.kind === 'unknown_after_publish')
      return wait(lease, error, maxTries, options, stop, trace(outcome));
    return stop(error, outcome);
  }
}

async function callDelete(
  services: Services,
  adapter: SocialAdapter,
  creds: AccountCredentials,
  post: PostToDelete,
  id: string,
): Promise<StepOutcome<Deleted>> {
  try {
    return await adapter.deletePost!(creds, post);
  } catch (err) {
    services.log.warn('kiriman delete threw', { kiriman: id, err });
    return { status: 'failed', error: { kind: 'server_error', code: 'internal', detail: 'the delete failed inside Warta' }, calls: [] };
  }
}

/**
 * A failure that passes: try again after the platform's wait (or a growing one) from the queue
 * (the row is free meanwhile, and the sweep finds it if the job is lost); after `maxTries` the row
 * stops and waits for a person.
 */
async function wait(
  lease: Lease,
  error: ClassifiedError,
  maxTries: number,
  options: HapusOptions,
  stop: (error: ClassifiedError) => Promise<'finished'>,
  langkah?: Record<string, unknown>[],
): Promise<RunResult> {
  const tries = lease.row.percobaan + 1;
  if (langkah) await lease.write({ langkah });
  if (tries >= maxTries) return stop(error);
  const afterSec = error.retryAfterSec ?? backoffSec(deleteBackoff, lease.row.percobaan);
  const at = new Date(Date.now() + afterSec * 1000);
  // The row frees itself with its next time; the sweep runs it then even if the job is lost.
  await lease.write({ percobaan: tries, error: storedError(error), dijadwalkan: at });
  await options.later?.(lease.row.id, at);
  return 'waiting';
}
