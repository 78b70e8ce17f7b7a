import { describe, expect, it } from 'vitest';
import type { ClassifiedError, StepOutcome } from './adapter.ts';
import { nextAction } from './next-step.ts';
import { backoffSec, deleteBackoff, publishBackoff } from './next-step-backoff.ts';

const failed = (error: Partial<ClassifiedError> & Pick<ClassifiedError, 'kind'>, state?: Record<string, string[]>): StepOutcome<unknown> => ({
  status: 'failed',
  error: { code: 'c', detail: '', ...error },
  calls: [],
  ...(state ? { state } : {}),
});

describe('nextAction', () => {
  it('walks prepare → publish → confirm → done', () => {
    expect(nextAction('prepare', { status: 'done', value: { state: {} }, calls: [] })).toEqual({ action: 'run', step: 'publish', afterSec: 0 });
    expect(nextAction('publish', { status: 'done', value: { externalId: '1', state: {} }, calls: [] })).toEqual({
      action: 'run',
      step: 'confirm',
      afterSec: 0,
    });
    expect(nextAction('confirm', { status: 'done', value: { externalId: '1', permalink: 'p' }, calls: [] })).toEqual({
      action: 'done',
      confirmed: { externalId: '1', permalink: 'p' },
    });
  });
  it('a lost publish answer goes to reconcile, never to publish', () => {
    expect(nextAction('publish', failed({ kind: 'unknown_after_publish' }, { postedIds: ['1'] }))).toEqual({
      action: 'run',
      step: 'reconcile',
      afterSec: 0,
      state: { postedIds: ['1'] },
    });
  });
  it('reconcile: nothing found → publish; found → done; part of a thread → publish with it', () => {
    expect(nextAction('reconcile', { status: 'done', value: null, calls: [] })).toEqual({ action: 'run', step: 'publish', afterSec: 0 });
    expect(nextAction('reconcile', { status: 'done', value: { externalId: '9', permalink: null }, calls: [] })).toMatchObject({ action: 'done' });
    expect(nextAction('reconcile', failed({ kind: 'server_error', code: 'x_thread_incomplete' }, { postedIds: ['1'] }))).toEqual({
      action: 'run',
      step: 'publish',
      afterSec: 0,
      state: { postedIds: ['1'] },
    });
  });
  it('waits as the platform says, refreshes, reconnects, gives up', () => {
    expect(nextAction('publish', failed({ kind: 'rate_limited', retryAfterSec: 420 }))).toEqual({ action: 'run', step: 'publish', afterSec: 420 });
    expect(nextAction('prepare', { status: 'pending', state: { a: 'b' }, checkAfterSec: 30, calls: [] })).toEqual({
      action: 'run',
      step: 'prepare',
      afterSec: 30,
      state: { a: 'b' },
    });
    expect(nextAction('publish', failed({ kind: 'token_expired' }))).toEqual({ action: 'refresh_token', step: 'publish' });
    expect(nextAction('prepare', failed({ kind: 'token_revoked', code: 'meta_190_458' }))).toEqual({ action: 'reconnect', code: 'meta_190_458' });
    expect(nextAction('publish', failed({ kind: 'permanent', code: 'x_duplicate' }))).toEqual({ action: 'give_up', code: 'x_duplicate' });
  });
  it('server errors back off 30, 60, 120 s … capped at 3600 s; deletes 5, 10, 20 s … capped at 600 s', () => {
    expect([0, 1, 2, 7, 20].map((n) => backoffSec(publishBackoff, n))).toEqual([30, 60, 120, 3600, 3600]);
    expect([0, 1, 2, 6, 7, 20].map((n) => backoffSec(deleteBackoff, n))).toEqual([5, 10, 20, 320, 600, 600]);
    expect(nextAction('prepare', failed({ kind: 'server_error' }), 2)).toEqual({ action: 'run', step: 'prepare', afterSec: 120 });
  });
  it('an expired Instagram container is prepared afresh once, then given up', () => {
    expect(nextAction('prepare', failed({ kind: 'permanent', code: 'ig_container_expired' }))).toEqual({ action: 'run', step: 'prepare', afterSec: 0 });
    expect(nextAction('prepare', failed({ kind: 'permanent', code: 'ig_container_expired' }), 1)).toEqual({ action: 'give_up', code: 'ig_container_expired' });
  });
});
