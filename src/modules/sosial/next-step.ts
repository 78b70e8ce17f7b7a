import type { Confirmed, JsonObject, StepOutcome } from './adapter.ts';
import { backoffSec, publishBackoff } from './next-step-backoff.ts';

export type Step = 'prepare' | 'publish' | 'confirm' | 'reconcile';

/** What the publishing job does after a step; the rules of the adapter interface in one place. */
export type NextAction =
  | { action: 'run'; step: Step; afterSec: number; state?: JsonObject }
  | { action: 'refresh_token'; step: Step }
  | { action: 'done'; confirmed: Confirmed }
  | { action: 'reconnect'; code: string }
  | { action: 'give_up'; code: string };

/**
 * Decides the next action from a step's outcome. The one rule that matters most: after a publish
 * whose outcome is unknown, the next step is `reconcile`, never `publish`; `publish` runs again
 * only when the platform clearly refused (rate limit, expired token) or reconcile found nothing.
 */
export function nextAction(step: Step, outcome: StepOutcome<unknown>, tries = 0): NextAction {
  if (outcome.status === 'pending') return { action: 'run', step, afterSec: outcome.checkAfterSec, state: outcome.state };
  if (outcome.status === 'done') {
    if (step === 'prepare') return { action: 'run', step: 'publish', afterSec: 0 };
    if (step === 'publish') return { action: 'run', step: 'confirm', afterSec: 0 };
    if (outcome.value === null) return { action: 'run', step: 'publish', afterSec: 0 };
    return { action: 'done', confirmed: outcome.value as Confirmed };
  }
  const { kind, code, retryAfterSec } = outcome.error;
  const state = outcome.state;
  switch (kind) {
    case 'rate_limited':
      return { action: 'run', step, afterSec: retryAfterSec ?? 60, ...(state ? { state } : {}) };
    case 'token_expired':
      return { action: 'refresh_token', step };
    case 'token_revoked':
      return { action: 'reconnect', code };
    case 'unknown_after_publish':
      return { action: 'run', step: 'reconcile', afterSec: 0, ...(state ? { state } : {}) };
    case 'server_error':
      // Reconcile found part of an X thread: publish continues from what is already out.
      if (step === 'reconcile' && state) return { action: 'run', step: 'publish', afterSec: 0, state };
      return { action: 'run', step, afterSec: backoffSec(publishBackoff, tries), ...(state ? { state } : {}) };
    default:
      // An expired Instagram container is gone; preparing afresh (no old state) is safe.
      if (code === 'ig_container_expired' && tries === 0) return { action: 'run', step: 'prepare', afterSec: 0 };
      return { action: 'give_up', code };
  }
}
