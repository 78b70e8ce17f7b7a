import * as argon2 from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { outbox } from '../mail/schema.ts';
import { backoffSeconds } from './backoff.ts';
import { hashPassword } from './password.ts';
import { RESET_MAILS_PER_HOUR, requestPasswordReset } from './password-reset.ts';
import { authTokens, users } from './schema.ts';
import { ACCOUNT_ADDRESS_BACKOFF, ADDRESS_BACKOFF, signIn } from './sign-in.ts';

// Counts argon2 verifications, to show that every failed sign-in costs the same one.
vi.mock('@node-rs/argon2', async (original) => {
  const real = await original<typeof import('@node-rs/argon2')>();
  return { ...real, verify: vi.fn(real.verify) };
});

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

/** The link a held mail carries, as the person would click it. */
async function linkFromLatestMail(to: string): Promise<string> {
  const mails = await w.services.db.select().from(outbox).where(eq(outbox.toAddress, to));
  const last = mails.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).at(-1);
  const token = last?.text.match(/token=([\w-]+)/)?.[1];
  if (!token) throw new Error(`no link mailed to ${to}`);
  return token;
}

/** Makes the last failure "just now", so a 1-second wait has not run out on a slow machine. */
const failedJustNow = () => w.services.db.execute(sql`update rate_limits set window_start = now() where key like 'backoff:%'`);
const forgetFailures = () => w.services.db.execute(sql`delete from rate_limits where key like 'backoff:%'`);

describe('failed sign-ins slow down, never lock', () => {
  it('answers an unknown account, a disabled one and a wrong password alike: 401, same body, one argon2 verification each', async () => {
    await forgetFailures();
    await w.services.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, f.headA.id));
    const client = new TestClient(w.app);
    const attempts: Array<[string, string]> = [
      [f.outsider.email, 'salah-salah-salah'],
      ['tidak-ada@uji.test', 'salah-salah-salah'],
      [f.headA.email, PASSWORD],
    ];
    for (const [email, password] of attempts) {
      const before = vi.mocked(argon2.verify).mock.calls.length;
      const res = await client.signIn(email, password);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ code: 'unauthenticated', field: 'password', message: 'E-mail atau kata sandi salah.' });
      // The work that takes the time is the same: exactly one argon2 verification, a dummy hash when there is no account.
      expect(vi.mocked(argon2.verify).mock.calls.length - before).toBe(1);
    }
    await w.services.db.update(users).set({ disabledAt: null }).where(eq(users.id, f.headA.id));
  });

  it('after three failures of one account from one address asks to wait (429, Retry-After), the same for an unknown account', async () => {
    await forgetFailures();
    const client = new TestClient(w.app);
    for (const email of [f.outsider.email, 'tidak-ada@uji.test']) {
      for (let i = 0; i < ACCOUNT_ADDRESS_BACKOFF.free; i++) expect((await client.signIn(email, 'salah-salah-salah')).status).toBe(401);
      await failedJustNow();
      const slowed = await client.signIn(email, PASSWORD);
      expect(slowed.status).toBe(429);
      expect(slowed.headers.get('retry-after')).toBe('1');
      expect(slowed.body).toMatchObject({ code: 'rate_limited', message: 'Terlalu banyak percobaan yang gagal. Coba lagi dalam 1 detik.' });
    }
    client.lang = 'en';
    await failedJustNow();
    expect((await client.signIn(f.outsider.email, PASSWORD)).body.message).toBe('Too many failed attempts. Try again in 1 second.');
  });

  it('lets the owner in once the short wait is over, and forgets the failures then', async () => {
    await forgetFailures();
    const client = new TestClient(w.app);
    for (let i = 0; i < ACCOUNT_ADDRESS_BACKOFF.free + 1; i++) await client.signIn(f.outsider.email, 'salah-salah-salah');
    // Four failures: the next try waits 2 s. Move the last failure back instead of sleeping.
    await w.services.db.execute(sql`update rate_limits set window_start = now() - interval '3 seconds' where key like 'backoff:sign-in:%'`);
    expect((await client.signIn(f.outsider.email, PASSWORD)).status).toBe(200);
    const left = await w.services.db.execute(
      sql`select count from rate_limits where key like 'backoff:sign-in:%' and key not like 'backoff:sign-in-address:%'`,
    );
    expect((left as unknown as { rows: unknown[] }).rows).toEqual([]);
  });

  it('doubles the wait with each further failure up to 15 minutes', () => {
    const waits = [3, 4, 5, 6, 12, 13, 40].map((n) => backoffSeconds(ACCOUNT_ADDRESS_BACKOFF, n));
    expect(waits).toEqual([1, 2, 4, 8, 512, 900, 900]);
    expect([9, 10, 11].map((n) => backoffSeconds(ADDRESS_BACKOFF, n))).toEqual([0, 1, 2]);
  });

  it('a stranger failing from another address does not slow the owner; one address failing across accounts is slowed', async () => {
    await forgetFailures();
    const stranger = '198.51.100.7';
    for (let i = 0; i < 20; i++) await signIn(w.services, { email: f.outsider.email, password: 'salah-salah-salah' }, stranger).catch(() => {});
    await expect(signIn(w.services, { email: f.outsider.email, password: PASSWORD }, stranger)).rejects.toMatchObject({ code: 'rate_limited' });
    expect((await signIn(w.services, { email: f.outsider.email, password: PASSWORD }, '203.0.113.9')).token).toBeTruthy();

    await forgetFailures();
    const sprayer = '198.51.100.8';
    for (let i = 0; i < ADDRESS_BACKOFF.free; i++) {
      await expect(signIn(w.services, { email: `orang-${i}@uji.test`, password: 'salah-salah-salah' }, sprayer)).rejects.toMatchObject({
        code: 'unauthenticated',
      });
    }
    await failedJustNow();
    await expect(signIn(w.services, { email: f.writerA.email, password: PASSWORD }, sprayer)).rejects.toMatchObject({
      code: 'rate_limited',
      params: { seconds: 1 },
    });
    expect((await signIn(w.services, { email: f.writerA.email, password: PASSWORD }, '203.0.113.10')).token).toBeTruthy();
    await forgetFailures();
  });
});

describe('password reset by e-mailed link', () => {
  it('answers the same for unknown addresses and mails nothing', async () => {
    const res = await new TestClient(w.app).post('/api/auth/password/forgot', { email: 'tidak-ada@uji.test' });
    expect(res.status).toBe(200);
    expect(await w.services.db.select().from(outbox).where(eq(outbox.toAddress, 'tidak-ada@uji.test'))).toHaveLength(0);
  });

  it('sets a new password once; the link cannot be reused; old sessions end', async () => {
    const old = new TestClient(w.app);
    await old.signIn(f.writerA.email, PASSWORD);
    await new TestClient(w.app).post('/api/auth/password/forgot', { email: f.writerA.email });
    const token = await linkFromLatestMail(f.writerA.email);
    const anon = new TestClient(w.app);
    const short = await anon.post('/api/auth/password/reset', { token, password: 'pendek' });
    expect(short.status).toBe(400);
    expect(short.body.field).toBe('password');
    expect((await anon.post('/api/auth/password/reset', { token, password: 'kata-sandi-baru-1' })).status).toBe(200);
    expect((await anon.post('/api/auth/password/reset', { token, password: 'kata-sandi-baru-2' })).status).toBe(400);
    expect((await old.get('/api/auth/me')).status).toBe(401);
    expect((await anon.signIn(f.writerA.email, 'kata-sandi-baru-1')).status).toBe(200);
  });

  it('answers a known and an unknown address identically', async () => {
    const known = await new TestClient(w.app).post('/api/auth/password/forgot', { email: f.outsider.email });
    const unknown = await new TestClient(w.app).post('/api/auth/password/forgot', { email: 'tidak-ada-2@uji.test' });
    expect([known.status, known.text]).toEqual([unknown.status, unknown.text]);
  });

  it('a stranger asking again and again neither spoils the owner’s link nor floods the mailbox', async () => {
    const email = 'pemilik@uji.test';
    await w.services.db.insert(users).values({ tenantId: f.tenant.id, email, displayName: 'Pemilik Akun', passwordHash: await hashPassword(PASSWORD) });
    await requestPasswordReset(w.services, email);
    const ownersLink = await linkFromLatestMail(email);
    for (let i = 0; i < 6; i++) await requestPasswordReset(w.services, email);
    const mails = await w.services.db.select().from(outbox).where(eq(outbox.toAddress, email));
    expect(mails).toHaveLength(RESET_MAILS_PER_HOUR);
    expect((await new TestClient(w.app).post('/api/auth/password/reset', { token: ownersLink, password: 'kata-sandi-pemilik-1' })).status).toBe(200);
    // Using one link retires the others that were sent.
    const others = mails.map((m) => m.text.match(/token=([\w-]+)/)?.[1]).filter((t) => t && t !== ownersLink);
    expect(others).toHaveLength(RESET_MAILS_PER_HOUR - 1);
    for (const token of others)
      expect((await new TestClient(w.app).post('/api/auth/password/reset', { token, password: 'kata-sandi-lain-12' })).status).toBe(400);
  });

  it('refuses an expired link', async () => {
    await new TestClient(w.app).post('/api/auth/password/forgot', { email: f.headA.email });
    const token = await linkFromLatestMail(f.headA.email);
    await w.services.db
      .update(authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(authTokens.userId, f.headA.id));
    const res = await new TestClient(w.app).post('/api/auth/password/reset', { token, password: 'kata-sandi-baru-3' });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('token');
  });
});

describe('accounts and invitations', () => {
  it('GET /api/users: 401 without session, 403 for non-admins, 200 for admins without secrets', async () => {
    expect((await new TestClient(w.app).get('/api/users')).status).toBe(401);
    const writer = new TestClient(w.app);
    await writer.signIn(f.outsider.email, PASSWORD);
    expect((await writer.get('/api/users')).status).toBe(403);
    const admin = new TestClient(w.app);
    await admin.signIn(f.admin.email, PASSWORD);
    const list = await admin.get('/api/users');
    expect(list.status).toBe(200);
    expect(list.text).not.toMatch(/argon2|passwordHash|totpSecret/);
  });

  it('invites by e-mail; the invitee chooses a password from the link and signs in', async () => {
    const admin = new TestClient(w.app);
    await admin.signIn(f.admin.email, PASSWORD);
    const bad = await admin.post('/api/users', { email: 'bukan', displayName: 'X Y' });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('email');
    const created = await admin.post('/api/users', { email: 'Baru@Uji.test', displayName: 'Orang Baru' });
    expect(created.status).toBe(201);
    expect((await admin.post('/api/users', { email: 'baru@uji.test', displayName: 'Orang Baru' })).status).toBe(409);
    const token = await linkFromLatestMail('baru@uji.test');
    const invitee = new TestClient(w.app);
    expect((await invitee.signIn('baru@uji.test', 'apa-saja-123')).status).toBe(401);
    expect((await invitee.post('/api/auth/invitation/accept', { token, password: 'undangan-diterima-1' })).status).toBe(200);
    expect((await invitee.signIn('baru@uji.test', 'undangan-diterima-1')).status).toBe(200);
  });

  it('an admin cannot disable themselves; disabling another ends their sessions', async () => {
    const admin = new TestClient(w.app);
    await admin.signIn(f.admin.email, PASSWORD);
    const self = await admin.patch(`/api/users/${f.admin.id}`, { disabled: true });
    expect(self.status).toBe(400);
    expect(self.body.field).toBe('disabled');
    const victim = new TestClient(w.app);
    const [row] = await w.services.db.select().from(users).where(eq(users.email, 'baru@uji.test'));
    await victim.signIn('baru@uji.test', 'undangan-diterima-1');
    expect((await admin.patch(`/api/users/${row!.id}`, { disabled: true })).status).toBe(200);
    expect((await victim.get('/api/auth/me')).status).toBe(401);
  });
});
