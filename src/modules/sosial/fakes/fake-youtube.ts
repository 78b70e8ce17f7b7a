import { addConsentRoutes } from './consent-page.ts';
import { type FakeRequest, type FakeResponse, FakeServer, fakeId } from './fake-server.ts';

const googleError = (code: number, reason: string, message: string, status: string, headers?: Record<string, string>): FakeResponse => ({
  status: code,
  headers,
  json: { error: { code, message, errors: [{ message, domain: reason === 'quotaExceeded' ? 'youtube.quota' : 'global', reason }], status } },
});

interface Session {
  total: number;
  type: string;
  received: number;
  meta: { title: string; description: string; privacy: string; madeForKids: boolean };
  videoId?: string;
}
interface Video {
  id: string;
  title: string;
  description: string;
  privacy: string;
  madeForKids: boolean;
  created: Date;
  polls: number;
}

/**
 * YouTube Data API v3 for one channel: OAuth (Google endpoints), the resumable upload (session,
 * 308 with Range, status query, completion), videos.list, channels.list and playlistItems.list.
 * Switches: `quotaExhausted` (403 quotaExceeded on insert), `lockedPrivate` (unaudited project),
 * `outcome` ('processed' | 'rejected') after `processingPolls` reads.
 */
export function createYouTubeFake(app = { clientId: 'yt-client', clientSecret: 'yt-secret' }) {
  const channelId = 'UCfiktif00000000000001';
  const server = new FakeServer({
    rateLimited: () =>
      googleError(429, 'rateLimitExceeded', 'The request cannot be completed because you have exceeded your quota.', 'RESOURCE_EXHAUSTED', {
        'retry-after': '30',
      }),
    serverError: () => googleError(503, 'backendError', 'Backend Error', 'UNAVAILABLE'),
  });
  const sessions = new Map<string, Session>();
  const videos = new Map<string, Video>();
  let videoSerial = 0;
  // Each code remembers the scopes asked for at the consent screen; the token carries them.
  const codes = new Map<string, string>();
  const settings = { quotaExhausted: false, lockedPrivate: false, outcome: 'processed' as 'processed' | 'rejected', processingPolls: 1 };
  const token = server.issueToken(channelId, 'youtube.upload youtube.readonly youtube.force-ssl', 'yt-refresh');

  const auth = (req: FakeRequest): FakeResponse | undefined => {
    const record = server.tokens.get(req.bearer() ?? '');
    if (record?.state !== 'valid') {
      return googleError(
        401,
        'authError',
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        'UNAUTHENTICATED',
      );
    }
    return undefined;
  };
  const videoResource = (v: Video, uploadStatus = 'uploaded') => ({
    kind: 'youtube#video',
    id: v.id,
    snippet: { title: v.title, description: v.description, channelId, publishedAt: v.created.toISOString() },
    status: {
      uploadStatus,
      privacyStatus: settings.lockedPrivate ? 'private' : v.privacy,
      ...(uploadStatus === 'rejected' ? { rejectionReason: 'duplicate' } : {}),
    },
  });

  addConsentRoutes(server, 'oauth.authorize', '/o/oauth2/v2/auth', {
    platform: 'YouTube (Google)',
    account: 'kominfo.simulasi@gmail.com',
    check: (q) =>
      q.get('client_id') !== app.clientId || !q.get('redirect_uri') || q.get('response_type') !== 'code'
        ? { status: 400, text: 'Error 400: invalid_request' }
        : undefined,
    scopes: (q) => (q.get('scope') ?? '').split(' '),
    allow: (q) => {
      const code = fakeId('4/');
      codes.set(code, q.get('scope') ?? 'https://www.googleapis.com/auth/youtube.upload');
      return { code };
    },
    // Google's OAuth 2.0 for web server apps: a refused consent comes back as error=access_denied.
    deny: { error: 'access_denied' },
  });

  server.route('oauth.token', 'POST', '/token', async (req) => {
    const f = await req.form();
    if (f.get('client_id') !== app.clientId || f.get('client_secret') !== app.clientSecret)
      return { status: 401, json: { error: 'invalid_client', error_description: 'The OAuth client was not found.' } };
    if (f.get('grant_type') === 'authorization_code') {
      const scope = codes.get(String(f.get('code')));
      if (!scope || !codes.delete(String(f.get('code')))) return { status: 400, json: { error: 'invalid_grant', error_description: 'Malformed auth code.' } };
      const refresh = fakeId('1//');
      return {
        status: 200,
        json: {
          access_token: server.issueToken(channelId, scope, refresh),
          expires_in: 3599,
          refresh_token: refresh,
          scope,
          token_type: 'Bearer',
        },
      };
    }
    if (f.get('grant_type') === 'refresh_token') {
      const old = [...server.tokens.values()].find((r) => r.refreshToken && r.refreshToken === f.get('refresh_token'));
      if (!old || old.state === 'revoked') return { status: 400, json: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' } };
      return {
        status: 200,
        json: { access_token: server.issueToken(channelId, old.scope, old.refreshToken), expires_in: 3599, scope: old.scope, token_type: 'Bearer' },
      };
    }
    return { status: 400, json: { error: 'unsupported_grant_type', error_description: 'Invalid grant_type' } };
  });

  server.route('videos.insert', 'POST', '/upload/youtube/v3/videos', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    if (req.query.get('uploadType') !== 'resumable') return googleError(400, 'badRequest', 'uploadType must be resumable', 'INVALID_ARGUMENT');
    if (!(req.query.get('part') ?? '').split(',').includes('snippet'))
      return googleError(400, 'invalidPart', "'part' must include snippet", 'INVALID_ARGUMENT');
    const total = Number(req.headers['x-upload-content-length']);
    const type = String(req.headers['x-upload-content-type'] ?? '');
    if (!(total > 0)) return googleError(400, 'badContent', 'X-Upload-Content-Length is required', 'INVALID_ARGUMENT');
    if (!type.startsWith('video/') && type !== 'application/octet-stream')
      return googleError(400, 'badContent', 'The media type is not supported', 'INVALID_ARGUMENT');
    const body = req.json() as
      | { snippet?: { title?: string; description?: string }; status?: { privacyStatus?: string; selfDeclaredMadeForKids?: boolean } }
      | undefined;
    const title = body?.snippet?.title ?? '';
    if (!title.trim() || title.length > 100 || /[<>]/.test(title))
      return googleError(400, 'invalidTitle', 'The request metadata specifies an invalid or empty video title.', 'INVALID_ARGUMENT');
    if (Buffer.byteLength(body?.snippet?.description ?? '') > 5000)
      return googleError(400, 'invalidDescription', 'The request metadata specifies an invalid video description.', 'INVALID_ARGUMENT');
    const privacy = body?.status?.privacyStatus ?? 'public';
    if (!['public', 'unlisted', 'private'].includes(privacy))
      return googleError(400, 'invalidVideoMetadata', 'The request metadata is invalid.', 'INVALID_ARGUMENT');
    if (settings.quotaExhausted)
      return googleError(403, 'quotaExceeded', 'The request cannot be completed because you have exceeded your quota.', 'PERMISSION_DENIED');
    const uploadId = fakeId('AUp');
    sessions.set(uploadId, {
      total,
      type,
      received: 0,
      meta: { title, description: body?.snippet?.description ?? '', privacy, madeForKids: body?.status?.selfDeclaredMadeForKids === true },
    });
    return { status: 200, headers: { location: `${server.baseUrl}/upload/youtube/v3/videos?uploadType=resumable&upload_id=${uploadId}` } };
  });

  server.route('upload.put', 'PUT', '/upload/youtube/v3/videos', (req) => {
    const session = sessions.get(req.query.get('upload_id') ?? '');
    if (!session) return googleError(404, 'notFound', 'The upload session was not found.', 'NOT_FOUND');
    const done = () => {
      const video = videos.get(session.videoId!)!;
      return { status: 200, json: videoResource(video) };
    };
    const incomplete = (): FakeResponse => ({ status: 308, headers: session.received ? { range: `bytes=0-${session.received - 1}` } : {} });
    const range = String(req.headers['content-range'] ?? '');
    if (/^bytes \*\/\d+$/.test(range)) return session.videoId ? done() : incomplete();
    const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(range);
    if (!m || Number(m[3]) !== session.total) return googleError(400, 'badRequest', 'Invalid Content-Range', 'INVALID_ARGUMENT');
    const [start, end] = [Number(m[1]), Number(m[2])];
    if (start !== session.received || end - start + 1 !== req.raw.length)
      return googleError(400, 'badRequest', 'Content-Range does not match the bytes received', 'INVALID_ARGUMENT');
    const last = end + 1 === session.total;
    if (!last && req.raw.length % (256 * 1024) !== 0) return googleError(400, 'badRequest', 'The chunk size must be a multiple of 256 KiB', 'INVALID_ARGUMENT');
    session.received = end + 1;
    if (!last) return incomplete();
    // 11 characters like YouTube's, unique per fake (a slice of fakeId repeated within one millisecond).
    const video: Video = { id: `yt${String(++videoSerial).padStart(9, '0')}`, ...session.meta, created: new Date(), polls: 0 };
    videos.set(video.id, video);
    session.videoId = video.id;
    return { status: 201, json: videoResource(video) };
  });

  server.route('videos.list', 'GET', '/youtube/v3/videos', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    const items = (req.query.get('id') ?? '')
      .split(',')
      .map((id) => videos.get(id))
      .filter((v): v is Video => Boolean(v))
      .map((v) => {
        v.polls += 1;
        return videoResource(v, v.polls > settings.processingPolls ? settings.outcome : 'uploaded');
      });
    return { status: 200, json: { kind: 'youtube#videoListResponse', items, pageInfo: { totalResults: items.length, resultsPerPage: items.length } } };
  });

  server.route('channels.list', 'GET', '/youtube/v3/channels', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    if (req.query.get('mine') !== 'true') return googleError(400, 'missingRequiredParameter', 'No filter selected.', 'INVALID_ARGUMENT');
    return {
      status: 200,
      json: {
        items: [
          {
            id: channelId,
            snippet: { title: 'Kominfo Simulasi', customUrl: '@kominfosimulasi' },
            contentDetails: { relatedPlaylists: { uploads: `UU${channelId.slice(2)}` } },
          },
        ],
      },
    };
  });

  server.route('playlistItems.list', 'GET', '/youtube/v3/playlistItems', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    if (req.query.get('playlistId') !== `UU${channelId.slice(2)}`)
      return googleError(404, 'playlistNotFound', 'The playlist identified with the request\u2019s playlistId parameter cannot be found.', 'NOT_FOUND');
    const max = Number(req.query.get('maxResults') ?? 5);
    const items = [...videos.values()]
      .reverse()
      .slice(0, max)
      .map((v) => ({ snippet: { title: v.title, publishedAt: v.created.toISOString(), resourceId: { kind: 'youtube#video', videoId: v.id } } }));
    return { status: 200, json: { items } };
  });

  // videos.delete: 204 with no body; it needs youtube, youtube.force-ssl or youtubepartner (not upload).
  server.route('videos.delete', 'DELETE', '/youtube/v3/videos', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    const scopes = (server.tokens.get(req.bearer() ?? '')?.scope ?? '').split(' ').map((s) => s.replace('https://www.googleapis.com/auth/', ''));
    if (!scopes.some((s) => s === 'youtube' || s === 'youtube.force-ssl' || s === 'youtubepartner'))
      return googleError(403, 'insufficientPermissions', 'Request had insufficient authentication scopes.', 'PERMISSION_DENIED');
    const id = req.query.get('id');
    if (!id) return googleError(400, 'required', 'No filter selected. Expected one of: id', 'INVALID_ARGUMENT');
    if (!videos.delete(id)) return googleError(404, 'videoNotFound', 'The video identified by the <code>id</code> parameter could not be found.', 'NOT_FOUND');
    return { status: 204 };
  });

  return { server, channelId, token, sessions, videos, settings, app };
}
export type YouTubeFake = ReturnType<typeof createYouTubeFake>;
