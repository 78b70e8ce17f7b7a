import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MediaSource, PublishRequest } from '../adapter.ts';
import { pressConsent } from '../fakes/consent-page.ts';
import { createYouTubeFake, type YouTubeFake } from '../fakes/fake-youtube.ts';
import { secondsUntilPacificMidnight, YouTubeAdapter } from './youtube.ts';

let fake: YouTubeFake;
let adapter: YouTubeAdapter;
const KIB256 = 256 * 1024;
// Two full 256 KiB chunks go in prepare, the last 1000 bytes in publish.
const TOTAL = 2 * KIB256 + 1000;

beforeAll(async () => {
  fake = createYouTubeFake();
  const base = await fake.server.start();
  adapter = new YouTubeAdapter({
    clientId: 'yt-client',
    clientSecret: 'yt-secret',
    uploadBase: `${base}/upload/youtube/v3`,
    apiBase: `${base}/youtube/v3`,
    authBase: base,
    tokenUrl: `${base}/token`,
    chunkBytes: KIB256,
    timeoutMs: 2000,
    pollIntervalMs: 0,
    maxPolls: 3,
  });
});
afterAll(() => fake.server.stop());
afterEach(() => {
  fake.server.clearSwitches();
  Object.assign(fake.settings, { quotaExhausted: false, lockedPrivate: false, outcome: 'processed', processingPolls: 1 });
});

const file: MediaSource = (() => {
  const data = new Uint8Array(TOTAL).map((_, i) => i % 251);
  return { kind: 'video', mimeType: 'video/mp4', bytes: TOTAL, url: 'https://media.example.go.id/v.mp4', read: async (a, b) => data.slice(a, b) };
})();
let serial = 0;
const request = (title: string): PublishRequest => ({
  credentials: { externalAccountId: fake.channelId, accessToken: fake.token },
  title: `${title} ${++serial}`,
  text: 'Deskripsi video kegiatan.',
  media: [file],
  settings: { privacyStatus: 'public' },
});

describe('YouTube adapter against the contract fake', () => {
  it('uploads all but the last chunk in prepare (308 each), creates the video in publish, confirms when processed', async () => {
    const req = request('Rapat koordinasi');
    const puts = fake.server.calls('upload.put');
    const prepared = await adapter.prepare(req);
    expect(prepared).toMatchObject({ status: 'done', value: { state: { offset: 2 * KIB256, total: TOTAL } } });
    expect(fake.server.calls('upload.put') - puts).toBe(2);
    expect(fake.videos.size).toBe(0);
    if (prepared.status !== 'done') return;
    const published = await adapter.publish(req, prepared.value);
    if (published.status !== 'done') throw new Error('publish failed');
    expect(fake.videos.get(published.value.externalId)).toMatchObject({ title: req.title, privacy: 'public', madeForKids: false });
    const confirmed = await adapter.confirm(req, published.value);
    expect(confirmed).toMatchObject({ status: 'done', value: { permalink: `https://www.youtube.com/watch?v=${published.value.externalId}` } });
  });

  it('declares a video made for kids when the variant says so', async () => {
    const req = { ...request('Dongeng untuk anak'), settings: { privacyStatus: 'public', madeForKids: true } };
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error('prepare failed');
    const published = await adapter.publish(req, prepared.value);
    if (published.status !== 'done') throw new Error('publish failed');
    expect(fake.videos.get(published.value.externalId)?.madeForKids).toBe(true);
  });

  it('a dropped connection mid-upload: asks the session (bytes */total) and resumes from its Range', async () => {
    fake.server.failNext('upload.put', 'drop');
    const req = request('Putus');
    const prepared = await adapter.prepare(req);
    expect(prepared).toMatchObject({ status: 'done', value: { state: { offset: 2 * KIB256 } } });
    const statusQuery = prepared.calls.filter((c) => c.method === 'PUT');
    // drop, progress query (308, nothing stored), chunk 1, chunk 2
    expect(statusQuery.map((c) => c.status)).toEqual(['network', 308, 308, 308]);
  });

  it('prepare called again with its state resumes the same session instead of opening a new one', async () => {
    const req = request('Lanjut');
    const first = await adapter.prepare(req);
    if (first.status !== 'done') throw new Error('prepare failed');
    const inserts = fake.server.calls('videos.insert');
    const again = await adapter.prepare(req, first.value.state);
    expect(again).toMatchObject({ status: 'done', value: { state: { sessionUri: first.value.state.sessionUri, offset: 2 * KIB256 } } });
    expect(fake.server.calls('videos.insert')).toBe(inserts);
  });

  it('the last chunk answer is lost: reconcile asks the session and gets the video, no second upload', async () => {
    const req = request('Jawaban hilang');
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error('prepare failed');
    fake.server.failNext('upload.put', 'lost_answer');
    expect(await adapter.publish(req, prepared.value)).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish', code: 'timeout' } });
    const found = await adapter.reconcile(req, new Date(Date.now() - 5000), prepared.value.state);
    expect(found).toMatchObject({ status: 'done', value: { externalId: expect.any(String) } });
    expect([...fake.videos.values()].filter((v) => v.title === req.title)).toHaveLength(1);
  });

  it('the last chunk never arrived: reconcile says null, publishing again completes the same session', async () => {
    const req = request('Tidak sampai');
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error('prepare failed');
    fake.server.failNext('upload.put', 'drop');
    expect(await adapter.publish(req, prepared.value)).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish', code: 'network' } });
    expect(await adapter.reconcile(req, new Date(Date.now() - 5000), prepared.value.state)).toMatchObject({ status: 'done', value: null });
    expect(await adapter.publish(req, prepared.value)).toMatchObject({ status: 'done' });
    expect([...fake.videos.values()].filter((v) => v.title === req.title)).toHaveLength(1);
  });

  it('reconcile without a session finds the video in the channel uploads playlist', async () => {
    const since = new Date(Date.now() - 5000);
    const req = request('Dari playlist');
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error('prepare failed');
    await adapter.publish(req, prepared.value);
    expect(await adapter.reconcile(req, since)).toMatchObject({ status: 'done', value: { externalId: expect.any(String) } });
    expect(await adapter.reconcile(request('Tidak ada'), since)).toMatchObject({ status: 'done', value: null });
  });

  it('quotaExceeded waits until midnight Pacific; 429 uses Retry-After; 503 is a server error', async () => {
    fake.settings.quotaExhausted = true;
    const quota = await adapter.prepare(request('Kuota'));
    expect(quota).toMatchObject({ status: 'failed', error: { kind: 'rate_limited', code: 'youtube_quotaExceeded' } });
    if (quota.status === 'failed') expect(Math.abs(quota.error.retryAfterSec! - secondsUntilPacificMidnight())).toBeLessThanOrEqual(2);
    fake.settings.quotaExhausted = false;
    fake.server.failNext('videos.insert', 'rate_limit');
    expect(await adapter.prepare(request('429'))).toMatchObject({ status: 'failed', error: { kind: 'rate_limited', retryAfterSec: 30 } });
    fake.server.failNext('videos.insert', 'server_error');
    expect(await adapter.prepare(request('503'))).toMatchObject({ status: 'failed', error: { kind: 'server_error', code: 'youtube_backendError' } });
  });

  it('seconds until midnight Pacific, hand-computed: 2026-12-07 07:00 UTC is 23:00 PST → 3600 s', () => {
    expect(secondsUntilPacificMidnight(new Date('2026-12-07T07:00:00Z'))).toBe(3600);
    // 2026-07-01 06:30 UTC is 23:30 PDT → 1800 s
    expect(secondsUntilPacificMidnight(new Date('2026-07-01T06:30:00Z'))).toBe(1800);
  });

  it('refuses an invalid title the platform way (invalidTitle, permanent)', async () => {
    const req = { ...request('x'), title: '<b>judul</b>' };
    expect(await adapter.prepare(req)).toMatchObject({ status: 'failed', error: { kind: 'permanent', code: 'youtube_invalidTitle', httpStatus: 400 } });
  });

  it('an upload locked to private is published with a warning; a rejected one is permanent', async () => {
    fake.settings.lockedPrivate = true;
    const req = request('Terkunci');
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error('prepare failed');
    const published = await adapter.publish(req, prepared.value);
    if (published.status !== 'done') throw new Error('publish failed');
    expect(await adapter.confirm(req, published.value)).toMatchObject({ status: 'done', value: { warnings: ['youtube_locked_private'] } });
    fake.settings.lockedPrivate = false;
    fake.settings.outcome = 'rejected';
    const req2 = request('Ditolak');
    const p2 = await adapter.prepare(req2);
    if (p2.status !== 'done') throw new Error('prepare failed');
    const pub2 = await adapter.publish(req2, p2.value);
    if (pub2.status !== 'done') throw new Error('publish failed');
    expect(await adapter.confirm(req2, pub2.value)).toMatchObject({
      status: 'failed',
      error: { kind: 'permanent', code: 'youtube_rejected', detail: 'duplicate' },
    });
  });

  it('OAuth: code exchange, 401 → token_expired, refresh keeps the refresh token, revoked → reconnect', async () => {
    const url = adapter.authorizeUrl({ redirectUri: 'https://warta.example.go.id/cb', state: 'q' });
    expect(new URL(url).searchParams.get('access_type')).toBe('offline');
    const location = new URL((await pressConsent(url)).headers.get('location')!);
    const tokens = await adapter.exchangeCode(location.searchParams.get('code')!, 'https://warta.example.go.id/cb');
    if (tokens.status !== 'done') throw new Error('exchange failed');
    const credentials = { externalAccountId: fake.channelId, accessToken: tokens.value.accessToken, refreshToken: tokens.value.refreshToken };
    fake.server.setTokenState(credentials.accessToken, 'expired');
    expect(await adapter.prepare({ ...request('t'), credentials })).toMatchObject({
      status: 'failed',
      error: { kind: 'token_expired', code: 'youtube_authError' },
    });
    const refreshed = await adapter.refreshToken(credentials);
    expect(refreshed).toMatchObject({ status: 'done', value: { refreshToken: credentials.refreshToken } });
    for (const record of fake.server.tokens.values()) if (record.refreshToken === credentials.refreshToken) record.state = 'revoked';
    expect(await adapter.refreshToken(credentials)).toMatchObject({ status: 'failed', error: { kind: 'token_revoked', code: 'youtube_invalid_grant' } });
  });
});
