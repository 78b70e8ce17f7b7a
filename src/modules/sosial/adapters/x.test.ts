import { createHash, randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MediaSource, PublishRequest } from '../adapter.ts';
import { pressConsent } from '../fakes/consent-page.ts';
import { createXFake, type XFake } from '../fakes/fake-x.ts';
import { XAdapter } from './x.ts';

let fake: XFake;
let adapter: XAdapter;

beforeAll(async () => {
  fake = createXFake();
  const base = await fake.server.start();
  adapter = new XAdapter({ clientId: 'x-client', apiBase: base, authorizeBase: base, timeoutMs: 2000, pollIntervalMs: 0, maxPolls: 5, chunkBytes: 1000 });
});
afterAll(() => fake.server.stop());
afterEach(() => {
  fake.server.clearSwitches();
  Object.assign(fake.settings, { mediaProcessing: 'succeeded', processingPolls: 1 });
});

const bytes = (n: number, kind: 'image' | 'video'): MediaSource => {
  const data = new Uint8Array(n).fill(7);
  return {
    kind,
    mimeType: kind === 'video' ? 'video/mp4' : 'image/jpeg',
    bytes: n,
    url: 'https://media.example.go.id/m',
    read: async (a, b) => data.slice(a, b),
  };
};
let serial = 0;
const request = (text: string, media: MediaSource[] = [], thread?: string[]): PublishRequest => ({
  credentials: { externalAccountId: fake.userId, accessToken: fake.token },
  text: `${text} (${++serial})`,
  thread,
  media,
});

async function run(req: PublishRequest) {
  const prepared = await adapter.prepare(req);
  if (prepared.status !== 'done') return { prepared };
  const published = await adapter.publish(req, prepared.value);
  return { prepared, published };
}

describe('X adapter against the contract fake', () => {
  it('uploads a video in 1000-byte segments (2500 bytes = 3 appends), waits for processing, posts with it', async () => {
    const before = fake.server.calls('media.append');
    const { published } = await run(request('Video layanan', [bytes(2500, 'video')]));
    expect(fake.server.calls('media.append') - before).toBe(3);
    expect(published).toMatchObject({ status: 'done' });
    if (published?.status !== 'done') return;
    const tweet = fake.tweets.get(published.value.externalId)!;
    expect(tweet.mediaIds).toHaveLength(1);
    const confirmed = await adapter.confirm(request('x'), published.value);
    expect(confirmed).toMatchObject({ status: 'done', value: { permalink: `https://x.com/i/web/status/${published.value.externalId}` } });
  });

  it('posts a thread as replies, each to the previous post', async () => {
    const { published } = await run(request('Utas 1/3', [], ['Utas 2/3', 'Utas 3/3']));
    if (published?.status !== 'done') throw new Error('publish failed');
    const ids = published.value.state.postedIds as string[];
    expect(ids).toHaveLength(3);
    expect(fake.tweets.get(ids[1]!)!.replyTo).toBe(ids[0]);
    expect(fake.tweets.get(ids[2]!)!.replyTo).toBe(ids[1]);
  });

  it('sends who may reply on the first post only (the variant’s replySettings)', async () => {
    const { published } = await run({ ...request('Balasan terbatas', [], ['Lanjutan']), settings: { replySettings: 'following' } });
    if (published?.status !== 'done') throw new Error('publish failed');
    const ids = published.value.state.postedIds as string[];
    expect(fake.tweets.get(ids[0]!)!.replySettings).toBe('following');
    expect(fake.tweets.get(ids[1]!)!.replySettings).toBeUndefined();
    const everyone = await run({ ...request('Semua boleh membalas'), settings: { replySettings: 'everyone' } });
    if (everyone.published?.status !== 'done') throw new Error('publish failed');
    expect(fake.tweets.get(everyone.published.value.externalId)!.replySettings).toBeUndefined();
  });

  it('media processing failed is permanent (x_media_failed)', async () => {
    fake.settings.mediaProcessing = 'failed';
    const { prepared } = await run(request('Video rusak', [bytes(1500, 'video')]));
    expect(prepared).toMatchObject({ status: 'failed', error: { kind: 'permanent', code: 'x_media_failed', detail: expect.stringContaining('Unsupported') } });
  });

  it('429 carries the wait from x-rate-limit-reset (≈600 s)', async () => {
    fake.server.failNext('tweets.create', 'rate_limit');
    const out = await adapter.publish(request('Sibuk'), { state: {} });
    expect(out.status).toBe('failed');
    if (out.status !== 'failed') return;
    expect(out.error).toMatchObject({ kind: 'rate_limited', code: 'x_429', httpStatus: 429 });
    expect(out.error.retryAfterSec).toBeGreaterThanOrEqual(598);
    expect(out.error.retryAfterSec).toBeLessThanOrEqual(600);
  });

  it('503 before publish is a server error; during publish the outcome is unknown', async () => {
    fake.server.failNext('media.initialize', 'server_error');
    expect((await run(request('x', [bytes(10, 'image')]))).prepared).toMatchObject({ status: 'failed', error: { kind: 'server_error', code: 'x_503' } });
    fake.server.failNext('tweets.create', 'server_error');
    expect(await adapter.publish(request('x'), { state: {} })).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish' } });
  });

  it('duplicate text is refused as permanent', async () => {
    const req = request('Sama persis');
    await adapter.publish(req, { state: {} });
    expect(await adapter.publish(req, { state: {} })).toMatchObject({ status: 'failed', error: { kind: 'permanent', code: 'x_duplicate' } });
  });

  it('a lost answer on the first post of a thread: reconcile finds it, publish continues the thread, nothing is posted twice', async () => {
    const since = new Date();
    const req = request('Utas A', [], ['Utas B']);
    fake.server.failNext('tweets.create', 'lost_answer');
    const first = await adapter.publish(req, { state: {} });
    expect(first).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish', code: 'timeout' } });
    const found = await adapter.reconcile(req, since, first.status === 'failed' ? first.state : undefined);
    // Only the first post exists: reconcile gives back its id so publish continues with the second.
    expect(found).toMatchObject({ status: 'failed', error: { code: 'x_thread_incomplete' }, state: { postedIds: [expect.any(String)] } });
    if (found.status !== 'failed') return;
    const resumed = await adapter.publish(req, { state: found.state! });
    expect(resumed.status).toBe('done');
    expect([...fake.tweets.values()].filter((t) => t.text === req.text)).toHaveLength(1);
    const again = await adapter.reconcile(req, since);
    expect(again).toMatchObject({ status: 'done', value: { extraIds: [expect.any(String)] } });
  });

  it('a 429 on the second post of a thread keeps the first id; publishing again continues, not restarts', async () => {
    const req = request('Utas C', [], ['Utas D']);
    fake.server.failNext('tweets.create', 'rate_limit', 1, 1);
    const out = await adapter.publish(req, { state: {} });
    expect(out).toMatchObject({ status: 'failed', error: { kind: 'rate_limited' }, state: { postedIds: [expect.any(String)] } });
    if (out.status !== 'failed') return;
    const resumed = await adapter.publish(req, { state: out.state! });
    expect(resumed).toMatchObject({ status: 'done', value: { state: { postedIds: [expect.any(String), expect.any(String)] } } });
    expect([...fake.tweets.values()].filter((t) => t.text === req.text)).toHaveLength(1);
  });

  it('reconcile reads past the first page: a lost post under 250 newer posts is found, not sent again', async () => {
    const since = new Date(Date.now() - 1000);
    const req = request('Rilis pers: terkubur di bawah kiriman lain');
    fake.server.failNext('tweets.create', 'lost_answer');
    await adapter.publish(req, { state: {} });
    for (let i = 0; i < 250; i++) expect((await adapter.publish(request(`Kiriman sibuk ${i}`), { state: {} })).status).toBe('done');
    const readsBefore = fake.server.calls('users.tweets');
    const found = await adapter.reconcile(req, since);
    expect(found).toMatchObject({ status: 'done', value: { externalId: expect.any(String) } });
    expect(fake.server.calls('users.tweets') - readsBefore).toBeGreaterThanOrEqual(3);
    expect([...fake.tweets.values()].filter((t) => t.text === req.text)).toHaveLength(1);
  }, 60_000);

  it('more posts since the send than reconcile reads: "not proven absent", never "not there"', async () => {
    const since = new Date(Date.now() - 1000);
    const flood = Array.from({ length: 1001 }, (_, i) => `9${String(i).padStart(18, '0')}`);
    for (const [i, id] of flood.entries())
      fake.tweets.set(id, { id, text: `Banjir kiriman ${i}`, created: new Date(), mediaIds: [], replyTo: undefined, replySettings: undefined });
    try {
      expect(await adapter.reconcile(request('Tidak terlihat'), since)).toMatchObject({ status: 'failed', error: { code: 'x_reconcile_too_many_posts' } });
    } finally {
      for (const id of flood) fake.tweets.delete(id);
    }
  });

  it('reconcile answers null when the post never arrived', async () => {
    expect(await adapter.reconcile(request('Tidak ada'), new Date())).toMatchObject({ status: 'done', value: null });
  });

  it('runs OAuth 2.0 PKCE, refreshes with rotation, and a 401 asks for a refresh', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const url = adapter.authorizeUrl({ redirectUri: 'https://warta.example.go.id/cb', state: 'st', codeChallenge: challenge });
    expect(new URL(url).searchParams.get('scope')).toBe('tweet.read tweet.write users.read media.write offline.access');
    const location = new URL((await pressConsent(url)).headers.get('location')!);
    const code = location.searchParams.get('code')!;
    expect(await adapter.exchangeCode(code, 'https://warta.example.go.id/cb', 'wrong-verifier')).toMatchObject({
      status: 'failed',
      error: { kind: 'permanent' },
    });
    const location2 = new URL((await pressConsent(url)).headers.get('location')!);
    const tokens = await adapter.exchangeCode(location2.searchParams.get('code')!, 'https://warta.example.go.id/cb', verifier);
    if (tokens.status !== 'done') throw new Error('exchange failed');
    expect(tokens.value.refreshToken).toBeTruthy();
    const credentials = { externalAccountId: fake.userId, accessToken: tokens.value.accessToken, refreshToken: tokens.value.refreshToken };
    fake.server.setTokenState(credentials.accessToken, 'expired');
    expect(await adapter.publish({ ...request('Token kedaluwarsa'), credentials }, { state: {} })).toMatchObject({
      status: 'failed',
      error: { kind: 'token_expired', code: 'x_401' },
    });
    const refreshed = await adapter.refreshToken(credentials);
    if (refreshed.status !== 'done') throw new Error('refresh failed');
    expect(
      await adapter.publish({ ...request('Token baru'), credentials: { ...credentials, accessToken: refreshed.value.accessToken } }, { state: {} }),
    ).toMatchObject({ status: 'done' });
    // The old refresh token was rotated away: using it again means reconnecting.
    expect(await adapter.refreshToken(credentials)).toMatchObject({ status: 'failed', error: { kind: 'token_revoked' } });
  });
});
