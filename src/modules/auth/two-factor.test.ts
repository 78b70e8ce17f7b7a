import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { tenants } from '../org/schema.ts';
import { users } from './schema.ts';
import { totpCode, totpStep } from './totp.ts';
import { TOTP_BACKOFF } from './verify-second-factor.ts';

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

/** Turns 2FA on for the client's account; returns the secret and the code used to confirm. */
async function enable(client: TestClient) {
  const setup = await client.post('/api/auth/totp/setup');
  expect(setup.status).toBe(200);
  expect(setup.body.qrSvg).toContain('<svg');
  expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\//);
  const usedCode = totpCode(setup.body.secret, totpStep());
  const confirm = await client.post('/api/auth/totp/confirm', { code: usedCode });
  expect(confirm.status).toBe(200);
  return { secret: setup.body.secret as string, usedCode };
}

describe('two-step sign-in (TOTP)', () => {
  it('setup needs a session (401) and a 6-digit code (400)', async () => {
    expect((await new TestClient(w.app).post('/api/auth/totp/setup')).status).toBe(401);
    const client = new TestClient(w.app);
    await client.signIn(f.writerA.email, PASSWORD);
    const setup = await client.post('/api/auth/totp/setup');
    const bad = await client.post('/api/auth/totp/confirm', { code: '12ab' });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('code');
    const valid = [-1, 0, 1].map((d) => totpCode(setup.body.secret, totpStep() + d));
    const wrongCode = ['000000', '111111', '222222', '333333'].find((c) => !valid.includes(c)) as string;
    const wrong = await client.post('/api/auth/totp/confirm', { code: wrongCode });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toBe('Kode autentikasi dua langkah salah atau sudah dipakai.');
    expect((await client.get('/api/auth/me')).body.user.totpEnabled).toBe(false);
  });

  it('after enabling, a password alone leaves the session pending until a fresh code is given', async () => {
    const first = new TestClient(w.app);
    await first.signIn(f.headA.email, PASSWORD);
    const { secret, usedCode } = await enable(first);

    const client = new TestClient(w.app);
    const signIn = await client.signIn(f.headA.email, PASSWORD);
    expect(signIn.body.mfaRequired).toBe(true);
    expect((await client.get('/api/users')).status).toBe(401);
    expect((await client.get('/api/auth/me')).body).toMatchObject({ mfaPending: true });

    // The code used to confirm set-up cannot be replayed; the next step's code works.
    const replay = await client.post('/api/auth/sign-in/totp', { code: usedCode });
    expect(replay.status).toBe(400);
    const ok = await client.post('/api/auth/sign-in/totp', { code: totpCode(secret, totpStep() + 1) });
    expect(ok.status).toBe(200);
    const me = await client.get('/api/auth/me');
    expect(me.body.user.totpEnabled).toBe(true);
    const rows = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, f.headA.id), eq(auditLog.action, 'auth.totp_enabled')));
    expect(rows).toHaveLength(1);
  });

  it('wrong codes slow further codes down (429, Retry-After) instead of locking; a right code then works', async () => {
    // The previous test used the next step's code; forget it so the current code counts.
    await w.services.db.update(users).set({ totpLastStep: null }).where(eq(users.id, f.headA.id));
    const client = new TestClient(w.app);
    expect((await client.signIn(f.headA.email, PASSWORD)).body.mfaRequired).toBe(true);
    const [row] = await w.services.db.select().from(users).where(eq(users.id, f.headA.id));
    const secret = w.services.secrets.open(row!.totpSecretSealed!);
    const near = new Set([-1, 0, 1, 2].map((d) => totpCode(secret, totpStep() + d)));
    const wrong = ['000000', '111111', '222222', '333333', '444444', '555555', '666666'].find((c) => !near.has(c))!;
    for (let i = 0; i < TOTP_BACKOFF.free; i++) expect((await client.post('/api/auth/sign-in/totp', { code: wrong })).status).toBe(400);
    // The last failure "just now", so the 1-second wait has not run out on a slow machine.
    await w.services.db.execute(sql`update rate_limits set window_start = now() where key = ${`backoff:totp:${f.headA.id}`}`);
    const slowed = await client.post('/api/auth/sign-in/totp', { code: totpCode(secret, totpStep()) });
    expect(slowed.status).toBe(429);
    expect(slowed.headers.get('retry-after')).toBe('1');
    await w.services.db.execute(sql`update rate_limits set window_start = now() - interval '2 seconds' where key = ${`backoff:totp:${f.headA.id}`}`);
    expect((await client.post('/api/auth/sign-in/totp', { code: totpCode(secret, totpStep()) })).status).toBe(200);
  });

  it('a tenant that requires 2FA of admins lets an admin without it only set it up', async () => {
    await w.services.db.update(tenants).set({ require2faForAdmins: true }).where(eq(tenants.id, f.tenant.id));
    const client = new TestClient(w.app);
    await client.signIn(f.admin.email, PASSWORD);
    const me = await client.get('/api/auth/me');
    expect(me.body.user.mustEnable2fa).toBe(true);
    const blocked = await client.get('/api/users');
    expect(blocked.status).toBe(403);
    expect(blocked.body.message).toMatch(/dua langkah/);
    await enable(client);
    expect((await client.get('/api/users')).status).toBe(200);
    const off = await client.post('/api/auth/totp/disable', { password: PASSWORD });
    expect(off.status).toBe(403);
    await w.services.db.update(tenants).set({ require2faForAdmins: false }).where(eq(tenants.id, f.tenant.id));
    const wrongPassword = await client.post('/api/auth/totp/disable', { password: 'salah-sekali' });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body.field).toBe('password');
    expect((await client.post('/api/auth/totp/disable', { password: PASSWORD })).status).toBe(200);
  });
});
