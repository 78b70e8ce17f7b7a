import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { outbox } from '../mail/schema.ts';
import { authTokens, users } from './schema.ts';
import { MAX_FAILED_LOGINS } from './sign-in.ts';

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

describe('lockout', () => {
  it(`locks the account after ${MAX_FAILED_LOGINS} wrong passwords, even for the right one, and an admin can unlock`, async () => {
    const client = new TestClient(w.app);
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) expect((await client.signIn(f.outsider.email, 'salah-salah-salah')).status).toBe(401);
    const locked = await client.signIn(f.outsider.email, PASSWORD);
    expect(locked.status).toBe(423);
    expect(locked.body.message).toMatch(/dikunci sementara/);

    const admin = new TestClient(w.app);
    await admin.signIn(f.admin.email, PASSWORD);
    const unlock = await admin.patch(`/api/users/${f.outsider.id}`, { unlock: true });
    expect(unlock.status).toBe(200);
    expect((await client.signIn(f.outsider.email, PASSWORD)).status).toBe(200);
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
