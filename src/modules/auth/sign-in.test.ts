import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_HOURS } from './resolve-session.ts';
import { sessions } from './schema.ts';

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

describe('sign-in', () => {
  it('answers 400 naming the field when the e-mail is malformed', async () => {
    const res = await new TestClient(w.app).post('/api/auth/sign-in', { email: 'bukan-email', password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid', field: 'email' });
  });

  it('refuses a wrong password with 401 in Indonesian, or English on request', async () => {
    const client = new TestClient(w.app);
    const id = await client.post('/api/auth/sign-in', { email: f.writerA.email, password: 'salah-salah' });
    expect(id.status).toBe(401);
    expect(id.body.message).toBe('E-mail atau kata sandi salah.');
    client.lang = 'en';
    const en = await client.post('/api/auth/sign-in', { email: f.writerA.email, password: 'salah-salah' });
    expect(en.body.message).toBe('Wrong e-mail or password.');
  });

  it('signs in, sets an HttpOnly cookie and returns who is signed in', async () => {
    const client = new TestClient(w.app);
    const res = await client.signIn(f.admin.email, PASSWORD);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/warta_session=.+; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax/);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: f.admin.email, isAdmin: true });
    expect(me.body.csrfToken).toBe(client.csrf);
  });

  it('refuses a write without the CSRF token', async () => {
    const client = new TestClient(w.app);
    await client.signIn(f.admin.email, PASSWORD);
    client.csrf = undefined;
    const res = await client.post('/api/auth/sign-out');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });
});

describe('session lifetime', () => {
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

  async function signedIn() {
    const client = new TestClient(w.app);
    await client.signIn(f.writerA.email, PASSWORD);
    const [row] = await w.services.db.select().from(sessions).orderBy(desc(sessions.createdAt)).limit(1);
    return { client, id: row!.id };
  }

  it('slides with use, but never past 12 hours after sign-in', async () => {
    const { client, id } = await signedIn();
    const createdAt = hoursAgo(11.5);
    await w.services.db
      .update(sessions)
      .set({ createdAt, lastSeenAt: hoursAgo(1), expiresAt: hoursAgo(-11) })
      .where(eq(sessions.id, id));
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const [after] = await w.services.db.select().from(sessions).where(eq(sessions.id, id));
    expect(after!.expiresAt.getTime()).toBe(createdAt.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000);
  });

  it('ends a session used a minute ago once it is 12 hours old (401)', async () => {
    const { client, id } = await signedIn();
    await w.services.db
      .update(sessions)
      .set({ createdAt: hoursAgo(12.1), lastSeenAt: hoursAgo(0.02), expiresAt: hoursAgo(-11) })
      .where(eq(sessions.id, id));
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('still ends an idle session after its idle timeout (2 hours) without use', async () => {
    const { client, id } = await signedIn();
    await w.services.db
      .update(sessions)
      .set({ lastSeenAt: hoursAgo(SESSION_IDLE_HOURS + 0.1), expiresAt: hoursAgo(0.1) })
      .where(eq(sessions.id, id));
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});
