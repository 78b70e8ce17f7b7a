import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sosialAkun } from '../schema.ts';
import { startAkunWarta, throughPlatform } from './akun-test-setup.ts';
import { adapterForAccount } from './open-credentials.ts';
import { refreshDueTokens } from './refresh-job.ts';
import { refreshAkunToken } from './refresh-token.ts';
import { akunWarning } from './warnings.ts';

let t: Awaited<ReturnType<typeof startAkunWarta>>;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await startAkunWarta();
  const medsos = await t.as(t.medsos);
  for (const platform of ['x', 'youtube'] as const) {
    const start = await medsos.post('/api/sosial/akun/sambung', { unitId: t.f.unitA.id, platform });
    ids[platform] = (await throughPlatform(medsos, start.body.authorizeUrl)).landed.searchParams.get('terhubung')!;
  }
});
afterAll(async () => {
  await t?.stop();
});

const row = async (id: string) => (await t.w.services.db.select().from(sosialAkun).where(eq(sosialAkun.id, id)))[0]!;
const tokenCalls = () => t.fakes.fakes.x.server.log.filter((l) => l.route === 'oauth.token').length;

describe('token refresh', () => {
  it('gives the publisher a working adapter and the opened credentials of an account', async () => {
    const { adapter, credentials, akun } = await adapterForAccount(t.w.services, ids.x!);
    expect(adapter.platform).toBe('x');
    expect(akun.simulasi).toBe(true);
    expect(t.fakes.fakes.x.server.tokens.get(credentials.accessToken)?.state).toBe('valid');
  });

  it('refreshes once when two callers ask at the same time (X rotates refresh tokens)', async () => {
    const before = tokenCalls();
    const [a, b] = await Promise.all([refreshAkunToken(t.w.services, ids.x!, { force: true }), refreshAkunToken(t.w.services, ids.x!, { force: true })]);
    expect(tokenCalls() - before).toBe(1);
    expect([a.status, b.status].sort()).toEqual(['not_needed', 'refreshed']);
    const opened = await adapterForAccount(t.w.services, ids.x!);
    expect(t.fakes.fakes.x.server.tokens.get(opened.credentials.accessToken)?.state).toBe('valid');
    expect((await row(ids.x!)).status).toBe('terhubung');
  });

  it('the job refreshes tokens inside their platform’s margin and leaves the others', async () => {
    const db = t.w.services.db;
    await db
      .update(sosialAkun)
      .set({ tokenExpiresAt: new Date(Date.now() + 5 * 60_000) })
      .where(eq(sosialAkun.id, ids.youtube!));
    const xExpiry = (await row(ids.x!)).tokenExpiresAt!;
    const counts = await refreshDueTokens(t.w.services);
    expect(counts.refreshed).toBe(1);
    expect((await row(ids.youtube!)).tokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect((await row(ids.x!)).tokenExpiresAt!.getTime()).toBe(xExpiry.getTime());
  });

  it('a revoked refresh marks the account for reconnecting and warns the unit’s admin, not others', async () => {
    const { credentials } = await adapterForAccount(t.w.services, ids.x!);
    // The person removed the app at X: the refresh token no longer works.
    for (const record of t.fakes.fakes.x.server.tokens.values()) if (record.refreshToken === credentials.refreshToken) record.state = 'revoked';
    const result = await refreshAkunToken(t.w.services, ids.x!, { force: true });
    expect(result).toMatchObject({ status: 'needs_reconnect', code: 'x_oauth_invalid' });
    expect(await row(ids.x!)).toMatchObject({ status: 'perlu_sambung_ulang', lastErrorCode: 'x_oauth_invalid' });
    expect(await t.audits('sosial_akun.perlu_sambung_ulang', ids.x!)).toHaveLength(1);
    await expect(adapterForAccount(t.w.services, ids.x!)).rejects.toMatchObject({ code: 'conflict' });

    expect((await (await t.as()).get('/api/sosial/akun/peringatan')).status).toBe(401);
    const warned = await (await t.as(t.medsos)).get('/api/sosial/akun/peringatan');
    expect(warned.status).toBe(200);
    expect(warned.body.items).toEqual([expect.objectContaining({ akunId: ids.x, peringatan: 'perlu_sambung_ulang', platform: 'x' })]);
    expect((await (await t.as('penulis-a@uji.test')).get('/api/sosial/akun/peringatan')).body.items).toEqual([]);
  });

  it('warns ahead of expiry once refreshing has failed for half the margin', () => {
    const now = new Date('2026-12-07T00:00:00Z');
    const at = (ms: number) => new Date(now.getTime() + ms);
    const base = { status: 'terhubung', mode: 'api', platform: 'instagram' };
    expect(akunWarning({ ...base, tokenExpiresAt: at(8 * 86_400_000) }, now)).toBeNull();
    expect(akunWarning({ ...base, tokenExpiresAt: at(4 * 86_400_000) }, now)).toBe('segera_kedaluwarsa');
    expect(akunWarning({ ...base, platform: 'x', tokenExpiresAt: at(20 * 60_000) }, now)).toBeNull();
    expect(akunWarning({ ...base, platform: 'x', tokenExpiresAt: at(10 * 60_000) }, now)).toBe('segera_kedaluwarsa');
    expect(akunWarning({ ...base, platform: 'facebook', tokenExpiresAt: null }, now)).toBeNull();
    expect(akunWarning({ ...base, mode: 'manual', tokenExpiresAt: null }, now)).toBeNull();
    expect(akunWarning({ ...base, status: 'terputus', tokenExpiresAt: at(0) }, now)).toBeNull();
  });
});
