import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { decodeQuotedPrintable } from '../../test/smtp-sink.ts';
import { outbox } from './schema.ts';

type Received = { from: string; to: string[]; raw: string };
const received: Received[] = [];
let refuse = false;
const smtp = new SMTPServer({
  authMethods: ['PLAIN', 'LOGIN'],
  allowInsecureAuth: true,
  disableReverseLookup: true,
  logger: false,
  onAuth(auth, _session, done) {
    if (auth.username === 'warta' && auth.password === 'sandi-smtp-uji') return done(null, { user: 'warta' });
    done(new Error('Invalid username or password'));
  },
  onData(stream, session, done) {
    let raw = '';
    stream.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
    });
    stream.on('end', () => {
      if (refuse) {
        const err = new Error('Mailbox sementara tidak tersedia') as Error & { responseCode: number };
        err.responseCode = 451;
        return done(err);
      }
      received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
      done();
    });
  },
});

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  w = await startTestWarta({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_USER: 'warta',
    SMTP_PASSWORD: 'sandi-smtp-uji',
    SMTP_IGNORE_TLS: '1',
    SMTP_FROM: 'Warta Uji <warta@uji.test>',
  });
  f = await seedFixture(w.services);
});
afterAll(async () => {
  await w.stop();
  await new Promise<void>((resolve) => smtp.close(resolve));
});

async function outboxFor(to: string) {
  const [row] = await w.services.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.toAddress, to), eq(outbox.purpose, 'password_reset')));
  return row;
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('mail over real SMTP', () => {
  it('delivers the password-reset mail with its link and marks the outbox row sent', async () => {
    const res = await new TestClient(w.app).post('/api/auth/password/forgot', { email: f.writerA.email });
    expect(res.status).toBe(200);
    const row = await until(
      () => outboxFor(f.writerA.email),
      (r) => r?.status === 'sent',
    );
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(row?.sentAt).toBeInstanceOf(Date);
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual([f.writerA.email]);
    expect(received[0]?.from).toBe('warta@uji.test');
    const body = decodeQuotedPrintable(received[0]?.raw ?? '');
    expect(body).toMatch(/http:\/\/warta\.test\/admin\/kata-sandi\?token=[A-Za-z0-9_-]{20,}/);
  });

  it('records the SMTP refusal on the outbox row and leaves the job to be retried', async () => {
    refuse = true;
    try {
      await new TestClient(w.app).post('/api/auth/password/forgot', { email: f.headA.email });
      const row = await until(
        () => outboxFor(f.headA.email),
        (r) => (r?.attempts ?? 0) >= 1,
      );
      expect(row).toMatchObject({ status: 'queued', attempts: 1 });
      expect(row?.lastError).toMatch(/451/);
      // pg-boss holds the failed job in 'retry' until its back-off delay has passed.
      const jobs = await until(
        async () => (await w.services.database.executeSql(`select state from pgboss.job where name = 'mail.send' and data->>'outboxId' = $1`, [row?.id])).rows,
        (r) => r[0]?.state === 'retry',
        10_000,
      );
      expect(jobs).toEqual([{ state: 'retry' }]);
    } finally {
      refuse = false;
    }
  });
});

describe('mail without SMTP, and GET /api/outbox', () => {
  let plain: TestWarta;
  let pf: Fixture;
  beforeAll(async () => {
    plain = await startTestWarta();
    pf = await seedFixture(plain.services);
  });
  afterAll(() => plain.stop());

  it('holds the mail in the outbox for an admin to read', async () => {
    await new TestClient(plain.app).post('/api/auth/password/forgot', { email: pf.writerA.email });
    const [row] = await plain.services.db.select().from(outbox).where(eq(outbox.toAddress, pf.writerA.email));
    expect(row).toMatchObject({ status: 'held', attempts: 0, purpose: 'password_reset' });
    expect(row?.text).toContain('http://warta.test/admin/kata-sandi?token=');
  });

  it('answers 401 without a session and 403 to a non-admin', async () => {
    expect((await new TestClient(plain.app).get('/api/outbox')).status).toBe(401);
    const head = new TestClient(plain.app);
    await head.signIn(pf.headA.email, PASSWORD);
    expect((await head.get('/api/outbox')).status).toBe(403);
  });

  it('names the wrong field (400) and lists held mails for the admin (200)', async () => {
    const admin = new TestClient(plain.app);
    await admin.signIn(pf.admin.email, PASSWORD);
    const bad = await admin.get('/api/outbox?status=hilang');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'invalid', field: 'status' });
    const res = await admin.get('/api/outbox?status=held');
    expect(res.status).toBe(200);
    expect(res.body.items.map((m: { toAddress: string }) => m.toAddress)).toContain(pf.writerA.email);
    expect((await admin.get('/api/outbox?status=sent')).body.items).toEqual([]);
  });
});
