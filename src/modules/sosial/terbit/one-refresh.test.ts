import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../../test/fixtures.ts';
import type { TestWarta } from '../../../test/harness.ts';
import { auditLog } from '../../audit/schema.ts';
import { refreshDueTokens } from '../akun/refresh-job.ts';
import { refreshAkunToken } from '../akun/refresh-token.ts';
import type { RunningFakes } from '../fakes/start-fakes.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun, sosialKiriman } from '../schema.ts';
import { runKiriman } from './run-kiriman.ts';
import { addKiriman, approvedItem } from './test-fixture.ts';
import { type PublishingWorld, startPublishingWorld } from './test-world.ts';

// The publisher refreshes through the accounts module's one path (its lease), so a refresh that
// meets another (the refresh job, a second publisher) waits for it and uses its token. The fake X
// rotates refresh tokens: a second refresh with the old one would be refused and kill the connection.

let w: TestWarta;
let f: Fixture;
let fakes: RunningFakes;
let akun: Record<Platform, string>;
let m: { foto: string; video: string };
let world: PublishingWorld;
let serial = 900;

beforeAll(async () => {
  world = await startPublishingWorld();
  ({ w, f, fakes, akun, m } = world);
}, 60_000);
afterAll(async () => {
  await world?.stop();
});

const opts = { timeoutMs: 10_000, inlineWaitSec: 3 };
const x = () => fakes.fakes.x.server;
const tokenCalls = () => x().calls('oauth.token');
const rowOf = async (id: string) => (await w.services.db.select().from(sosialKiriman).where(eq(sosialKiriman.id, id)))[0]!;
const xAccount = async () => (await w.services.db.select().from(sosialAkun).where(eq(sosialAkun.id, akun.x)))[0]!;
const storedToken = async () => JSON.parse(w.services.secrets.open((await xAccount()).credentialsSealed!)).accessToken as string;
const postsWith = (marker: string) => [...fakes.fakes.x.tweets.values()].filter((t) => t.text.includes(marker)).length;

async function xKiriman() {
  const n = ++serial;
  const row = await addKiriman(w, f, await approvedItem(w, f, `Item ${n}`), akun.x, 'x', m, n);
  return { id: row.id, marker: `nomor ${n} dari` };
}

/** The account is alive: connected, its stored token works at X, and nobody marked it dead. */
async function expectAlive() {
  expect(await xAccount()).toMatchObject({ status: 'terhubung', lastErrorCode: null, refreshLeaseUntil: null });
  expect(x().tokens.get(await storedToken())?.state).toBe('valid');
  const dead = await w.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'sosial_akun.perlu_sambung_ulang'), eq(auditLog.entityId, akun.x)));
  expect(dead).toEqual([]);
}

describe('one token refresh for the publisher and the refresh job', () => {
  it('two publishers meeting an expired X token: one refresh call, both publish with the new token', async () => {
    const [a, b] = [await xKiriman(), await xKiriman()];
    const old = await storedToken();
    x().setTokenState(old, 'expired');
    const before = tokenCalls();
    expect(await Promise.all([runKiriman(w.services, a.id, opts), runKiriman(w.services, b.id, opts)])).toEqual(['finished', 'finished']);
    expect(tokenCalls() - before).toBe(1);
    for (const k of [a, b]) {
      expect(await rowOf(k.id)).toMatchObject({ status: 'terbit', error: null });
      expect(postsWith(k.marker)).toBe(1);
    }
    expect(await storedToken()).not.toBe(old);
    // Both tried the new token: the one that refreshed and the one that waited for it.
    const traces = [...(await rowOf(a.id)).langkah, ...(await rowOf(b.id)).langkah].filter((l) => l.step === 'refresh_token');
    expect(traces.length).toBeGreaterThanOrEqual(1);
    expect(traces.every((l) => l.status === 'done')).toBe(true);
    expect(traces.flatMap((l) => (l.calls as unknown[]) ?? [])).toHaveLength(1);
    await expectAlive();
  });

  it('the refresh job and a publisher at once: one refresh call, the publisher uses the job’s token', async () => {
    const k = await xKiriman();
    const old = await storedToken();
    // Inside X's 30-minute refresh margin, and refused by X as expired.
    await w.services.db
      .update(sosialAkun)
      .set({ tokenExpiresAt: new Date(Date.now() + 5 * 60_000) })
      .where(eq(sosialAkun.id, akun.x));
    x().setTokenState(old, 'expired');
    const before = tokenCalls();
    const [counts, result] = await Promise.all([refreshDueTokens(w.services), runKiriman(w.services, k.id, opts)]);
    expect(result).toBe('finished');
    expect(tokenCalls() - before).toBe(1);
    expect(counts.needs_reconnect).toBe(0);
    expect(await rowOf(k.id)).toMatchObject({ status: 'terbit' });
    expect(postsWith(k.marker)).toBe(1);
    expect((await xAccount()).tokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 60 * 60_000);
    await expectAlive();
    // The job running again finds nothing to do: the expiry it selected by has moved.
    expect(await refreshDueTokens(w.services)).toMatchObject({ refreshed: 0 });
    expect(tokenCalls() - before).toBe(1);
  });

  it('a refresh for a token that is no longer the stored one calls nothing and answers the stored one', async () => {
    const old = await storedToken();
    const before = tokenCalls();
    x().setTokenState(old, 'expired');
    const first = await refreshAkunToken(w.services, akun.x, { refusedToken: old });
    expect(first).toMatchObject({ status: 'refreshed' });
    // A second publisher refused with the same old token: another process has refreshed meanwhile.
    const second = await refreshAkunToken(w.services, akun.x, { refusedToken: old });
    expect(second).toMatchObject({ status: 'not_needed', credentials: { accessToken: await storedToken() } });
    expect(tokenCalls() - before).toBe(1);
    await expectAlive();
  });

  it('a revoked refresh token: the publisher stops, the account is marked once and its row fails in words', async () => {
    const k = await xKiriman();
    const old = await storedToken();
    // The person removed Warta at X: the token and its refresh token no longer work (X answers 401 alike).
    expect(x().tokens.get(old)?.refreshToken).toBeTruthy();
    for (const record of x().tokens.values()) if (record.refreshToken) record.state = 'revoked';
    try {
      expect(await runKiriman(w.services, k.id, opts)).toBe('finished');
      expect(await rowOf(k.id)).toMatchObject({ status: 'gagal', error: { kind: 'token_revoked' } });
      expect((await xAccount()).status).toBe('perlu_sambung_ulang');
      expect(postsWith(k.marker)).toBe(0);
    } finally {
      await w.services.db.update(sosialAkun).set({ status: 'terhubung', lastErrorCode: null }).where(eq(sosialAkun.id, akun.x));
    }
  });
});
