import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MediaSource, PublishRequest } from '../adapter.ts';
import { pressConsent } from '../fakes/consent-page.ts';
import { createTikTokFake, type TikTokFake } from '../fakes/fake-tiktok.ts';
import { TikTokAdapter, tiktokChunks, UPLOAD_STILL_MS } from './tiktok.ts';

const MB = 1024 * 1024;
let fake: TikTokFake;
let adapter: TikTokAdapter;

beforeAll(async () => {
  fake = createTikTokFake();
  const base = await fake.server.start();
  adapter = new TikTokAdapter({
    clientId: 'tt-client',
    clientSecret: 'tt-secret',
    apiBase: base,
    authorizeBase: base,
    chunkBytes: 5 * MB,
    timeoutMs: 2000,
    pollIntervalMs: 0,
    maxPolls: 3,
  });
});
afterAll(() => fake.server.stop());
afterEach(() => {
  fake.server.clearSwitches();
  Object.assign(fake.settings, { unaudited: false, publishOutcome: 'PUBLISH_COMPLETE', processingPolls: 1 });
});

const videoOf = (size: number, url = 'https://media.example.go.id/v.mp4'): MediaSource => {
  const data = new Uint8Array(size);
  return { kind: 'video', mimeType: 'video/mp4', bytes: size, url, durationSec: 30, read: async (a, b) => data.subarray(a, b) };
};
let serial = 0;
const request = (text: string, media: MediaSource[], settings: PublishRequest['settings'] = { privacyLevel: 'PUBLIC_TO_EVERYONE' }): PublishRequest => ({
  credentials: { externalAccountId: fake.openId, accessToken: fake.token },
  text: `${text} ${++serial}`,
  media,
  settings,
});

async function run(req: PublishRequest) {
  const prepared = await adapter.prepare(req);
  if (prepared.status !== 'done') return { prepared };
  const published = await adapter.publish(req, prepared.value);
  if (published.status !== 'done') return { prepared, published };
  let confirmed = await adapter.confirm(req, published.value);
  for (let i = 0; i < 3 && confirmed.status === 'pending'; i++) confirmed = await adapter.confirm(req, published.value);
  return { prepared, published, confirmed };
}

describe('TikTok chunk rules (Media Transfer Guide, hand-computed)', () => {
  it('under 5 MB goes whole; 12 MB in 5 MB chunks is floor(12/5) = 2 chunks, the last 7 MB', () => {
    expect(tiktokChunks(3 * MB)).toEqual({ chunkSize: 3 * MB, count: 1 });
    expect(tiktokChunks(12 * MB, 5 * MB)).toEqual({ chunkSize: 5 * MB, count: 2 });
    expect(tiktokChunks(200 * MB, 100 * MB)).toEqual({ chunkSize: 64 * MB, count: 3 });
  });
});

describe('TikTok adapter against the contract fake', () => {
  it('FILE_UPLOAD of 12 MB: init, two PUTs (206 then 201), PUBLISH_COMPLETE with the public id', async () => {
    const { published, confirmed } = await run(request('Video layanan publik', [videoOf(12 * MB)]));
    expect(published?.status).toBe('done');
    expect(published?.calls.filter((c) => c.method === 'PUT').map((c) => c.status)).toEqual([206, 201]);
    expect(confirmed).toMatchObject({
      status: 'done',
      value: { permalink: expect.stringMatching(/^https:\/\/www\.tiktok\.com\/@diskominfo\.fiktif\/video\/73/) },
    });
  });

  it('prepare reads creator_info: the creator turned duets off, so the post goes with disable_duet', async () => {
    const out = await adapter.prepare(request('x', [videoOf(1000)], { privacyLevel: 'SELF_ONLY', disableDuet: false }));
    expect(out).toMatchObject({ status: 'done', value: { state: { username: 'diskominfo.fiktif', disableDuet: true, disableComment: false } } });
  });

  it('no privacy chosen, or one the creator does not offer, stops before anything is sent', async () => {
    expect(await adapter.prepare(request('x', [videoOf(1000)], {}))).toMatchObject({
      status: 'failed',
      error: { kind: 'permanent', code: 'tiktok_privacy_required' },
    });
    expect(await adapter.prepare(request('x', [videoOf(1000)], { privacyLevel: 'EVERYONE' }))).toMatchObject({
      status: 'failed',
      error: { kind: 'permanent', code: 'tiktok_privacy_level_option_mismatch' },
    });
  });

  it('PULL_FROM_URL needs a verified domain; photos are pulled too', async () => {
    const ok = await run(request('Tarik', [videoOf(1000)], { privacyLevel: 'PUBLIC_TO_EVERYONE', source: 'PULL_FROM_URL' }));
    expect(ok.confirmed?.status).toBe('done');
    const bad = await run(request('Tarik', [videoOf(1000, 'https://lain.example.com/v.mp4')], { privacyLevel: 'PUBLIC_TO_EVERYONE', source: 'PULL_FROM_URL' }));
    expect(bad.published).toMatchObject({ status: 'failed', error: { kind: 'permanent', code: 'tiktok_url_ownership_unverified', httpStatus: 403 } });
    const photo = { kind: 'image' as const, mimeType: 'image/jpeg', bytes: 1000, url: 'https://media.example.go.id/f.jpg' };
    const photos = await run({ ...request('Foto', [photo, photo]), title: 'Judul foto' });
    expect(photos.confirmed?.status).toBe('done');
  });

  it('an unaudited client may only post SELF_ONLY; a private post confirms without a public id', async () => {
    fake.settings.unaudited = true;
    const refused = await run(request('Publik', [videoOf(1000)]));
    expect(refused.published).toMatchObject({ status: 'failed', error: { kind: 'permanent', code: 'tiktok_unaudited_client', httpStatus: 403 } });
    const ok = await run(request('Pribadi', [videoOf(1000)], { privacyLevel: 'SELF_ONLY' }));
    expect(ok.confirmed).toMatchObject({ status: 'done', value: { permalink: null, warnings: ['tiktok_private_no_public_id'] } });
  });

  it('MEDIA_UPLOAD sends a draft to the creator inbox without a privacy choice (the person finishes it in the app)', async () => {
    const out = await run(request('Draf', [videoOf(1000)], { postMode: 'MEDIA_UPLOAD' }));
    expect(out.published).toMatchObject({ status: 'done' });
    expect(out.published?.calls[0]).toMatchObject({ endpoint: expect.stringContaining('/v2/post/publish/inbox/video/init/') });
    expect(out.confirmed).toMatchObject({ status: 'done', value: { permalink: null, warnings: ['tiktok_in_creator_inbox'] } });
  });

  it('FAILED with a fail_reason is permanent', async () => {
    fake.settings.publishOutcome = 'FAILED';
    const out = await run(request('Gagal', [videoOf(1000)]));
    expect(out.confirmed).toMatchObject({ status: 'failed', error: { kind: 'permanent', code: 'tiktok_file_format_check_failed' } });
  });

  it('429 rate_limit_exceeded waits a minute; 500 is a server error before publish and unknown during it', async () => {
    fake.server.failNext('creator_info', 'rate_limit');
    expect(await adapter.prepare(request('x', [videoOf(1000)]))).toMatchObject({
      status: 'failed',
      error: { kind: 'rate_limited', code: 'tiktok_rate_limit_exceeded', retryAfterSec: 60 },
    });
    fake.server.failNext('creator_info', 'server_error');
    expect(await adapter.prepare(request('x', [videoOf(1000)]))).toMatchObject({
      status: 'failed',
      error: { kind: 'server_error', code: 'tiktok_internal_error' },
    });
    const req = request('x', [videoOf(1000)]);
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error('prepare failed');
    fake.server.failNext('video.init', 'server_error');
    expect(await adapter.publish(req, prepared.value)).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish' } });
  });

  it('a lost init answer: reconcile finds the post in video/list, no second post', async () => {
    const since = new Date(Date.now() - 2000);
    const req = request('Init hilang', [videoOf(1000)], { privacyLevel: 'PUBLIC_TO_EVERYONE', source: 'PULL_FROM_URL' });
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error('prepare failed');
    fake.server.failNext('video.init', 'lost_answer');
    expect(await adapter.publish(req, prepared.value)).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish', code: 'timeout' } });
    const found = await adapter.reconcile(req, since, prepared.value.state);
    expect(found).toMatchObject({
      status: 'done',
      value: { externalId: expect.stringMatching(/^73/), permalink: expect.stringContaining('@diskominfo.fiktif') },
    });
    expect(fake.videos.filter((v) => v.title === req.text)).toHaveLength(1);
  });

  it('a lost answer on the last chunk: reconcile follows the publish id to PUBLISH_COMPLETE', async () => {
    const req = request('Potongan terakhir', [videoOf(1000)]);
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error('prepare failed');
    fake.server.failNext('upload.put', 'lost_answer');
    const out = await adapter.publish(req, prepared.value);
    expect(out).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish' }, state: { publishId: expect.any(String) } });
    if (out.status !== 'failed') return;
    let found = await adapter.reconcile(req, new Date(), out.state);
    expect(found.status).toBe('pending');
    found = await adapter.reconcile(req, new Date(), out.state);
    expect(found).toMatchObject({ status: 'done', value: { externalId: expect.stringMatching(/^73/) } });
  });

  it('a partial upload is given up only once TikTok’s byte count stood still for a minute; then one new post', async () => {
    const req = request('Unggahan terputus', [videoOf(12 * MB)]);
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error('prepare failed');
    fake.server.failNext('upload.put', 'server_error', 1, 1); // the first chunk lands, the second does not
    const out = await adapter.publish(req, prepared.value);
    expect(out).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish' }, state: { publishId: expect.any(String) } });
    if (out.status !== 'failed') return;
    const first = await adapter.reconcile(req, new Date(), out.state);
    expect(first).toMatchObject({ status: 'pending', state: { uploadSeen: { bytes: 5 * MB } } });
    if (first.status !== 'pending') return;
    // Bytes a dead process left in its socket may still land: a minute has not passed.
    expect(await adapter.reconcile(req, new Date(), first.state)).toMatchObject({ status: 'pending' });
    // More bytes arrived meanwhile: the minute starts again from the new count.
    const session = fake.publishes.get(out.state!.publishId as string)!;
    session.received += 1;
    const aged = { ...first.state, uploadSeen: { bytes: 5 * MB, at: Date.now() - UPLOAD_STILL_MS - 1000 } };
    expect(await adapter.reconcile(req, new Date(), aged)).toMatchObject({ status: 'pending', state: { uploadSeen: { bytes: 5 * MB + 1 } } });
    session.received -= 1;
    // Still for a minute: abandoned, and publishing again makes exactly one post.
    expect(await adapter.reconcile(req, new Date(), aged)).toMatchObject({ status: 'done', value: null });
    expect((await adapter.publish(req, prepared.value)).status).toBe('done');
    expect([...fake.publishes.values()].filter((p) => p.title === req.text && p.received >= p.size)).toHaveLength(1);
  });

  it('stopped before the publish id was stored: a file upload had not begun, so publishing again is safe at once; a pulled video still waits', async () => {
    const file = request('Berhenti sebelum unggah', [videoOf(1000)]);
    const lists = fake.server.calls('video.list');
    expect(await adapter.reconcile(file, new Date(), { uploadAfterId: true })).toMatchObject({ status: 'done', value: null });
    expect(fake.server.calls('video.list')).toBe(lists);
    const pulled = request('Ditarik TikTok', [videoOf(1000)], { privacyLevel: 'PUBLIC_TO_EVERYONE', source: 'PULL_FROM_URL' });
    expect(await adapter.reconcile(pulled, new Date(), { uploadAfterId: true })).toMatchObject({ status: 'pending' });
  });

  it('OAuth: code exchange, expired token → refresh, revoked → reconnect', async () => {
    const url = adapter.authorizeUrl({ redirectUri: 'https://warta.example.go.id/cb', state: 'z' });
    const location = new URL((await pressConsent(url)).headers.get('location')!);
    const tokens = await adapter.exchangeCode(location.searchParams.get('code')!, 'https://warta.example.go.id/cb');
    if (tokens.status !== 'done') throw new Error('exchange failed');
    const credentials = { externalAccountId: fake.openId, accessToken: tokens.value.accessToken, refreshToken: tokens.value.refreshToken };
    fake.server.setTokenState(credentials.accessToken, 'expired');
    expect(await adapter.prepare({ ...request('t', [videoOf(10)]), credentials })).toMatchObject({
      status: 'failed',
      error: { kind: 'token_expired', code: 'tiktok_access_token_invalid' },
    });
    expect(await adapter.refreshToken(credentials)).toMatchObject({
      status: 'done',
      value: { accessToken: expect.any(String), refreshToken: expect.any(String) },
    });
    fake.server.setTokenState(credentials.accessToken, 'revoked');
    expect(await adapter.refreshToken(credentials)).toMatchObject({ status: 'failed', error: { kind: 'token_revoked', code: 'tiktok_invalid_grant' } });
  });
});
