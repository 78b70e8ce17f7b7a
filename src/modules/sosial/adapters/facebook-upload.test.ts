import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject, MediaSource, PublishRequest } from '../adapter.ts';
import { createFacebookFake, type FacebookFake } from '../fakes/fake-facebook.ts';
import { FacebookAdapter } from './facebook.ts';

/*
 * The variant's post type (link / photos / video) and the push upload: photos as multipart `source`
 * staged with published=false, a video through the Video API's resumable phases. No media has a
 * public URL here: Facebook works when Warta cannot be reached from the internet.
 */

let fake: FacebookFake;
let adapter: FacebookAdapter;
const KB = 1024;

beforeAll(async () => {
  fake = createFacebookFake();
  const base = await fake.server.start();
  adapter = new FacebookAdapter({ clientId: 'fb-app', clientSecret: 'fb-secret', graphBase: base, timeoutMs: 1500, pollIntervalMs: 0 });
});
afterAll(() => fake.server.stop());
afterEach(() => {
  fake.server.clearSwitches();
  Object.assign(fake.settings, { videoOutcome: 'ready', videoPollsBeforeReady: 1, videoChunkBytes: 1024 * KB });
});

const photo = (n: number, mimeType = 'image/jpeg'): MediaSource => ({
  kind: 'image',
  mimeType,
  bytes: 2 * KB,
  url: '',
  read: async (a, b) => new Uint8Array(b - a).fill(n),
});
/** A video whose bytes come in 64 KB pieces, as media-sources streams them from storage; `pieces` counts them. */
function video(bytes: number) {
  const seen = { pieces: 0, largest: 0 };
  const source: MediaSource = {
    kind: 'video',
    mimeType: 'video/mp4',
    bytes,
    url: '',
    stream: async function* (a, b) {
      for (let at = a; at < b; at += 64 * KB) {
        const piece = new Uint8Array(Math.min(64 * KB, b - at));
        seen.pieces += 1;
        seen.largest = Math.max(seen.largest, piece.length);
        yield piece;
      }
    },
  };
  return { source, seen };
}
const request = (text: string, media: MediaSource[], postType?: string, link?: string): PublishRequest => ({
  credentials: { externalAccountId: fake.pageId, accessToken: fake.pageToken },
  text,
  media,
  ...(link ? { link } : {}),
  ...(postType ? { settings: { postType } } : {}),
});
const postsWith = (text: string) => [...fake.posts.values()].filter((p) => p.message === text);

async function prepared(req: PublishRequest): Promise<JsonObject> {
  let out = await adapter.prepare(req);
  for (let i = 0; i < 5 && out.status === 'failed' && out.error.kind === 'server_error'; i++) out = await adapter.prepare(req, out.state);
  if (out.status !== 'done') throw new Error(`prepare ${out.status}`);
  return out.value.state;
}
async function confirmedVideo(req: PublishRequest, externalId: string, state: JsonObject) {
  let out = await adapter.confirm(req, { externalId, state });
  while (out.status === 'pending') out = await adapter.confirm(req, { externalId, state });
  return out;
}

describe('Facebook post type', () => {
  it('link: a feed post with the link and message, and no file uploaded even if media came along', async () => {
    const before = fake.photos.size;
    const req = request('Tautan berita hari ini', [photo(1)], 'link', 'https://warta.example.go.id/berita/2');
    const state = await prepared(req);
    const out = await adapter.publish(req, { state });
    expect(out.status).toBe('done');
    expect(postsWith('Tautan berita hari ini')).toEqual([expect.objectContaining({ link: 'https://warta.example.go.id/berita/2', attached: [] })]);
    expect(fake.photos.size).toBe(before);
  });

  it('photos: each photo pushed as `source` with published=false, then one feed post attaching them', async () => {
    const req = request('Album kegiatan', [photo(1), photo(2)], 'photos');
    const state = await prepared(req);
    const staged = state.mediaFbids as string[];
    expect(staged).toHaveLength(2);
    for (const id of staged) expect(fake.photos.get(id)).toMatchObject({ url: 'upload', published: false });
    expect(postsWith('Album kegiatan')).toHaveLength(0);
    const out = await adapter.publish(req, { state });
    expect(out.status).toBe('done');
    expect(postsWith('Album kegiatan')).toEqual([expect.objectContaining({ attached: staged })]);
  });

  it('a photo Facebook refuses (not JPG/PNG, subcode 1366046) is permanent', async () => {
    const out = await adapter.prepare(request('GIF', [photo(1, 'image/gif')], 'photos'));
    expect(out).toMatchObject({ status: 'failed', error: { kind: 'permanent', code: 'meta_100_1366046' } });
  });

  it('an upload failure in the middle keeps the photos already staged; prepare resumes from them', async () => {
    const req = request('Tiga foto, satu gagal', [photo(1), photo(2), photo(3)], 'photos');
    fake.server.failNext('photos.create', 'server_error', 1, 1);
    const first = await adapter.prepare(req);
    expect(first).toMatchObject({ status: 'failed', error: { kind: 'server_error' }, state: { mediaFbids: [expect.any(String)] } });
    const calls = fake.server.calls('photos.create');
    const second = await adapter.prepare(req, first.status === 'failed' ? first.state : undefined);
    expect(second).toMatchObject({ status: 'done', value: { state: { mediaFbids: [expect.any(String), expect.any(String), expect.any(String)] } } });
    expect(fake.server.calls('photos.create') - calls).toBe(2);
  });

  it('429 while staging: rate_limited with the wait from X-Business-Use-Case-Usage, progress kept', async () => {
    fake.server.failNext('photos.create', 'rate_limit', 1, 1);
    const out = await adapter.prepare(request('Sibuk', [photo(1), photo(2)], 'photos'));
    expect(out).toMatchObject({
      status: 'failed',
      error: { kind: 'rate_limited', code: 'meta_32', retryAfterSec: 420 },
      state: { mediaFbids: [expect.any(String)] },
    });
  });

  it('a lost answer to the photo post is reconciled from published_posts: one post', async () => {
    const since = new Date(Date.now() - 1000);
    const req = request('Album, jawaban hilang', [photo(1), photo(2)], 'photos');
    const state = await prepared(req);
    fake.server.failNext('feed.create', 'lost_answer');
    expect(await adapter.publish(req, { state })).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish' } });
    expect(await adapter.reconcile(req, since, state)).toMatchObject({ status: 'done', value: { externalId: expect.stringMatching(/^104000000000001_/) } });
    expect(postsWith('Album, jawaban hilang')).toHaveLength(1);
  });
});

describe('Facebook video: resumable upload on /{page}/videos', () => {
  it('start → transfer chunk by chunk (streamed, never the whole file) → nothing visible until finish → ready', async () => {
    const { source, seen } = video(2500 * KB);
    const req = request('Video rapat koordinasi', [source], 'video');
    const state = await prepared(req);
    const session = fake.sessions.get(state.uploadSessionId as string)!;
    expect(session).toMatchObject({ size: 2500 * KB, received: 2500 * KB });
    expect(seen.largest).toBeLessThanOrEqual(64 * KB);
    expect(seen.pieces).toBe(Math.ceil((1024 * KB) / (64 * KB)) * 2 + Math.ceil((452 * KB) / (64 * KB)));
    expect(postsWith('Video rapat koordinasi')).toHaveLength(0);
    const out = await adapter.publish(req, { state });
    expect(out).toMatchObject({ status: 'done', value: { externalId: state.videoId, state: { kind: 'video' } } });
    if (out.status !== 'done') return;
    expect(await confirmedVideo(req, out.value.externalId, out.value.state)).toMatchObject({
      status: 'done',
      value: { permalink: expect.stringContaining(`/videos/${state.videoId}`) },
    });
    expect(postsWith('Video rapat koordinasi')).toHaveLength(1);
  });

  it('a dropped chunk: prepare fails retryable with its progress and resumes at that chunk', async () => {
    const { source } = video(3000 * KB);
    const req = request('Video, koneksi putus', [source], 'video');
    fake.server.failNext('videos.create', 'drop', 1, 2);
    const first = await adapter.prepare(req);
    expect(first).toMatchObject({ status: 'failed', error: { kind: 'server_error' }, state: { startOffset: 1024 * KB } });
    const second = await adapter.prepare(req, first.status === 'failed' ? first.state : undefined);
    expect(second.status).toBe('done');
    if (second.status !== 'done') return;
    expect(fake.sessions.get(second.value.state.uploadSessionId as string)).toMatchObject({ received: 3000 * KB });
  });

  it('a lost answer to finish: reconcile sees the video published and confirms it; no second post', async () => {
    const since = new Date(Date.now() - 1000);
    const req = request('Video, jawaban finish hilang', [video(1500 * KB).source], 'video');
    const state = await prepared(req);
    fake.server.failNext('videos.create', 'lost_answer');
    expect(await adapter.publish(req, { state })).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish' } });
    let found = await adapter.reconcile(req, since, state);
    while (found.status === 'pending') found = await adapter.reconcile(req, since, found.state);
    expect(found).toMatchObject({ status: 'done', value: { externalId: state.videoId } });
    expect(postsWith('Video, jawaban finish hilang')).toHaveLength(1);
  });

  it('finish that never arrived: reconcile answers "not there", and finishing again posts once', async () => {
    const since = new Date(Date.now() - 1000);
    const req = request('Video, finish tidak sampai', [video(1100 * KB).source], 'video');
    const state = await prepared(req);
    fake.server.failNext('videos.create', 'drop');
    expect(await adapter.publish(req, { state })).toMatchObject({ status: 'failed', error: { kind: 'unknown_after_publish' } });
    expect(await adapter.reconcile(req, since, state)).toMatchObject({ status: 'done', value: null });
    expect((await adapter.publish(req, { state })).status).toBe('done');
    expect(postsWith('Video, finish tidak sampai')).toHaveLength(1);
  });

  it('a video Facebook cannot process is a permanent failure at confirm', async () => {
    fake.settings.videoOutcome = 'error';
    const req = request('Video rusak', [video(1100 * KB).source], 'video');
    const state = await prepared(req);
    const out = await adapter.publish(req, { state });
    if (out.status !== 'done') throw new Error('publish');
    expect(await confirmedVideo(req, out.value.externalId, out.value.state)).toMatchObject({
      status: 'failed',
      error: { kind: 'permanent', code: 'facebook_video_error' },
    });
  });
});
