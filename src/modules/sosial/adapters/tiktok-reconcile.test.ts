import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MediaSource, PublishRequest } from '../adapter.ts';
import { createTikTokFake, type TikTokFake } from '../fakes/fake-tiktok.ts';
import { nextAction } from '../next-step.ts';
import { TikTokAdapter } from './tiktok.ts';

/*
 * A lost answer to TikTok's init: with a publish id, status/fetch tells; without one, video/list
 * (scope video.list) is searched page by page back to the send; without that scope, reconcile says
 * it cannot know and the row waits for a person — never a second post.
 */

let fake: TikTokFake;
let adapter: TikTokAdapter;

beforeAll(async () => {
  fake = createTikTokFake();
  const base = await fake.server.start();
  adapter = new TikTokAdapter({ clientId: 'tt-client', clientSecret: 'tt-secret', apiBase: base, authorizeBase: base, timeoutMs: 1500, pollIntervalMs: 0 });
});
afterAll(() => fake.server.stop());
afterEach(() => {
  fake.server.clearSwitches();
  fake.settings.listDelayMs = 0;
});

const photo: MediaSource = { kind: 'image', mimeType: 'image/jpeg', bytes: 1000, url: 'https://media.example.go.id/foto.jpg' };
const videoOf = (size: number): MediaSource => {
  const data = new Uint8Array(size);
  return {
    kind: 'video',
    mimeType: 'video/mp4',
    bytes: size,
    url: 'https://media.example.go.id/v.mp4',
    durationSec: 30,
    read: async (a, b) => data.subarray(a, b),
  };
};
let serial = 0;
const request = (text: string, media: MediaSource[], token = fake.token): PublishRequest => ({
  credentials: { externalAccountId: fake.openId, accessToken: token },
  text: `${text} ${++serial}`,
  media,
  settings: { privacyLevel: 'PUBLIC_TO_EVERYONE' },
});
const postsOf = (text: string) => fake.videos.filter((v) => v.title === text).length;
/** Other posts made on the account after ours (another tool, the app): newest first in video/list. */
const newer = (n: number) => {
  for (let i = 0; i < n; i++)
    fake.videos.push({ id: `73lain${serial}-${i}`, title: `Unggahan lain ${i}`, create_time: Math.floor(Date.now() / 1000), privacy: 'PUBLIC_TO_EVERYONE' });
};

async function lostInit(req: PublishRequest, route: 'video.init' | 'content.init') {
  const prepared = await adapter.prepare(req);
  if (prepared.status !== 'done') throw new Error(`prepare ${prepared.status}`);
  fake.server.failNext(route, 'lost_answer');
  const out = await adapter.publish(req, prepared.value);
  expect(out).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish' } });
  return prepared.value;
}

describe('TikTok reconcile after a lost init answer', () => {
  it('photos (content/init): found by description in video/list past 45 newer posts (three pages), exactly once', async () => {
    const since = new Date(Date.now() - 1000);
    const req = request('Foto kegiatan, jawaban hilang', [photo]);
    const prepared = await lostInit(req, 'content.init');
    newer(45);
    const lists = fake.server.calls('video.list');
    const found = await adapter.reconcile(req, since, prepared.state);
    expect(found).toMatchObject({ status: 'done', value: { externalId: expect.stringMatching(/^73/), permalink: expect.stringContaining('/video/') } });
    expect(fake.server.calls('video.list') - lists).toBe(3);
    expect(nextAction('reconcile', found)).toMatchObject({ action: 'done' });
    expect(postsOf(req.text)).toBe(1);
  });

  it('a post not listed yet (TikTok still processing it): reconcile waits and looks again, then finds it once', async () => {
    // Listed 4 s after the post is made (the lost init itself waits 1.5 s for its timeout).
    fake.settings.listDelayMs = 4000;
    const since = new Date(Date.now() - 1000);
    const req = request('Foto, belum terdaftar', [photo]);
    const prepared = await lostInit(req, 'content.init');
    const first = await adapter.reconcile(req, since, prepared.state);
    expect(first).toMatchObject({ status: 'pending', checkAfterSec: 60 });
    expect(nextAction('reconcile', first)).toMatchObject({ action: 'run', step: 'reconcile', afterSec: 60 });
    await new Promise((r) => setTimeout(r, 3000));
    const found = await adapter.reconcile(req, since, first.status === 'pending' ? first.state : {});
    expect(found).toMatchObject({ status: 'done', value: { externalId: expect.stringMatching(/^73/) } });
    expect(postsOf(req.text)).toBe(1);
  });

  it('long after the send, "not listed" is "not posted"; the search stops at the first page reaching back past the send', async () => {
    const since = new Date(Date.now() - 20 * 60_000);
    const old = Math.floor((since.getTime() - 10 * 60_000) / 1000);
    for (let i = 0; i < 25; i++) fake.videos.push({ id: `73lama-${i}`, title: `Lama ${i}`, create_time: old - i, privacy: 'PUBLIC_TO_EVERYONE' });
    const recent = fake.videos.filter((v) => v.create_time * 1000 >= since.getTime() - 60_000).length;
    const lists = fake.server.calls('video.list');
    expect(await adapter.reconcile(request('Belum pernah dikirim', [photo]), since, {})).toMatchObject({ status: 'done', value: null });
    // Pages of 20 up to and including the one where the old posts begin, not the pages of old posts after it.
    expect(fake.server.calls('video.list') - lists).toBe(Math.floor(recent / 20) + 1);
  });

  it('a video FILE_UPLOAD init whose answer was lost sent no bytes: never listed, so once settled publishing again posts once', async () => {
    const req = request('Video, init hilang', [videoOf(1000)]);
    const prepared = await lostInit(req, 'video.init');
    expect(await adapter.reconcile(req, new Date(Date.now() - 1000), prepared.state)).toMatchObject({ status: 'pending' });
    // As run-kiriman asks again later: the settle window has passed.
    const found = await adapter.reconcile(req, new Date(Date.now() - 20 * 60_000), prepared.state);
    expect(found).toMatchObject({ status: 'done', value: null });
    expect(nextAction('reconcile', found)).toMatchObject({ action: 'run', step: 'publish' });
    expect((await adapter.publish(req, prepared)).status).toBe('done');
    expect(postsOf(req.text)).toBe(1);
  });

  it('with a publish id, status/fetch decides and video/list is not asked', async () => {
    const req = request('Ada publish id', [photo]);
    const prepared = await adapter.prepare(req);
    if (prepared.status !== 'done') throw new Error('prepare');
    const published = await adapter.publish(req, prepared.value);
    if (published.status !== 'done') throw new Error('publish');
    const lists = fake.server.calls('video.list');
    let found = await adapter.reconcile(req, new Date(Date.now() - 1000), published.value.state);
    while (found.status === 'pending') found = await adapter.reconcile(req, new Date(Date.now() - 1000), published.value.state);
    expect(found).toMatchObject({ status: 'done', value: { externalId: expect.stringMatching(/^73/) } });
    expect(fake.server.calls('video.list')).toBe(lists);
  });

  it('without the video.list scope: a permanent failure that says so, no automatic retry, nothing posted twice', async () => {
    const limited = fake.server.issueToken(fake.openId, 'user.info.basic,video.publish', 'rft-terbatas');
    const since = new Date(Date.now() - 1000);
    const req = request('Tanpa izin daftar video', [photo], limited);
    const prepared = await lostInit(req, 'content.init');
    const out = await adapter.reconcile(req, since, prepared.state);
    expect(out).toMatchObject({ status: 'failed', error: { kind: 'permanent', code: 'tiktok_reconcile_needs_video_list' } });
    expect(nextAction('reconcile', out)).toEqual({ action: 'give_up', code: 'tiktok_reconcile_needs_video_list' });
    expect(postsOf(req.text)).toBe(1);
  });

  it('429 on video/list: rate limited, reconcile runs again after the wait', async () => {
    fake.server.failNext('video.list', 'rate_limit');
    const out = await adapter.reconcile(request('Sibuk', [photo]), new Date(), {});
    expect(out).toMatchObject({ status: 'failed', error: { kind: 'rate_limited', httpStatus: 429, retryAfterSec: 60 } });
    expect(nextAction('reconcile', out)).toMatchObject({ action: 'run', step: 'reconcile', afterSec: 60 });
  });
});
