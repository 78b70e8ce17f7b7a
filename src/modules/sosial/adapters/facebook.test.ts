import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PublishRequest } from '../adapter.ts';
import { pressConsent } from '../fakes/consent-page.ts';
import { createFacebookFake, type FacebookFake } from '../fakes/fake-facebook.ts';
import { FacebookAdapter } from './facebook.ts';

let fake: FacebookFake;
let adapter: FacebookAdapter;

beforeAll(async () => {
  fake = createFacebookFake();
  const base = await fake.server.start();
  adapter = new FacebookAdapter({ clientId: 'fb-app', clientSecret: 'fb-secret', graphBase: base, dialogBase: base, timeoutMs: 2000, pollIntervalMs: 0 });
});
afterAll(() => fake.server.stop());
afterEach(() => fake.server.clearSwitches());

const request = (text: string, media: PublishRequest['media'] = [], link?: string): PublishRequest => ({
  credentials: { externalAccountId: fake.pageId, accessToken: fake.pageToken },
  text,
  link,
  media,
});
// Facebook takes the bytes (multipart `source`): no public address is needed.
const photo = (n: number) => ({
  kind: 'image' as const,
  mimeType: 'image/jpeg',
  bytes: 1000,
  url: '',
  read: async (a: number, b: number) => new Uint8Array(b - a).fill(n),
});

async function fullRun(req: PublishRequest) {
  const prepared = await adapter.prepare(req);
  if (prepared.status !== 'done') throw new Error(`prepare ${prepared.status}`);
  const published = await adapter.publish(req, prepared.value);
  if (published.status !== 'done') return { published };
  let confirmed = await adapter.confirm(req, published.value);
  while (confirmed.status === 'pending') confirmed = await adapter.confirm(req, published.value);
  return { published, confirmed };
}

describe('Facebook Page adapter against the contract fake', () => {
  it('publishes a link post and confirms its permalink', async () => {
    const { confirmed } = await fullRun(request('Pengumuman jadwal layanan', [], 'https://warta.example.go.id/berita/1'));
    expect(confirmed).toMatchObject({ status: 'done', value: { permalink: expect.stringMatching(/^https:\/\/www\.facebook\.com\/104000000000001\/posts\//) } });
    const post = [...fake.posts.values()].at(-1)!;
    expect(post).toMatchObject({ message: 'Pengumuman jadwal layanan', link: 'https://warta.example.go.id/berita/1' });
  });

  it('stages several photos unpublished, then attaches them to one post', async () => {
    const before = fake.posts.size;
    const { confirmed } = await fullRun(request('Tiga foto kegiatan', [photo(1), photo(2), photo(3)]));
    expect(confirmed?.status).toBe('done');
    expect(fake.posts.size).toBe(before + 1);
    expect([...fake.posts.values()].at(-1)!.attached).toHaveLength(3);
  });

  it('publishes a single photo with its caption', async () => {
    const { published } = await fullRun(request('Satu foto', [photo(9)]));
    expect(published.status).toBe('done');
    expect([...fake.posts.values()].at(-1)!.message).toBe('Satu foto');
  });

  it('confirms a video only when video_status is ready; a processing error is permanent', async () => {
    const video = { kind: 'video' as const, mimeType: 'video/mp4', bytes: 5000, url: '', read: async (a: number, b: number) => new Uint8Array(b - a) };
    const { confirmed } = await fullRun(request('Video rapat', [video]));
    expect(confirmed).toMatchObject({ status: 'done', value: { permalink: expect.stringContaining('/videos/') } });
    fake.settings.videoOutcome = 'error';
    const second = await fullRun(request('Video rusak', [video]));
    expect(second.confirmed).toMatchObject({ status: 'failed', error: { kind: 'permanent', code: 'facebook_video_error' } });
    fake.settings.videoOutcome = 'ready';
  });

  it('answers the platform refusal of an empty post as permanent (code 100)', async () => {
    const out = await adapter.publish(request(''), { state: {} });
    expect(out).toMatchObject({ status: 'failed', error: { kind: 'permanent', code: 'meta_100', httpStatus: 400 } });
  });

  it('classifies throttling with the wait from X-Business-Use-Case-Usage (7 min = 420 s)', async () => {
    fake.server.failNext('feed.create', 'rate_limit');
    const out = await adapter.publish(request('Sibuk'), { state: {} });
    expect(out).toMatchObject({ status: 'failed', error: { kind: 'rate_limited', code: 'meta_32', retryAfterSec: 420 } });
  });

  it('a 5xx on prepare may be retried; a 5xx on publish is unknown (the post may exist)', async () => {
    fake.server.failNext('photos.create', 'server_error');
    const prep = await adapter.prepare(request('x', [photo(1), photo(2)]));
    expect(prep).toMatchObject({ status: 'failed', error: { kind: 'server_error', code: 'meta_http_500' } });
    fake.server.failNext('feed.create', 'server_error');
    const pub = await adapter.publish(request('x'), { state: {} });
    expect(pub).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish' } });
  });

  it('a lost publish answer is reconciled from published_posts without posting twice', async () => {
    const since = new Date(Date.now() - 1000);
    const req = request('Rilis pers: jawaban hilang');
    fake.server.failNext('feed.create', 'lost_answer');
    const out = await adapter.publish(req, { state: {} });
    expect(out).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish', code: 'timeout' } });
    const found = await adapter.reconcile(req, since);
    expect(found).toMatchObject({ status: 'done', value: { externalId: expect.stringMatching(/^104000000000001_/) } });
    expect([...fake.posts.values()].filter((p) => p.message === req.text)).toHaveLength(1);
    expect(fake.server.calls('feed.create')).toBeGreaterThan(0);
    const nothing = await adapter.reconcile(request('Tidak pernah dikirim'), since);
    expect(nothing).toMatchObject({ status: 'done', value: null });
  });

  it('reconcile reads past the first page: a lost post with 250 newer posts on the Page is still found', async () => {
    const since = new Date(Date.now() - 1000);
    const req = request('Rilis pers: terkubur di bawah kiriman lain');
    fake.server.failNext('feed.create', 'lost_answer');
    await adapter.publish(req, { state: {} });
    for (let i = 0; i < 250; i++) expect((await adapter.publish(request(`Kiriman sibuk ${i}`), { state: {} })).status).toBe('done');
    const found = await adapter.reconcile(req, since);
    expect(found).toMatchObject({ status: 'done', value: { externalId: expect.stringMatching(/^104000000000001_/) } });
    expect(fake.server.calls('page.published_posts')).toBeGreaterThanOrEqual(3);
    expect([...fake.posts.values()].filter((p) => p.message === req.text)).toHaveLength(1);
  }, 60_000);

  it('an expired token asks for a refresh; a revoked one for a new connection', async () => {
    const token = fake.server.issueToken(fake.pageId, 'pages_manage_posts');
    const req = { ...request('Token'), credentials: { externalAccountId: fake.pageId, accessToken: token } };
    fake.server.setTokenState(token, 'expired');
    expect(await adapter.publish(req, { state: {} })).toMatchObject({ status: 'failed', error: { kind: 'token_expired', code: 'meta_190_463' } });
    fake.server.setTokenState(token, 'revoked');
    expect(await adapter.publish(req, { state: {} })).toMatchObject({ status: 'failed', error: { kind: 'token_revoked', code: 'meta_190_458' } });
    expect(await adapter.refreshToken(req.credentials)).toMatchObject({ status: 'failed', error: { kind: 'token_revoked' } });
  });

  it('runs the OAuth dialog, exchanges the code and refreshes to a long-lived token', async () => {
    const url = adapter.authorizeUrl({ redirectUri: 'https://warta.example.go.id/sosial/callback', state: 's1' });
    const res = await pressConsent(url);
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('state')).toBe('s1');
    const tokens = await adapter.exchangeCode(location.searchParams.get('code')!, 'https://warta.example.go.id/sosial/callback');
    expect(tokens).toMatchObject({ status: 'done', value: { accessToken: expect.any(String), expiresAt: expect.any(String) } });
    const refreshed = await adapter.refreshToken({ externalAccountId: fake.pageId, accessToken: tokens.status === 'done' ? tokens.value.accessToken : '' });
    expect(refreshed.status).toBe('done');
  });

  it('never records a token in the call trace', async () => {
    const out = await adapter.publish(request('Jejak'), { state: {} });
    expect(JSON.stringify(out.calls)).not.toContain(fake.pageToken);
  });
});
