import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { outbox } from '../mail/schema.ts';
import { backoffSeconds } from './backoff.ts';
import { KNOWN_DEVICE_COOKIE, knownDeviceMark } from './known-device.ts';
import { ACCOUNT_BACKOFF, signIn } from './sign-in.ts';

// A slow guess at one account spread over many addresses: each address stays under its own limits,
// the account as a whole is slowed, and the owner is never shut out.

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

const forgetFailures = () => w.services.db.execute(sql`delete from rate_limits where key like 'backoff:%'`);
const failedJustNow = () => w.services.db.execute(sql`update rate_limits set window_start = now() where key like 'backoff:%'`);
/** As if the account had failed `n` times in a row, the last just now (more guesses would be refused meanwhile). */
const accountFailures = (n: number) =>
  w.services.db.execute(sql`update rate_limits set count = ${n}, window_start = now() where key like 'backoff:sign-in-account:%'`);

/** One wrong password for `email` from each of `n` addresses: never more than one try per address. */
async function spreadGuesses(email: string, n: number, from = 1) {
  for (let i = from; i < from + n; i++) {
    await expect(signIn(w.services, { email, password: `tebakan-${i}` }, `198.51.100.${i}`)).rejects.toMatchObject({ code: 'unauthenticated' });
  }
}

async function post(path: string, body: unknown, cookie?: string) {
  return w.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}
const knownCookieOf = (res: Response) => res.headers.get('set-cookie')?.match(new RegExp(`${KNOWN_DEVICE_COOKIE}=[^;]+[^,]*`))?.[0];

describe('the account-wide sign-in delay', () => {
  it('slows an account guessed at from many addresses, the same for an account that does not exist', async () => {
    for (const email of [f.outsider.email, 'tidak-ada@uji.test']) {
      await forgetFailures();
      await spreadGuesses(email, ACCOUNT_BACKOFF.free);
      await failedJustNow();
      // A new address, the right password for the real account: still asked to wait.
      await expect(signIn(w.services, { email, password: PASSWORD }, '203.0.113.50')).rejects.toMatchObject({ code: 'rate_limited', params: { seconds: 1 } });
    }
  });

  it('does not slow the account before ten failures in a row', async () => {
    await forgetFailures();
    await spreadGuesses(f.outsider.email, ACCOUNT_BACKOFF.free - 1);
    expect((await signIn(w.services, { email: f.outsider.email, password: PASSWORD }, '203.0.113.51')).token).toBeTruthy();
  });

  it('never slows the owner on a browser the account signed in from before', async () => {
    await forgetFailures();
    await spreadGuesses(f.outsider.email, ACCOUNT_BACKOFF.free);
    await accountFailures(ACCOUNT_BACKOFF.free + 5);
    const mark = knownDeviceMark(w.services.secrets, f.outsider.id);
    expect((await signIn(w.services, { email: f.outsider.email, password: PASSWORD }, '203.0.113.52', [mark])).token).toBeTruthy();
    // Another account's mark does not help.
    const other = knownDeviceMark(w.services.secrets, f.writerA.id);
    await expect(signIn(w.services, { email: f.outsider.email, password: PASSWORD }, '203.0.113.53', [other])).rejects.toMatchObject({ code: 'rate_limited' });
  });

  it('marks the browser at sign-in (HttpOnly, only for the sign-in API), and that browser passes the delay', async () => {
    await forgetFailures();
    const first = await post('/api/auth/sign-in', { email: f.outsider.email, password: PASSWORD });
    expect(first.status).toBe(200);
    const setCookie = first.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(new RegExp(`${KNOWN_DEVICE_COOKIE}=[\\w-]{32}; Max-Age=31536000; Path=/api/auth; HttpOnly; SameSite=Strict`));
    const cookie = knownCookieOf(first)!.split(';')[0]!;
    await spreadGuesses(f.outsider.email, ACCOUNT_BACKOFF.free, 20);
    await accountFailures(ACCOUNT_BACKOFF.free + 2);
    const stranger = await post('/api/auth/sign-in', { email: f.outsider.email, password: PASSWORD });
    expect(stranger.status).toBe(429);
    expect(stranger.headers.get('retry-after')).toBe('4');
    expect((await post('/api/auth/sign-in', { email: f.outsider.email, password: PASSWORD }, cookie)).status).toBe(200);
  });

  it('makes a browser known when the owner sets a new password from a mailed link', async () => {
    await forgetFailures();
    await spreadGuesses(f.writerA.email, ACCOUNT_BACKOFF.free, 40);
    await accountFailures(ACCOUNT_BACKOFF.free + 3);
    await post('/api/auth/password/forgot', { email: f.writerA.email });
    const [mail] = (await w.services.db.select().from(outbox).where(eq(outbox.toAddress, f.writerA.email))).sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime(),
    );
    const token = mail!.text.match(/token=([\w-]+)/)![1];
    const reset = await post('/api/auth/password/reset', { token, password: 'kata-sandi-baru-pemilik' });
    expect(reset.status).toBe(200);
    const cookie = knownCookieOf(reset)!.split(';')[0]!;
    expect((await post('/api/auth/sign-in', { email: f.writerA.email, password: 'kata-sandi-baru-pemilik' })).status).toBe(429);
    expect((await post('/api/auth/sign-in', { email: f.writerA.email, password: 'kata-sandi-baru-pemilik' }, cookie)).status).toBe(200);
  });

  it('doubles the wait up to five minutes, not the fifteen of one address', () => {
    expect([9, 10, 11, 12, 18, 19, 40].map((n) => backoffSeconds(ACCOUNT_BACKOFF, n))).toEqual([0, 1, 2, 4, 256, 300, 300]);
  });
});
