import { addConsentRoutes } from './consent-page.ts';
import { type FakeRequest, type FakeResponse, FakeServer, fakeId } from './fake-server.ts';

const MB = 1024 * 1024;
const answer = (status: number, data: unknown, code = 'ok', message = ''): FakeResponse => ({
  status,
  json: { data, error: { code, message, log_id: fakeId('2026') } },
});
const refuse = (status: number, code: string, message: string) => answer(status, {}, code, message);

interface Publish {
  id: string;
  inbox?: boolean;
  source: 'FILE_UPLOAD' | 'PULL_FROM_URL';
  size: number;
  received: number;
  title: string;
  privacy: string;
  polls: number;
  videoId?: string;
}

/**
 * TikTok Content Posting API for one creator: OAuth v2, creator_info, video and photo init,
 * the chunked PUT to upload_url, status/fetch and video/list (paged; refused without the
 * video.list scope). Switches: `unaudited` (only SELF_ONLY accepted), `publishOutcome` with
 * `failReason`, `processingPolls`, `privacyOptions`, `listDelayMs` (how long a new post stays out of video/list).
 */
export function createTikTokFake(app = { clientKey: 'tt-client', clientSecret: 'tt-secret' }) {
  const openId = '-000fiktif-open-id';
  const server = new FakeServer({
    rateLimited: () => refuse(429, 'rate_limit_exceeded', 'API rate limit exceeded, please retry later.'),
    serverError: () => refuse(500, 'internal_error', "Something is wrong with TikTok's server. Please try again later."),
  });
  const publishes = new Map<string, Publish>();
  // `listedAt`: when video/list starts showing it (TikTok lists a post once processed; `listDelayMs`).
  const videos: { id: string; title: string; create_time: number; privacy: string; listedAt?: number }[] = [];
  const codes = new Set<string>();
  const settings = {
    unaudited: false,
    publishOutcome: 'PUBLISH_COMPLETE' as 'PUBLISH_COMPLETE' | 'FAILED',
    failReason: 'file_format_check_failed',
    processingPolls: 1,
    privacyOptions: ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'FOLLOWER_OF_CREATOR', 'SELF_ONLY'],
    verifiedDomains: ['media.example.go.id'],
    listDelayMs: 0,
  };
  const token = server.issueToken(openId, 'user.info.basic,video.publish,video.upload,video.list', fakeId('rft'));

  const auth = (req: FakeRequest): FakeResponse | undefined => {
    const record = server.tokens.get(req.bearer() ?? '');
    if (record?.state !== 'valid') return refuse(401, 'access_token_invalid', 'The access token is invalid or not found in the request.');
    return undefined;
  };
  const finish = (p: Publish) => {
    if (settings.publishOutcome === 'FAILED' || p.inbox) return;
    p.videoId = fakeId('73');
    videos.push({ id: p.videoId, title: p.title, create_time: Math.floor(Date.now() / 1000), privacy: p.privacy, listedAt: Date.now() + settings.listDelayMs });
  };
  const checkPrivacy = (privacy: unknown): FakeResponse | undefined => {
    if (typeof privacy !== 'string' || !settings.privacyOptions.includes(privacy))
      return refuse(400, 'privacy_level_option_mismatch', 'privacy_level is not among the creator\u2019s options.');
    if (settings.unaudited && privacy !== 'SELF_ONLY') {
      return refuse(
        403,
        'unaudited_client_can_only_post_to_private_accounts',
        'Please review our integration guidelines at https://developers.tiktok.com/doc/content-sharing-guidelines/',
      );
    }
    return undefined;
  };

  addConsentRoutes(server, 'oauth.authorize', '/v2/auth/authorize/', {
    platform: 'TikTok',
    account: '@kominfo.simulasi',
    check: (q) =>
      q.get('client_key') !== app.clientKey || !q.get('redirect_uri') || q.get('response_type') !== 'code' ? { status: 400, text: 'param_error' } : undefined,
    scopes: (q) => (q.get('scope') ?? '').split(','),
    allow: (q) => {
      const code = fakeId('ttc');
      codes.add(code);
      return { code, scopes: q.get('scope') ?? '' };
    },
    // TikTok Login Kit for Web: a cancelled authorization redirects with error and error_description.
    deny: { error: 'access_denied', error_description: 'The user denied the authorization.' },
  });

  server.route('oauth.token', 'POST', '/v2/oauth/token/', async (req) => {
    const f = await req.form();
    const bad = (error: string, description: string) => ({ status: 400, json: { error, error_description: description, log_id: fakeId('2026') } });
    if (f.get('client_key') !== app.clientKey || f.get('client_secret') !== app.clientSecret)
      return bad('invalid_client', 'Client key or secret is incorrect.');
    const issue = (scope: string) => {
      const refresh = fakeId('rft');
      return {
        status: 200,
        json: {
          access_token: server.issueToken(openId, scope, refresh),
          expires_in: 86400,
          open_id: openId,
          refresh_expires_in: 31536000,
          refresh_token: refresh,
          scope,
          token_type: 'Bearer',
        },
      };
    };
    if (f.get('grant_type') === 'authorization_code') {
      if (!codes.delete(String(f.get('code')))) return bad('invalid_grant', 'Authorization code is expired.');
      return issue('user.info.basic,video.publish,video.upload,video.list');
    }
    if (f.get('grant_type') === 'refresh_token') {
      const old = [...server.tokens.values()].find((r) => r.refreshToken && r.refreshToken === f.get('refresh_token'));
      if (!old || old.state === 'revoked') return bad('invalid_grant', 'Refresh token is invalid or expired.');
      return issue(old.scope);
    }
    return bad('invalid_request', 'grant_type is invalid.');
  });

  server.route('user.info', 'GET', '/v2/user/info/', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    return {
      status: 200,
      json: {
        data: { user: { open_id: openId, display_name: 'Kominfo Simulasi', profile_deep_link: 'https://www.tiktok.com/@kominfo.simulasi' } },
        error: { code: 'ok', message: '', log_id: fakeId('2026') },
      },
    };
  });

  server.route('creator_info', 'POST', '/v2/post/publish/creator_info/query/', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    return answer(200, {
      creator_avatar_url: 'https://media.example.go.id/avatar.jpg',
      creator_username: 'diskominfo.fiktif',
      creator_nickname: 'Diskominfo Fiktif',
      privacy_level_options: settings.privacyOptions,
      comment_disabled: false,
      duet_disabled: true,
      stitch_disabled: false,
      max_video_post_duration_sec: 600,
    });
  });

  server.route('video.init', 'POST', '/v2/post/publish/video/init/', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    const body = req.json() as
      | {
          post_info?: { title?: string; privacy_level?: string };
          source_info?: { source?: string; video_size?: number; chunk_size?: number; total_chunk_count?: number; video_url?: string };
        }
      | undefined;
    const info = body?.post_info;
    const src = body?.source_info;
    if (!info || !src) return refuse(400, 'invalid_params', 'post_info and source_info are required.');
    if ((info.title ?? '').length > 2200) return refuse(400, 'invalid_params', 'title is too long.');
    const privacy = checkPrivacy(info.privacy_level);
    if (privacy) return privacy;
    const id = fakeId('v_pub_file~');
    if (src.source === 'PULL_FROM_URL') {
      let host = '';
      try {
        host = new URL(src.video_url ?? '').host;
      } catch {
        return refuse(400, 'invalid_params', 'video_url is invalid.');
      }
      if (!settings.verifiedDomains.includes(host)) return refuse(403, 'url_ownership_unverified', 'The domain or URL prefix of video_url is not verified.');
      const p: Publish = { id, source: 'PULL_FROM_URL', size: 0, received: 0, title: info.title ?? '', privacy: info.privacy_level!, polls: 0 };
      publishes.set(id, p);
      finish(p);
      return answer(200, { publish_id: id });
    }
    if (src.source !== 'FILE_UPLOAD') return refuse(400, 'invalid_params', 'source must be FILE_UPLOAD or PULL_FROM_URL.');
    const { video_size: size = 0, chunk_size: chunk = 0, total_chunk_count: count = 0 } = src;
    const valid =
      size > 0 &&
      count >= 1 &&
      count <= 1000 &&
      count === Math.max(1, Math.floor(size / chunk)) &&
      (size < 5 * MB ? chunk === size && count === 1 : chunk >= 5 * MB && chunk <= 64 * MB && size - (count - 1) * chunk <= 128 * MB);
    if (!valid) return refuse(400, 'invalid_params', 'The chunk size or total chunk count is invalid.');
    publishes.set(id, { id, source: 'FILE_UPLOAD', size, received: 0, title: info.title ?? '', privacy: info.privacy_level!, polls: 0 });
    return answer(200, { publish_id: id, upload_url: `${server.baseUrl}/upload/${encodeURIComponent(id)}` });
  });

  server.route('inbox.init', 'POST', '/v2/post/publish/inbox/video/init/', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    if (!server.tokens.get(req.bearer()!)!.scope.split(',').includes('video.upload')) {
      return refuse(401, 'scope_not_authorized', 'The user did not authorize the scope required for completing this request.');
    }
    const src = (req.json() as { source_info?: { source?: string; video_size?: number; video_url?: string } } | undefined)?.source_info;
    if (!src || !['FILE_UPLOAD', 'PULL_FROM_URL'].includes(src.source ?? '')) return refuse(400, 'invalid_params', 'source_info is required.');
    const id = fakeId('v_inbox~');
    const p: Publish = {
      id,
      inbox: true,
      source: src.source as Publish['source'],
      size: src.video_size ?? 0,
      received: 0,
      title: '',
      privacy: 'SELF_ONLY',
      polls: 0,
    };
    publishes.set(id, p);
    return answer(200, { publish_id: id, ...(p.source === 'FILE_UPLOAD' ? { upload_url: `${server.baseUrl}/upload/${encodeURIComponent(id)}` } : {}) });
  });

  server.route('content.init', 'POST', '/v2/post/publish/content/init/', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    const body = req.json() as
      | {
          media_type?: string;
          post_mode?: string;
          post_info?: { title?: string; description?: string; privacy_level?: string };
          source_info?: { source?: string; photo_images?: string[] };
        }
      | undefined;
    if (body?.media_type !== 'PHOTO' || !['DIRECT_POST', 'MEDIA_UPLOAD'].includes(body.post_mode ?? ''))
      return refuse(400, 'invalid_params', 'media_type and post_mode are required.');
    const images = body.source_info?.photo_images ?? [];
    if (body.source_info?.source !== 'PULL_FROM_URL' || images.length < 1 || images.length > 35)
      return refuse(400, 'invalid_params', 'photo_images must hold 1 to 35 URLs.');
    if ((body.post_info?.title ?? '').length > 90) return refuse(400, 'invalid_params', 'title is too long.');
    const privacy = checkPrivacy(body.post_info?.privacy_level);
    if (privacy) return privacy;
    const id = fakeId('p_pub_url~');
    const p: Publish = {
      id,
      source: 'PULL_FROM_URL',
      size: 0,
      received: 0,
      title: body.post_info?.description ?? '',
      privacy: body.post_info!.privacy_level!,
      polls: 0,
    };
    publishes.set(id, p);
    finish(p);
    return answer(200, { publish_id: id });
  });

  server.route('upload.put', 'PUT', '/upload/:id', (req) => {
    const p = publishes.get(req.params.id!);
    if (p?.source !== 'FILE_UPLOAD') return { status: 404, text: '' };
    const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(req.headers['content-range'] ?? ''));
    if (!m || Number(m[1]) !== p.received || Number(m[3]) !== p.size || Number(m[2]) - Number(m[1]) + 1 !== req.raw.length) return { status: 400, text: '' };
    p.received += req.raw.length;
    if (p.received < p.size) return { status: 206, text: '' };
    finish(p);
    return { status: 201, text: '' };
  });

  server.route('status.fetch', 'POST', '/v2/post/publish/status/fetch/', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    const p = publishes.get(String((req.json() as { publish_id?: string } | undefined)?.publish_id ?? ''));
    if (!p) return refuse(400, 'invalid_publish_id', 'publish_id does not exist.');
    if (p.source === 'FILE_UPLOAD' && p.received < p.size) return answer(200, { status: 'PROCESSING_UPLOAD', uploaded_bytes: p.received });
    p.polls += 1;
    if (p.polls <= settings.processingPolls)
      return answer(200, { status: p.source === 'FILE_UPLOAD' ? 'PROCESSING_UPLOAD' : 'PROCESSING_DOWNLOAD', uploaded_bytes: p.received });
    if (settings.publishOutcome === 'FAILED') return answer(200, { status: 'FAILED', fail_reason: settings.failReason });
    if (p.inbox) return answer(200, { status: 'SEND_TO_USER_INBOX', uploaded_bytes: p.received });
    const ids = p.privacy === 'SELF_ONLY' ? [] : [p.videoId];
    return answer(200, { status: 'PUBLISH_COMPLETE', publicaly_available_post_id: ids, uploaded_bytes: p.received });
  });

  // Newest first, `max_count` ≤ 20, `cursor` to the next page while `has_more`. TikTok's cursor is a
  // timestamp; clients pass it back unread, so the fake's is the position in the list.
  server.route('video.list', 'POST', '/v2/video/list/', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    if (!server.tokens.get(req.bearer()!)!.scope.split(',').includes('video.list'))
      return refuse(401, 'scope_not_authorized', 'The user did not authorize the scope required for completing this request.');
    if (!req.query.get('fields')) return refuse(400, 'invalid_params', 'fields is required.');
    const body = req.json() as { max_count?: number; cursor?: number } | undefined;
    const max = body?.max_count ?? 10;
    if (max < 1 || max > 20) return refuse(400, 'invalid_params', 'max_count must be between 1 and 20.');
    const from = body?.cursor ?? 0;
    const now = Date.now();
    const listed = videos.filter((v) => (v.listedAt ?? 0) <= now);
    const newest = listed.sort((a, b) => b.create_time - a.create_time || videos.indexOf(b) - videos.indexOf(a));
    const list = newest.slice(from, from + max);
    return answer(200, {
      videos: list.map((v) => ({
        id: v.id,
        title: v.title,
        video_description: v.title,
        create_time: v.create_time,
        share_url: `https://www.tiktok.com/@diskominfo.fiktif/video/${v.id}`,
      })),
      cursor: from + list.length,
      has_more: from + list.length < newest.length,
    });
  });

  return { server, openId, token, publishes, videos, settings, app };
}
export type TikTokFake = ReturnType<typeof createTikTokFake>;
