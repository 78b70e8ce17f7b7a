import type { Services } from '../../../services.ts';
import type { AccountCredentials, ClassifiedError, JsonObject, PublishRequest, SocialAdapter, StepOutcome } from '../adapter.ts';
import { type NextAction, nextAction, type Step } from '../next-step.ts';
import type { Platform } from '../platform.ts';
import { needsRefresh } from '../token-expiry.ts';
import { markNeedsReconnect, openAccount, refreshForPublisher } from './account-adapter.ts';
import type { StatusKiriman } from './kiriman-alur.ts';
import { claimKiriman, Lease, LostLease } from './kiriman-lease.ts';
import { type KirimanState, openState, requestOf, sealState, storedError, type VarianSnapshot } from './kiriman-state.ts';
import { mediaSourcesOf } from './media-sources.ts';
import { fetchesByLink } from './media-url.ts';

export type RunOptions = {
  /** The lease while only repeatable steps run (see LeaseLengths); a publish call gets the timeout + 15 s. */
  leaseSec?: number;
  /** Waits up to this long inside the run (a container being processed); longer ones go back to the queue. */
  inlineWaitSec?: number;
  /** Failures of one step before the row stops and waits for a person. */
  maxTries?: number;
  timeoutMs?: number;
  /** Called when the row must run again later (the job sends itself with `startAfter`). */
  later?: (id: string, at: Date) => Promise<void>;
};

/** How a run ended: not claimed (busy, not due, not live), finished (terbit/gagal), or waiting for a later run. */
export type RunResult = 'not_claimed' | 'finished' | 'waiting' | 'lost_lease';

const LANGKAH_KEPT = 60;
// A process killed outside a publish call frees its rows this soon (renewed every third of it).
const SHORT_LEASE_SEC = 15;
// Reconcile looks back from the moment the publish call went out; clocks differ by a little.
const RECONCILE_MARGIN_MS = 5 * 60_000;
// The adapters' call timeout unless the options say otherwise.
const CALL_TIMEOUT_MS = 30_000;
// publishSentAt is written just before the call leaves, on the sender's clock.
const CALL_SETTLE_MS = 5_000;

/**
 * Runs the steps of one kiriman as far as they go now, driven by `nextAction`, and stores every
 * step's outcome on the row BEFORE acting on it, so a restart (or kill -9) resumes where it stood.
 * The one rule above all: a publish call that went out and has no recorded answer is never sent
 * again until reconcile has proved that the post is not on the platform.
 */
export async function runKiriman(services: Services, id: string, options: RunOptions = {}): Promise<RunResult> {
  const shortSec = options.leaseSec ?? SHORT_LEASE_SEC;
  const lengths = { shortSec, callSec: Math.max(shortSec, Math.ceil((options.timeoutMs ?? CALL_TIMEOUT_MS) / 1000) + 15) };
  const claimed = await claimKiriman(services, id, shortSec);
  if (!claimed) return 'not_claimed';
  const lease = new Lease(services, claimed.row, claimed.owner, lengths);
  try {
    return await new KirimanRun(services, lease, options).run();
  } catch (err) {
    if (err instanceof LostLease) return 'lost_lease';
    throw err;
  } finally {
    await lease.release().catch(() => lease.stop());
  }
}

class KirimanRun {
  private state: KirimanState;
  private readonly maxTries: number;
  private readonly inlineWaitSec: number;

  constructor(
    private readonly services: Services,
    private readonly lease: Lease,
    private readonly options: RunOptions,
  ) {
    this.state = openState(services, lease.row.state);
    this.maxTries = options.maxTries ?? 8;
    this.inlineWaitSec = options.inlineWaitSec ?? 3;
  }

  private get row() {
    return this.lease.row;
  }

  private get timeoutMs() {
    return this.options.timeoutMs ?? CALL_TIMEOUT_MS;
  }

  async run(): Promise<RunResult> {
    const { akun, adapter, credentials } = await openAccount(this.services, this.row.akunId, this.options.timeoutMs);
    // Killed while the publish call was out: its answer is unknown, so reconcile first.
    if (this.row.tahap === 'publish' && this.state.publishSentAt) {
      const missed = { step: 'publish', status: 'tidak_terjawab' };
      // Taken over moments after its owner died (owner-lock.ts), the platform may still be making
      // the post it was sent: reconcile no sooner than that call would have timed out, as its
      // owner would have. One write moves the row and sets the time, so a death in between cannot
      // skip the wait.
      const settleSec = Math.ceil((Date.parse(this.state.publishSentAt) + this.timeoutMs + CALL_SETTLE_MS - Date.now()) / 1000);
      if (settleSec > 0) return this.later(settleSec, { tahap: 'reconcile' }, 'belum_pasti', missed);
      await this.save({ tahap: 'reconcile' }, 'belum_pasti', missed);
    }
    if (akun.status !== 'terhubung' || !credentials) {
      return this.stop({ kind: 'token_revoked', code: 'account_not_connected', detail: `account is ${akun.status}` });
    }
    const media = await mediaSourcesOf(this.services, (this.row.varian as unknown as VarianSnapshot).mediaIds);
    // Instagram, Facebook and TikTok photos fetch files from Warta: without a public address they cannot.
    if (
      !this.services.config.sosialMediaUrl &&
      fetchesByLink(
        akun.platform as Platform,
        media.map((m) => m.kind),
      )
    ) {
      return this.stop({ kind: 'permanent', code: 'media_unreachable', detail: 'WARTA_SOSIAL_MEDIA_URL is not set' });
    }
    let creds: AccountCredentials = credentials;
    if (needsRefresh(creds)) {
      const refreshed = await this.refresh();
      if (typeof refreshed === 'string') return refreshed;
      creds = refreshed;
    }
    const req = requestOf(
      this.row.varian as unknown as VarianSnapshot,
      creds,
      await mediaSourcesOf(this.services, (this.row.varian as unknown as VarianSnapshot).mediaIds),
    );
    let refreshes = 0;
    for (;;) {
      const step = this.row.tahap as Step;
      const outcome = await this.runStep(adapter, step, req);
      const action = nextAction(step, outcome, this.row.percobaan);
      const result = await this.record(step, outcome, action);
      if (result) return result;
      if (action.action === 'refresh_token') {
        if (++refreshes > 2) return this.stop({ kind: 'token_revoked', code: 'token_refresh_loop', detail: 'the platform refused fresh tokens' });
        const refreshed = await this.refresh(req.credentials.accessToken);
        if (typeof refreshed === 'string') return refreshed;
        req.credentials = refreshed;
      }
      if (action.action === 'run' && action.afterSec > 0) {
        if (action.afterSec > this.inlineWaitSec) return this.later(action.afterSec);
        await new Promise((r) => setTimeout(r, action.afterSec * 1000));
      }
    }
  }

  private async runStep(adapter: SocialAdapter, step: Step, req: PublishRequest): Promise<StepOutcome<unknown>> {
    const s = this.state;
    try {
      switch (step) {
        case 'prepare':
          return await adapter.prepare(req, s.pending);
        case 'publish':
          // Durable before the call: if this process dies while the call is out, the next run reconciles.
          this.state = { ...s, publishSentAt: new Date().toISOString() };
          // From here until its answer is stored the row holds the long lease (see LeaseLengths).
          await this.save({}, undefined, { step: 'publish', status: 'dikirim' }, {}, true);
          return await adapter.publish(req, {
            state: { ...s.prepared, ...s.pending },
            // Still under the long lease: the call is out until its answer is stored.
            checkpoint: (learned) => this.save({}, undefined, undefined, { pending: { ...this.state.pending, ...learned } }, true),
          });
        case 'confirm':
          return await adapter.confirm(req, s.published ?? { externalId: '', state: {} });
        default: {
          const since = new Date(Date.parse(s.publishSentAt ?? this.row.createdAt.toISOString()) - RECONCILE_MARGIN_MS);
          return await adapter.reconcile(req, since, { ...s.prepared, ...s.published?.state, ...s.pending });
        }
      }
    } catch (err) {
      if (err instanceof LostLease) throw err;
      // A failure outside the adapter's classification (a media file missing in storage): treated
      // like a lost answer in publish (it may have been sent) and like a server error elsewhere.
      this.services.log.warn('kiriman step threw', { kiriman: this.row.id, step, err });
      const kind = step === 'publish' ? 'unknown_after_publish' : 'server_error';
      return { status: 'failed', error: { kind, code: 'internal', detail: 'the step failed inside Warta' }, calls: [] };
    }
  }

  /** Stores the outcome and the next move; returns how the run ends, or undefined to go on. */
  private async record(step: Step, outcome: StepOutcome<unknown>, action: NextAction): Promise<RunResult | undefined> {
    const trace = {
      step,
      status: outcome.status,
      calls: outcome.calls,
      ...(outcome.status === 'failed' ? { error: storedError(outcome.error) } : {}),
    };
    const s = { ...this.state };
    // The platform clearly refused the publish call (rate limit, expired token, a refusal): nothing went out.
    if (step === 'publish' && outcome.status === 'failed' && outcome.error.kind !== 'unknown_after_publish') delete s.publishSentAt;
    if (outcome.status === 'done') {
      if (step === 'prepare') Object.assign(s, { prepared: (outcome.value as { state: JsonObject }).state, pending: undefined });
      if (step === 'publish') Object.assign(s, { published: outcome.value, pending: undefined });
      // Reconcile proved the post absent: publishing again is safe, and a new publishSentAt will be written.
      if (step === 'reconcile' && outcome.value === null) Object.assign(s, { publishSentAt: undefined, pending: undefined });
    }
    const error = outcome.status === 'failed' ? storedError(outcome.error) : null;
    this.state = s;
    switch (action.action) {
      case 'done': {
        const c = action.confirmed;
        await this.save({ externalId: c.externalId, permalink: c.permalink, terbitAt: new Date(), error: null, percobaan: 0 }, 'terbit', trace, {
          ...(c.warnings?.length ? { warnings: c.warnings } : {}),
          ...(c.extraIds?.length ? { extraIds: c.extraIds } : {}),
        });
        return 'finished';
      }
      case 'run': {
        const sameStep = action.step === step;
        const failedAgain = sameStep && outcome.status === 'failed';
        if (failedAgain && this.row.percobaan + 1 >= this.maxTries) {
          await this.save({}, undefined, trace);
          return this.stop(outcome.status === 'failed' ? outcome.error : { kind: 'server_error', code: 'too_many_tries', detail: '' });
        }
        if (action.state) s.pending = action.state;
        else if (!sameStep) s.pending = undefined;
        // An expired container is gone: prepare starts afresh, once per kiriman.
        if (action.step === 'prepare' && step !== 'prepare') {
          if (s.reprepared && outcome.status === 'failed') {
            await this.save({}, undefined, trace);
            return this.stop(outcome.error);
          }
          Object.assign(s, { prepared: undefined, pending: undefined, reprepared: 1 });
        }
        // A first run that goes straight on stays `antri` (its lease shows it running); a wait or a retry makes it `berjalan`.
        const straightOn = this.row.status === 'antri' && outcome.status !== 'failed' && action.afterSec <= this.inlineWaitSec;
        const status: StatusKiriman = action.step === 'reconcile' ? 'belum_pasti' : straightOn ? 'antri' : 'berjalan';
        await this.save({ tahap: action.step, percobaan: failedAgain ? this.row.percobaan + 1 : 0, error }, status, trace);
        return undefined;
      }
      case 'refresh_token':
        await this.save({ error }, undefined, trace);
        return undefined;
      case 'reconnect':
        await this.save({}, undefined, trace);
        return this.stop((outcome as { error: ClassifiedError }).error);
      default:
        await this.save({}, undefined, trace);
        return this.stop((outcome as { error: ClassifiedError }).error);
    }
  }

  /**
   * Fresh credentials through the accounts module's one refresh path (`refusedToken`: the token the
   * platform just refused). A refresh elsewhere is waited for and its token used; the trace keeps
   * the calls this process made. A refusal means the account must be connected again.
   */
  private async refresh(refusedToken?: string): Promise<AccountCredentials | RunResult> {
    const result = await refreshForPublisher(this.services, this.row.akunId, refusedToken, this.options.timeoutMs);
    const failed = 'code' in result ? { error: { kind: result.status === 'needs_reconnect' ? 'token_revoked' : 'server_error', code: result.code } } : {};
    await this.save({}, undefined, { step: 'refresh_token', status: 'code' in result ? 'failed' : 'done', calls: result.calls ?? [], ...failed });
    if (!('code' in result)) return result.credentials;
    if (result.status === 'retry_later') return this.later(result.retryAfterSec ?? 60);
    return this.stop({ kind: 'token_revoked', code: result.code, detail: 'the token could not be refreshed' });
  }

  /**
   * The row stops and waits for a person. A dead token marks the account. When a publish call's
   * answer is still unknown the row keeps `tahap = reconcile`, so a retry reconciles first.
   */
  private async stop(error: ClassifiedError): Promise<RunResult> {
    if (error.kind === 'token_revoked') await markNeedsReconnect(this.services, this.row.akunId, error.code);
    const unknown = !!this.state.publishSentAt && !this.state.published;
    const tahap = unknown ? 'reconcile' : this.row.tahap;
    await this.save({ tahap, error: storedError(error) }, 'gagal');
    return 'finished';
  }

  private async later(afterSec: number, patch: Record<string, unknown> = {}, to?: StatusKiriman, trace?: Record<string, unknown>): Promise<RunResult> {
    const at = new Date(Date.now() + afterSec * 1000);
    await this.save({ ...patch, dijadwalkan: at }, to ?? (this.row.status === 'antri' ? 'berjalan' : undefined), trace);
    await this.options.later?.(this.row.id, at);
    return 'waiting';
  }

  private async save(patch: Record<string, unknown>, to?: StatusKiriman, trace?: Record<string, unknown>, extra: Partial<KirimanState> = {}, callOut = false) {
    if (Object.keys(extra).length) this.state = { ...this.state, ...extra };
    const clean = Object.fromEntries(Object.entries(this.state).filter(([, v]) => v !== undefined)) as KirimanState;
    const langkah = trace ? [...this.row.langkah, { ...trace, at: new Date().toISOString() }].slice(-LANGKAH_KEPT) : this.row.langkah;
    await this.lease.write({ ...patch, state: sealState(this.services, clean), langkah }, to, { callOut });
  }
}
