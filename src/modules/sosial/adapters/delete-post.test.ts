import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AccountCredentials, SocialAdapter } from '../adapter.ts';
import { type RunningFakes, startPlatformFakes } from '../fakes/start-fakes.ts';
import type { Platform } from '../platform.ts';
import { createAdapter } from './index.ts';

let fakes: RunningFakes;
const adapters = {} as Record<Platform, SocialAdapter>;

beforeAll(async () => {
  fakes = await startPlatformFakes();
  for (const platform of ['facebook', 'instagram', 'x', 'youtube', 'tiktok'] as const) {
    const config = { ...fakes.config, [platform]: { ...fakes.config[platform], timeoutMs: 1000, pollIntervalMs: 0 } };
    adapters[platform] = createAdapter(platform, config);
  }
});
afterAll(() => fakes?.stop());
afterEach(() => {
  for (const f of Object.values(fakes.fakes)) f.server.clearSwitches();
});

let serial = 0;
const creds = (platform: Platform, token?: string): AccountCredentials => ({ ...fakes.accounts[platform], ...(token ? { accessToken: token } : {}) });

async function facebookPost(): Promise<string> {
  const fb = adapters.facebook;
  const req = { credentials: creds('facebook'), text: `Kabar Facebook ${++serial}`, media: [] };
  const published = await fb.publish(req, { state: {} });
  if (published.status !== 'done') throw new Error('publish failed');
  return published.value.externalId;
}

function youtubeVideo(): string {
  const id = `vid${String(++serial).padStart(8, '0')}`;
  fakes.fakes.youtube.videos.set(id, { id, title: 'Video', description: '', privacy: 'public', madeForKids: false, created: new Date(), polls: 0 });
  return id;
}

async function xThread(n: number): Promise<{ externalId: string; extraIds: string[] }> {
  const texts = Array.from({ length: n }, (_, i) => `Utas ${++serial} bagian ${i + 1}`);
  const req = { credentials: creds('x'), text: texts[0]!, thread: texts.slice(1), media: [] };
  const published = await adapters.x.publish(req, { state: {} });
  if (published.status !== 'done') throw new Error('publish failed');
  const ids = published.value.state.postedIds as string[];
  return { externalId: ids[0]!, extraIds: ids.slice(1) };
}

describe('deleting a post on Facebook (Graph DELETE /{post-id})', () => {
  it('deletes a post: the fake no longer holds it; a second delete counts as done (already gone)', async () => {
    const id = await facebookPost();
    expect(fakes.fakes.facebook.posts.has(id)).toBe(true);
    const first = await adapters.facebook.deletePost!(creds('facebook'), { externalId: id });
    expect(first).toMatchObject({ status: 'done', value: { alreadyGone: false }, calls: [{ method: 'DELETE', status: 200 }] });
    expect(fakes.fakes.facebook.posts.has(id)).toBe(false);
    // Graph answers 400, code 100, subcode 33 for an object that does not exist.
    const again = await adapters.facebook.deletePost!(creds('facebook'), { externalId: id });
    expect(again).toMatchObject({ status: 'done', value: { alreadyGone: true }, calls: [{ status: 400 }] });
  });

  it('deletes a video post by its video id, with the post it made', async () => {
    const fb = fakes.fakes.facebook;
    // A video is pushed in prepare (resumable upload) and made public by publish's `finish`.
    const bytes = new Uint8Array(64 * 1024);
    const req = {
      credentials: creds('facebook'),
      text: `Video ${++serial}`,
      media: [
        {
          kind: 'video' as const,
          mimeType: 'video/mp4',
          bytes: bytes.length,
          url: '',
          stream: async function* (a: number, b: number) {
            yield bytes.subarray(a, b);
          },
        },
      ],
    };
    const prepared = await adapters.facebook.prepare(req);
    if (prepared.status !== 'done') throw new Error('prepare failed');
    const published = await adapters.facebook.publish(req, prepared.value);
    if (published.status !== 'done') throw new Error('publish failed');
    // Facebook makes the video's post when it finishes processing; the fake does on the first look.
    await adapters.facebook.confirm(req, published.value);
    const postsBefore = fb.posts.size;
    expect(await adapters.facebook.deletePost!(creds('facebook'), { externalId: published.value.externalId })).toMatchObject({ status: 'done' });
    expect(fb.videos.has(published.value.externalId)).toBe(false);
    expect(fb.posts.size).toBe(postsBefore - 1);
  });

  it('a throttled Page (code 32) is rate_limited with the wait Meta gives (7 minutes); the post stays', async () => {
    const id = await facebookPost();
    fakes.fakes.facebook.server.failNext('object.delete', 'rate_limit');
    const out = await adapters.facebook.deletePost!(creds('facebook'), { externalId: id });
    expect(out).toMatchObject({ status: 'failed', error: { kind: 'rate_limited', retryAfterSec: 420 } });
    expect(fakes.fakes.facebook.posts.has(id)).toBe(true);
  });

  it('a 500 is a server error (safe to repeat); a lost answer too, and repeating it ends as done', async () => {
    const id = await facebookPost();
    fakes.fakes.facebook.server.failNext('object.delete', 'server_error');
    expect(await adapters.facebook.deletePost!(creds('facebook'), { externalId: id })).toMatchObject({ status: 'failed', error: { kind: 'server_error' } });
    fakes.fakes.facebook.server.failNext('object.delete', 'lost_answer');
    expect(await adapters.facebook.deletePost!(creds('facebook'), { externalId: id })).toMatchObject({
      status: 'failed',
      error: { kind: 'server_error', code: 'timeout' },
    });
    expect(fakes.fakes.facebook.posts.has(id)).toBe(false);
    expect(await adapters.facebook.deletePost!(creds('facebook'), { externalId: id })).toMatchObject({ status: 'done', value: { alreadyGone: true } });
  });

  it('a revoked token (190/458) is token_revoked; an expired one (190/463) token_expired', async () => {
    const id = await facebookPost();
    const fb = fakes.fakes.facebook.server;
    const revoked = fb.issueToken(fakes.fakes.facebook.pageId, 'pages_manage_posts');
    fb.setTokenState(revoked, 'revoked');
    expect(await adapters.facebook.deletePost!(creds('facebook', revoked), { externalId: id })).toMatchObject({
      status: 'failed',
      error: { kind: 'token_revoked', code: 'meta_190_458' },
    });
    const expired = fb.issueToken(fakes.fakes.facebook.pageId, 'pages_manage_posts');
    fb.setTokenState(expired, 'expired');
    expect(await adapters.facebook.deletePost!(creds('facebook', expired), { externalId: id })).toMatchObject({
      status: 'failed',
      error: { kind: 'token_expired' },
    });
    expect(fakes.fakes.facebook.posts.has(id)).toBe(true);
  });
});

describe('deleting a post on X (DELETE /2/tweets/:id)', () => {
  it('deletes a thread, replies first: the fake holds none of its posts; again = already gone (404)', async () => {
    const post = await xThread(3);
    const out = await adapters.x.deletePost!(creds('x'), post);
    expect(out).toMatchObject({ status: 'done', value: { alreadyGone: false } });
    expect(out.calls.map((c) => c.endpoint.split('/').at(-1))).toEqual([...post.extraIds].reverse().concat(post.externalId));
    for (const id of [post.externalId, ...post.extraIds]) expect(fakes.fakes.x.tweets.has(id)).toBe(false);
    const again = await adapters.x.deletePost!(creds('x'), post);
    expect(again).toMatchObject({ status: 'done', value: { alreadyGone: true } });
    expect(again.calls.every((c) => c.status === 404)).toBe(true);
  });

  it('a 429 in the middle of a thread keeps what is done; repeating finishes it', async () => {
    const post = await xThread(2);
    fakes.fakes.x.server.failNext('tweets.delete', 'rate_limit', 1, 1);
    const out = await adapters.x.deletePost!(creds('x'), post);
    expect(out).toMatchObject({ status: 'failed', error: { kind: 'rate_limited', code: 'x_429' } });
    if (out.status === 'failed') expect(out.error.retryAfterSec).toBeGreaterThan(500);
    expect(fakes.fakes.x.tweets.has(post.extraIds[0]!)).toBe(false);
    expect(fakes.fakes.x.tweets.has(post.externalId)).toBe(true);
    expect(await adapters.x.deletePost!(creds('x'), post)).toMatchObject({ status: 'done', value: { alreadyGone: false } });
    expect(fakes.fakes.x.tweets.has(post.externalId)).toBe(false);
  });

  it('a 401 (expired or revoked token) asks for a refresh; a 503 is a server error', async () => {
    const post = await xThread(1);
    const dead = fakes.fakes.x.server.issueToken(fakes.fakes.x.userId, 'tweet.write');
    fakes.fakes.x.server.setTokenState(dead, 'revoked');
    expect(await adapters.x.deletePost!(creds('x', dead), post)).toMatchObject({ status: 'failed', error: { kind: 'token_expired', code: 'x_401' } });
    fakes.fakes.x.server.failNext('tweets.delete', 'server_error');
    expect(await adapters.x.deletePost!(creds('x'), post)).toMatchObject({ status: 'failed', error: { kind: 'server_error', code: 'x_503' } });
    expect(fakes.fakes.x.tweets.has(post.externalId)).toBe(true);
  });
});

describe('deleting a video on YouTube (videos.delete)', () => {
  it('deletes with 204: the fake no longer holds the video; again = 404 videoNotFound = done', async () => {
    const id = youtubeVideo();
    expect(await adapters.youtube.deletePost!(creds('youtube'), { externalId: id })).toMatchObject({
      status: 'done',
      value: { alreadyGone: false },
      calls: [{ method: 'DELETE', status: 204 }],
    });
    expect(fakes.fakes.youtube.videos.has(id)).toBe(false);
    expect(await adapters.youtube.deletePost!(creds('youtube'), { externalId: id })).toMatchObject({ status: 'done', value: { alreadyGone: true } });
  });

  it('429 waits as Retry-After says; 401 asks for a refresh', async () => {
    const id = youtubeVideo();
    fakes.fakes.youtube.server.failNext('videos.delete', 'rate_limit');
    expect(await adapters.youtube.deletePost!(creds('youtube'), { externalId: id })).toMatchObject({
      status: 'failed',
      error: { kind: 'rate_limited', retryAfterSec: 30 },
    });
    const expired = fakes.fakes.youtube.server.issueToken(fakes.fakes.youtube.channelId, 'youtube.force-ssl');
    fakes.fakes.youtube.server.setTokenState(expired, 'expired');
    expect(await adapters.youtube.deletePost!(creds('youtube', expired), { externalId: id })).toMatchObject({
      status: 'failed',
      error: { kind: 'token_expired' },
    });
    expect(fakes.fakes.youtube.videos.has(id)).toBe(true);
  });

  it('a token without a delete scope (connected before Warta asked for it) is a refusal, not a dead account', async () => {
    const id = youtubeVideo();
    const uploadOnly = fakes.fakes.youtube.server.issueToken(fakes.fakes.youtube.channelId, 'youtube.upload youtube.readonly');
    expect(await adapters.youtube.deletePost!(creds('youtube', uploadOnly), { externalId: id })).toMatchObject({
      status: 'failed',
      error: { kind: 'permanent', code: 'youtube_delete_scope_missing', httpStatus: 403 },
    });
  });

  it('asks for youtube.force-ssl at consent, so new connections may delete', () => {
    const url = new URL(adapters.youtube.authorizeUrl({ redirectUri: 'https://warta.example.go.id/cb', state: 's' }));
    expect(url.searchParams.get('scope')?.split(' ')).toContain('https://www.googleapis.com/auth/youtube.force-ssl');
  });
});

describe('Instagram and TikTok', () => {
  it('have no delete call in their publishing APIs, so their adapters offer none', () => {
    expect(adapters.instagram.deletePost).toBeUndefined();
    expect(adapters.tiktok.deletePost).toBeUndefined();
  });
});
