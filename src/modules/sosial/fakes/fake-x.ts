import { addConsentRoutes } from './consent-page.ts';
import { type FakeRequest, type FakeResponse, FakeServer, fakeId, pkceMatches } from './fake-server.ts';

const problem = (status: number, title: string, detail: string, type = 'about:blank', extra: object = {}): FakeResponse => ({
  status,
  headers: { 'content-type': 'application/problem+json' },
  json: { title, detail, type, status, ...extra },
});
const invalid = (message: string) =>
  problem(400, 'Invalid Request', 'One or more parameters to your request was invalid.', 'https://api.twitter.com/2/problems/invalid-request', {
    errors: [{ message }],
  });

interface Media {
  id: string;
  type: string;
  total: number;
  received: number;
  segments: Set<number>;
  finalized: boolean;
  polls: number;
}

/**
 * X API v2 for one user: OAuth 2.0 PKCE (authorize, token with rotation), chunked media upload
 * and posts. Switches: `mediaProcessing` ('succeeded' | 'failed'), `processingPolls`.
 */
export function createXFake(app = { clientId: 'x-client', clientSecret: '' }) {
  const userId = '1700000000000000001';
  const server = new FakeServer({
    rateLimited: () => ({
      ...problem(429, 'Too Many Requests', 'Too Many Requests'),
      headers: { 'x-rate-limit-limit': '200', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 600) },
    }),
    serverError: () => problem(503, 'Service Unavailable', 'Service Unavailable'),
  });
  const tweets = new Map<string, { id: string; text: string; created: Date; mediaIds: string[]; replyTo?: string; replySettings?: string }>();
  const media = new Map<string, Media>();
  const codes = new Map<string, { challenge: string; redirect: string; scope: string }>();
  const settings = { mediaProcessing: 'succeeded' as 'succeeded' | 'failed', processingPolls: 1 };
  const token = server.issueToken(userId, 'tweet.read tweet.write users.read media.write offline.access', 'refresh-initial');

  const auth = (req: FakeRequest): FakeResponse | undefined => {
    const record = server.tokens.get(req.bearer() ?? '');
    // X answers 401 for a missing, expired or revoked token alike.
    if (record?.state !== 'valid') return problem(401, 'Unauthorized', 'Unauthorized');
    return undefined;
  };

  addConsentRoutes(server, 'oauth.authorize', '/i/oauth2/authorize', {
    platform: 'X',
    account: '@kominfo_simulasi',
    check: (q) => {
      const valid =
        q.get('response_type') === 'code' &&
        q.get('client_id') === app.clientId &&
        !!q.get('redirect_uri') &&
        q.get('code_challenge_method') === 'S256' &&
        !!q.get('code_challenge');
      return valid ? undefined : { status: 400, text: 'Something went wrong. You weren\u2019t able to give access to the App.' };
    },
    scopes: (q) => (q.get('scope') ?? '').split(' '),
    allow: (q) => {
      const code = fakeId('code');
      codes.set(code, { challenge: q.get('code_challenge')!, redirect: q.get('redirect_uri')!, scope: q.get('scope') ?? '' });
      return { code };
    },
    // OAuth 2.0 (RFC 6749 §4.1.2.1), as X answers a cancelled authorization.
    deny: { error: 'access_denied' },
  });

  server.route('oauth.token', 'POST', '/2/oauth2/token', async (req) => {
    const f = await req.form();
    const basic = /^Basic (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    const clientId = basic ? Buffer.from(basic, 'base64').toString().split(':')[0] : (f.get('client_id') as string | undefined);
    if (clientId !== app.clientId) return { status: 401, json: { error: 'unauthorized_client', error_description: 'Missing valid authorization header' } };
    const grant = f.get('grant_type');
    const issue = (scope: string) => {
      const refresh = scope.split(' ').includes('offline.access') ? fakeId('rt') : undefined;
      const access = server.issueToken(userId, scope, refresh);
      return { status: 200, json: { token_type: 'bearer', expires_in: 7200, access_token: access, scope, ...(refresh ? { refresh_token: refresh } : {}) } };
    };
    if (grant === 'authorization_code') {
      const entry = codes.get(String(f.get('code') ?? ''));
      if (!entry || entry.redirect !== f.get('redirect_uri') || !(await pkceMatches(String(f.get('code_verifier') ?? ''), entry.challenge))) {
        return { status: 400, json: { error: 'invalid_request', error_description: 'Value passed for the authorization code was invalid.' } };
      }
      codes.delete(String(f.get('code')));
      return issue(entry.scope);
    }
    if (grant === 'refresh_token') {
      const old = [...server.tokens.entries()].find(([, r]) => r.refreshToken && r.refreshToken === f.get('refresh_token') && r.state !== 'revoked');
      if (!old) return { status: 400, json: { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' } };
      // Rotation: the old refresh token and access token stop working.
      old[1].refreshToken = undefined;
      old[1].state = 'expired';
      return issue(old[1].scope);
    }
    return { status: 400, json: { error: 'unsupported_grant_type', error_description: 'Grant type is not supported.' } };
  });

  server.route('users.me', 'GET', '/2/users/me', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    return { status: 200, json: { data: { id: userId, name: 'Kominfo Simulasi', username: 'kominfo_simulasi' } } };
  });

  server.route('media.initialize', 'POST', '/2/media/upload/initialize', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    const body = req.json() as { media_type?: string; total_bytes?: number; media_category?: string } | undefined;
    if (!body?.media_type || !body.total_bytes) return invalid('media_type and total_bytes are required');
    if (!['tweet_image', 'tweet_video', 'tweet_gif', 'amplify_video'].includes(body.media_category ?? '')) return invalid('media_category is invalid');
    const id = fakeId('18');
    media.set(id, { id, type: body.media_type, total: body.total_bytes, received: 0, segments: new Set(), finalized: false, polls: 0 });
    return { status: 200, json: { data: { id, media_key: `7_${id}`, expires_after_secs: 86400 } } };
  });

  server.route('media.append', 'POST', '/2/media/upload/:id/append', async (req) => {
    const denied = auth(req);
    if (denied) return denied;
    const m = media.get(req.params.id!);
    if (!m) return invalid('media_id not found');
    const f = await req.form();
    const part = f.get('media');
    const index = Number(f.get('segment_index'));
    if (!(part instanceof Blob) || !Number.isInteger(index)) return invalid('segment_index and media are required');
    m.segments.add(index);
    m.received += part.size;
    return { status: 200, text: '' };
  });

  server.route('media.finalize', 'POST', '/2/media/upload/:id/finalize', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    const m = media.get(req.params.id!);
    if (!m) return invalid('media_id not found');
    if (m.received !== m.total) return invalid(`File size mismatch: expected ${m.total}, received ${m.received}`);
    m.finalized = true;
    const needsProcessing = m.type.startsWith('video/') || m.type === 'image/gif';
    return {
      status: 200,
      json: { data: { id: m.id, media_key: `7_${m.id}`, ...(needsProcessing ? { processing_info: { state: 'pending', check_after_secs: 1 } } : {}) } },
    };
  });

  server.route('media.status', 'GET', '/2/media/upload', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    if (req.query.get('command') !== 'STATUS') return invalid('command must be STATUS');
    const m = media.get(req.query.get('media_id') ?? '');
    if (!m?.finalized) return invalid('media_id not found');
    if (!m.type.startsWith('video/') && m.type !== 'image/gif') return { status: 200, json: { data: { id: m.id } } };
    m.polls += 1;
    const state = m.polls <= settings.processingPolls ? 'in_progress' : settings.mediaProcessing;
    const info =
      state === 'failed'
        ? { state, error: { code: 1, name: 'InvalidMedia', message: 'Invalid or Unsupported media, Reason: UnsupportedMedia.' } }
        : { state, ...(state === 'in_progress' ? { check_after_secs: 1, progress_percent: 50 } : { progress_percent: 100 }) };
    return { status: 200, json: { data: { id: m.id, processing_info: info } } };
  });

  server.route('tweets.create', 'POST', '/2/tweets', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    const body = req.json() as
      | { text?: string; media?: { media_ids?: string[] }; reply?: { in_reply_to_tweet_id?: string }; reply_settings?: string }
      | undefined;
    const ids = body?.media?.media_ids ?? [];
    if (!body || (!body.text && ids.length === 0)) return invalid('The `text` field is required when `media` is not present');
    if (ids.length > 4) return invalid('media.media_ids: size must be between 1 and 4');
    if (body.reply_settings !== undefined && !['following', 'mentionedUsers', 'subscribers', 'verified'].includes(body.reply_settings))
      return invalid('reply_settings: must be one of [following, mentionedUsers, subscribers, verified]');
    for (const id of ids) {
      const m = media.get(id);
      if (!m?.finalized || (m.polls > 0 && settings.mediaProcessing === 'failed')) return invalid(`Your media IDs are invalid.`);
    }
    if (body.reply?.in_reply_to_tweet_id && !tweets.has(body.reply.in_reply_to_tweet_id)) return invalid('The tweet you are replying to does not exist');
    if (body.text && [...tweets.values()].some((t) => t.text === body.text))
      return problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.');
    const t = {
      id: fakeId('19'),
      text: body.text ?? '',
      created: new Date(),
      mediaIds: ids,
      replyTo: body.reply?.in_reply_to_tweet_id,
      replySettings: body.reply_settings,
    };
    tweets.set(t.id, t);
    return { status: 201, json: { data: { id: t.id, text: t.text, edit_history_tweet_ids: [t.id] } } };
  });

  server.route('users.tweets', 'GET', '/2/users/:id/tweets', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    const max = Number(req.query.get('max_results') ?? 10);
    if (max < 5 || max > 100) return invalid('max_results must be between 5 and 100');
    const start = Date.parse(req.query.get('start_time') ?? '1970-01-01T00:00:00Z');
    // The page token is opaque to clients; here it is the offset of the page in the newest-first list.
    const token = req.query.get('pagination_token');
    const from = token ? Number.parseInt(token, 36) : 0;
    if (token && !(from > 0)) return invalid(`The \`pagination_token\` query parameter value [${token}] is not valid`);
    const all = [...tweets.values()].filter((t) => t.created.getTime() >= start).reverse();
    const data = all.slice(from, from + max).map((t) => ({ id: t.id, text: t.text, created_at: t.created.toISOString(), edit_history_tweet_ids: [t.id] }));
    if (!data.length) return { status: 200, json: { meta: { result_count: 0 } } };
    const more = from + max < all.length ? { next_token: (from + max).toString(36) } : {};
    return {
      status: 200,
      json: {
        data,
        meta: { result_count: data.length, newest_id: data[0]!.id, oldest_id: data.at(-1)!.id, ...more, ...(from ? { previous_token: `p${from}` } : {}) },
      },
    };
  });

  // Only the author deletes; a post that is not there answers 404 (resource-not-found).
  server.route('tweets.delete', 'DELETE', '/2/tweets/:id', (req) => {
    const denied = auth(req);
    if (denied) return denied;
    const { id } = req.params as { id: string };
    if (!/^\d{1,19}$/.test(id)) return invalid(`The \`id\` query parameter value [${id}] is not valid`);
    if (!tweets.has(id))
      return problem(404, 'Not Found Error', `Could not find tweet with id: [${id}].`, 'https://api.twitter.com/2/problems/resource-not-found');
    tweets.delete(id);
    return { status: 200, json: { data: { deleted: true } } };
  });

  return { server, userId, token, tweets, media, settings, app };
}
export type XFake = ReturnType<typeof createXFake>;
