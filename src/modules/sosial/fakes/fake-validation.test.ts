import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maybeStartPlatformFakes, type RunningFakes, startPlatformFakes, startPlatformFakesOnFreeBlock } from './start-fakes.ts';

let running: RunningFakes;
const base: Record<string, string> = {};
beforeAll(async () => {
  running = await startPlatformFakes();
  for (const [name, fake] of Object.entries(running.fakes)) base[name] = fake.server.baseUrl;
});
afterAll(() => running.stop());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const json = async (res: Response) => ({ status: res.status, body: await res.json() });

describe('the fakes refuse bad requests in each platform’s own error shape', () => {
  it('Graph: a feed post without message or link → 400 code 100 OAuthException; no token → code 104', async () => {
    const page = running.accounts.facebook.externalAccountId;
    const res = await json(
      await fetch(`${base.facebook}/v24.0/${page}/feed`, {
        method: 'POST',
        headers: bearer(running.accounts.facebook.accessToken),
        body: new URLSearchParams({}),
      }),
    );
    expect(res).toMatchObject({
      status: 400,
      body: { error: { code: 100, type: 'OAuthException', message: '(#100) Missing message or attachment', fbtrace_id: expect.any(String) } },
    });
    const anon = await json(await fetch(`${base.facebook}/v24.0/${page}/feed`, { method: 'POST', body: new URLSearchParams({ message: 'x' }) }));
    expect(anon.body.error.code).toBe(104);
  });

  it('Instagram: media_publish without creation_id and a carousel of one child', async () => {
    const ig = running.accounts.instagram;
    const res = await json(
      await fetch(`${base.instagram}/v24.0/${ig.externalAccountId}/media_publish`, {
        method: 'POST',
        headers: bearer(ig.accessToken),
        body: new URLSearchParams({}),
      }),
    );
    expect(res).toMatchObject({ status: 400, body: { error: { code: 100, message: '(#100) The parameter creation_id is required.' } } });
    const carousel = await json(
      await fetch(`${base.instagram}/v24.0/${ig.externalAccountId}/media`, {
        method: 'POST',
        headers: bearer(ig.accessToken),
        body: new URLSearchParams({ media_type: 'CAROUSEL', children: '1' }),
      }),
    );
    expect(carousel.body.error).toMatchObject({ code: 100, error_subcode: 2207013 });
  });

  it('X: a post with neither text nor media → 400 invalid-request problem; no token → 401 problem', async () => {
    const res = await json(
      await fetch(`${base.x}/2/tweets`, {
        method: 'POST',
        headers: { ...bearer(running.accounts.x.accessToken), 'content-type': 'application/json' },
        body: '{}',
      }),
    );
    expect(res).toMatchObject({
      status: 400,
      body: { title: 'Invalid Request', type: 'https://api.twitter.com/2/problems/invalid-request', errors: [{ message: expect.any(String) }] },
    });
    expect(await json(await fetch(`${base.x}/2/tweets`, { method: 'POST', body: '{}' }))).toMatchObject({
      status: 401,
      body: { title: 'Unauthorized', status: 401 },
    });
  });

  it('YouTube: a resumable insert without a title → 400 invalidTitle in Google’s error shape', async () => {
    const res = await json(
      await fetch(`${base.youtube}/upload/youtube/v3/videos?uploadType=resumable&part=snippet,status`, {
        method: 'POST',
        headers: {
          ...bearer(running.accounts.youtube.accessToken),
          'content-type': 'application/json',
          'x-upload-content-length': '10',
          'x-upload-content-type': 'video/mp4',
        },
        body: JSON.stringify({ snippet: {} }),
      }),
    );
    expect(res).toMatchObject({ status: 400, body: { error: { code: 400, errors: [{ reason: 'invalidTitle' }], status: 'INVALID_ARGUMENT' } } });
  });

  it('TikTok: an init with a chunk count that breaks the transfer rules → invalid_params in the {data, error} envelope', async () => {
    const res = await json(
      await fetch(`${base.tiktok}/v2/post/publish/video/init/`, {
        method: 'POST',
        headers: { ...bearer(running.accounts.tiktok.accessToken), 'content-type': 'application/json' },
        body: JSON.stringify({
          post_info: { title: 'x', privacy_level: 'SELF_ONLY' },
          source_info: { source: 'FILE_UPLOAD', video_size: 12 * 1024 * 1024, chunk_size: 1024 * 1024, total_chunk_count: 12 },
        }),
      }),
    );
    expect(res).toMatchObject({ status: 400, body: { data: {}, error: { code: 'invalid_params', log_id: expect.any(String) } } });
  });

  it('Graph videos: a transfer at the wrong offset → 1363037; a finish before every byte → 1363040; a story with both URLs → code 100', async () => {
    const page = running.accounts.facebook.externalAccountId;
    const post = (body: URLSearchParams | FormData) =>
      fetch(`${base.facebook}/v24.0/${page}/videos`, { method: 'POST', headers: bearer(running.accounts.facebook.accessToken), body }).then(json);
    const start = await post(new URLSearchParams({ upload_phase: 'start', file_size: '4096' }));
    expect(start).toMatchObject({
      status: 200,
      body: { upload_session_id: expect.any(String), video_id: expect.any(String), start_offset: '0', end_offset: '4096' },
    });
    const chunk = new FormData();
    for (const [k, v] of Object.entries({ upload_phase: 'transfer', upload_session_id: start.body.upload_session_id, start_offset: '100' })) chunk.set(k, v);
    chunk.set('video_file_chunk', new Blob([new Uint8Array(10)]), 'chunk');
    expect((await post(chunk)).body.error).toMatchObject({ code: 6001, error_subcode: 1363037 });
    const finish = await post(new URLSearchParams({ upload_phase: 'finish', upload_session_id: start.body.upload_session_id }));
    expect(finish.body.error).toMatchObject({ error_subcode: 1363040 });
    const ig = running.accounts.instagram;
    const story = await json(
      await fetch(`${base.instagram}/v24.0/${ig.externalAccountId}/media`, {
        method: 'POST',
        headers: bearer(ig.accessToken),
        body: new URLSearchParams({ media_type: 'STORIES', image_url: 'https://a.id/x.jpg', video_url: 'https://a.id/x.mp4' }),
      }),
    );
    expect(story).toMatchObject({ status: 400, body: { error: { code: 100 } } });
  });

  it('TikTok video/list: max_count over 20 → invalid_params; a token without video.list → 401 scope_not_authorized', async () => {
    const tt = running.fakes.tiktok;
    const list = (token: string, body: unknown) =>
      fetch(`${base.tiktok}/v2/video/list/?fields=id,title`, {
        method: 'POST',
        headers: { ...bearer(token), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(json);
    expect(await list(tt.token, { max_count: 21 })).toMatchObject({ status: 400, body: { error: { code: 'invalid_params' } } });
    expect(await list(tt.token, { max_count: 20 })).toMatchObject({ status: 200, body: { data: { videos: [], has_more: false }, error: { code: 'ok' } } });
    const limited = tt.server.issueToken(tt.openId, 'user.info.basic,video.publish');
    expect(await list(limited, {})).toMatchObject({ status: 401, body: { error: { code: 'scope_not_authorized' } } });
  });

  it('starts from the environment only with WARTA_PLATFORM_FAKES=1, on the given ports', async () => {
    expect(await maybeStartPlatformFakes({})).toBeUndefined();
    // A block known to be free a moment ago: both database projects run this file at once.
    const probe = await startPlatformFakesOnFreeBlock();
    await probe.fakes.stop();
    const base = probe.basePort;
    const fromEnv = await maybeStartPlatformFakes({ WARTA_PLATFORM_FAKES: '1', WARTA_PLATFORM_FAKES_PORT: String(base) });
    try {
      expect(fromEnv?.fakes.facebook.server.baseUrl).toBe(`http://127.0.0.1:${base}`);
      expect(fromEnv?.fakes.tiktok.server.baseUrl).toBe(`http://127.0.0.1:${base + 4}`);
      // A busy block is refused at once, not left hanging.
      await expect(maybeStartPlatformFakes({ WARTA_PLATFORM_FAKES: '1', WARTA_PLATFORM_FAKES_PORT: String(base) })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await fromEnv?.stop();
    }
  });
});
