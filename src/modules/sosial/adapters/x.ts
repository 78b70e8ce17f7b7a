import { z } from 'zod';
import type {
  AccountCredentials,
  AdapterOptions,
  AuthorizeRequest,
  Confirmed,
  Deleted,
  JsonObject,
  MediaSource,
  PostToDelete,
  Prepared,
  Published,
  PublishRequest,
  SocialAdapter,
  TokenSet,
} from '../adapter.ts';
import { fail, type Http, type HttpResponse, joinUrl, Pending, parseRetryAfter, runStep, StepFailure, sleep, TransportError } from '../http.ts';

export interface XOptions extends AdapterOptions {
  apiBase?: string;
  authorizeBase?: string;
  /** APPEND segment size; X's samples and Postiz use 1 MB. */
  chunkBytes?: number;
}

export const xScopes = ['tweet.read', 'tweet.write', 'users.read', 'media.write', 'offline.access'];

const processingInfo = z.object({
  state: z.enum(['pending', 'in_progress', 'succeeded', 'failed']),
  check_after_secs: z.number().optional(),
  error: z.object({ message: z.string().optional(), name: z.string().optional() }).optional(),
});
const mediaAnswer = z.object({ data: z.object({ id: z.string(), processing_info: processingInfo.optional() }) });
const tweetAnswer = z.object({ data: z.object({ id: z.string(), text: z.string() }) });
const timeline = z.object({
  data: z.array(z.object({ id: z.string(), text: z.string(), created_at: z.string().optional() })).optional(),
  meta: z.object({ next_token: z.string().optional() }).optional(),
});
/** Pages of 100 posts reconcile reads before it gives up proving a post absent (X keeps a user's newest 3,200). */
const RECONCILE_PAGES = 10;
const deleteAnswer = z.object({ data: z.object({ deleted: z.boolean() }) });
const tokenAnswer = z.object({ access_token: z.string(), refresh_token: z.string().optional(), expires_in: z.number(), scope: z.string().optional() });
const problem = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  type: z.string().optional(),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

function mediaCategory(item: MediaSource): string {
  if (item.mimeType === 'image/gif') return 'tweet_gif';
  return item.kind === 'video' ? 'tweet_video' : 'tweet_image';
}

/** Throws the classified failure of an X API answer that is not 2xx. */
function throwXError(res: HttpResponse): never {
  const body = problem.safeParse(res.body);
  const detail = body.success ? [body.data.detail, ...(body.data.errors ?? []).map((e) => e.message)].filter(Boolean).join('; ') : res.text;
  const extra = { httpStatus: res.status };
  if (res.status === 429) {
    // x-rate-limit-reset is the epoch second the 15-minute window reopens; the per-user 24-hour
    // cap answers with x-user-limit-24hour-reset instead.
    const now = Math.floor(Date.now() / 1000);
    const resets = [res.headers.get('x-rate-limit-reset'), res.headers.get('x-user-limit-24hour-reset')].map(Number).filter((n) => n > 0);
    const retryAfterSec = resets.length ? Math.max(1, Math.max(...resets) - now) : (parseRetryAfter(res.headers.get('retry-after')) ?? 900);
    fail('rate_limited', 'x_429', detail, { ...extra, retryAfterSec });
  }
  if (res.status === 401) fail('token_expired', 'x_401', detail, extra);
  if (res.status >= 500) fail('server_error', `x_${res.status}`, detail, extra);
  if (res.status === 403 && /duplicate/i.test(detail)) fail('permanent', 'x_duplicate', detail, extra);
  if (res.status === 403 && /usage.?cap|credits/i.test(detail)) fail('permanent', 'x_usage_capped', detail, extra);
  fail('permanent', `x_${res.status}`, detail, extra);
}

// X may rewrite links to t.co: compare texts without their URLs.
const withoutUrls = (text: string) =>
  text
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * X API v2 with OAuth 2.0 (Authorization Code + PKCE, refresh with offline.access). Media goes
 * through the chunked v2 upload (initialize → append → finalize → status) in prepare; publish
 * posts the first post and the rest of a thread as replies, remembering each id so a failure in
 * the middle resumes instead of posting the start again.
 */
export class XAdapter implements SocialAdapter {
  readonly platform = 'x' as const;
  private readonly api: string;
  constructor(private readonly options: XOptions) {
    this.api = options.apiBase ?? 'https://api.x.com';
  }
  private get timeout() {
    return this.options.timeoutMs ?? 30_000;
  }

  private async call<T>(
    http: Http,
    token: string,
    method: string,
    path: string,
    schema: z.ZodType<T>,
    init: { json?: unknown; query?: Record<string, string> } = {},
  ): Promise<T> {
    const res = await http.request(method, joinUrl(this.api, path, init.query), { headers: { authorization: `Bearer ${token}` }, json: init.json });
    if (res.status < 200 || res.status >= 300) throwXError(res);
    const parsed = schema.safeParse(res.body);
    if (!parsed.success) fail('server_error', 'x_unexpected_answer', `unexpected answer from ${path}`);
    return parsed.data;
  }

  authorizeUrl(req: AuthorizeRequest) {
    if (!req.codeChallenge) throw new Error('X needs a PKCE code challenge');
    return joinUrl(this.options.authorizeBase ?? 'https://x.com', 'i/oauth2/authorize', {
      response_type: 'code',
      client_id: this.options.clientId,
      redirect_uri: req.redirectUri,
      scope: xScopes.join(' '),
      state: req.state,
      code_challenge: req.codeChallenge,
      code_challenge_method: 'S256',
    });
  }

  private token(form: Record<string, string>) {
    return runStep<TokenSet>(this.timeout, false, async (http) => {
      const headers: Record<string, string> = {};
      // Confidential clients authenticate with Basic; public clients send client_id in the body.
      if (this.options.clientSecret) headers.authorization = `Basic ${Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`).toString('base64')}`;
      const res = await http.request('POST', joinUrl(this.api, '2/oauth2/token'), { headers, form: { ...form, client_id: this.options.clientId } });
      if (res.status === 400 || res.status === 401)
        fail(form.grant_type === 'refresh_token' ? 'token_revoked' : 'permanent', 'x_oauth_invalid', JSON.stringify(res.body ?? res.text), {
          httpStatus: res.status,
        });
      if (res.status !== 200) throwXError(res);
      const body = tokenAnswer.safeParse(res.body);
      if (!body.success) fail('server_error', 'x_unexpected_answer', 'unexpected token answer');
      return {
        accessToken: body.data.access_token,
        refreshToken: body.data.refresh_token,
        expiresAt: new Date(Date.now() + body.data.expires_in * 1000).toISOString(),
        scope: body.data.scope,
      };
    });
  }

  exchangeCode(code: string, redirectUri: string, codeVerifier?: string) {
    return this.token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: codeVerifier ?? '' });
  }

  /** X rotates refresh tokens: store the new one, the old one stops working. */
  refreshToken(credentials: AccountCredentials) {
    if (!credentials.refreshToken)
      return Promise.resolve({
        status: 'failed' as const,
        error: { kind: 'token_revoked' as const, code: 'x_no_refresh_token', detail: 'no refresh token (offline.access missing)' },
        calls: [],
      });
    return this.token({ grant_type: 'refresh_token', refresh_token: credentials.refreshToken });
  }

  private async upload(http: Http, token: string, item: MediaSource): Promise<string> {
    if (!item.read) fail('permanent', 'x_media_unreadable', 'media bytes are not readable');
    const init = await this.call(http, token, 'POST', '2/media/upload/initialize', mediaAnswer, {
      json: { media_type: item.mimeType, total_bytes: item.bytes, media_category: mediaCategory(item) },
    });
    const id = init.data.id;
    const chunk = this.options.chunkBytes ?? 1024 * 1024;
    for (let start = 0, segment = 0; start < item.bytes; start += chunk, segment++) {
      const bytes = await item.read(start, Math.min(item.bytes, start + chunk));
      const form = new FormData();
      form.set('segment_index', String(segment));
      form.set('media', new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }));
      const res = await http.request('POST', joinUrl(this.api, `2/media/upload/${id}/append`), {
        headers: { authorization: `Bearer ${token}` },
        multipart: form,
      });
      if (res.status < 200 || res.status >= 300) throwXError(res);
    }
    await this.call(http, token, 'POST', `2/media/upload/${id}/finalize`, mediaAnswer);
    return id;
  }

  /** Reads STATUS until the media is ready; undefined while it still processes. */
  private async processed(http: Http, token: string, id: string): Promise<boolean> {
    for (let i = 0; i < (this.options.maxPolls ?? 10); i++) {
      const status = await this.call(http, token, 'GET', '2/media/upload', mediaAnswer, { query: { command: 'STATUS', media_id: id } });
      const info = status.data.processing_info;
      if (!info || info.state === 'succeeded') return true;
      if (info.state === 'failed') fail('permanent', 'x_media_failed', info.error?.message ?? 'media processing failed');
      await sleep(this.options.pollIntervalMs ?? (info.check_after_secs ?? 1) * 1000);
    }
    return false;
  }

  prepare(req: PublishRequest, previous?: JsonObject) {
    return runStep<Prepared>(this.timeout, false, async (http): Promise<Prepared | Pending> => {
      const token = req.credentials.accessToken;
      const mediaIds = [...((previous?.mediaIds as string[] | undefined) ?? [])];
      for (const item of req.media.slice(mediaIds.length)) mediaIds.push(await this.upload(http, token, item));
      for (const id of mediaIds) if (!(await this.processed(http, token, id))) return new Pending({ mediaIds }, 5);
      return { state: { mediaIds } };
    });
  }

  publish(req: PublishRequest, prepared: Prepared) {
    return runStep<Published>(this.timeout, true, async (http): Promise<Published> => {
      const token = req.credentials.accessToken;
      const mediaIds = (prepared.state.mediaIds as string[] | undefined) ?? [];
      const texts = [req.text, ...(req.thread ?? [])];
      const postedIds = [...((prepared.state.postedIds as string[] | undefined) ?? [])];
      for (const [i, text] of texts.entries()) {
        if (i < postedIds.length) continue;
        const body: JsonObject = { text };
        if (i === 0 && mediaIds.length) body.media = { media_ids: mediaIds };
        // Who may reply (the variant's replySettings); "everyone" is X's default and is not sent.
        const replies = req.settings?.replySettings;
        if (i === 0 && typeof replies === 'string' && replies !== 'everyone') body.reply_settings = replies;
        if (i > 0) body.reply = { in_reply_to_tweet_id: postedIds[i - 1]! };
        try {
          const answer = await this.call(http, token, 'POST', '2/tweets', tweetAnswer, { json: body });
          postedIds.push(answer.data.id);
        } catch (err) {
          // Keep what is already out, so the next try continues the thread instead of restarting it.
          if (postedIds.length === 0) throw err;
          const state = { mediaIds, postedIds };
          if (err instanceof StepFailure) throw new StepFailure(err.error, state);
          if (err instanceof TransportError)
            throw new StepFailure({ kind: 'unknown_after_publish', code: err.timedOut ? 'timeout' : 'network', detail: `post ${i + 1} of the thread` }, state);
          throw err;
        }
      }
      return { externalId: postedIds[0]!, state: { postedIds } };
    });
  }

  confirm(_req: PublishRequest, published: Published) {
    // The 201 answer of POST /2/tweets is authoritative; reading the post back would cost a paid read.
    const ids = (published.state.postedIds as string[] | undefined) ?? [published.externalId];
    return Promise.resolve({
      status: 'done' as const,
      value: { externalId: ids[0]!, permalink: `https://x.com/i/web/status/${ids[0]}`, extraIds: ids.slice(1) },
      calls: [],
    });
  }

  reconcile(req: PublishRequest, since: Date, state?: JsonObject) {
    return runStep<Confirmed | null>(this.timeout, false, async (http) => {
      const posted = [...((state?.postedIds as string[] | undefined) ?? [])];
      const recent = await this.postsSince(http, req, since);
      const texts = [req.text, ...(req.thread ?? [])];
      for (const text of texts.slice(posted.length)) {
        const hit = recent.find((t) => !posted.includes(t.id) && withoutUrls(t.text) === withoutUrls(text));
        if (!hit) break;
        posted.push(hit.id);
      }
      if (posted.length === 0) return null;
      // Part of a thread is out: publish again with this state continues it from the first missing post.
      if (posted.length < texts.length)
        throw new StepFailure(
          { kind: 'server_error', code: 'x_thread_incomplete', detail: `${posted.length} of ${texts.length} posts found` },
          { postedIds: posted },
        );
      return { externalId: posted[0]!, permalink: `https://x.com/i/web/status/${posted[0]}`, extraIds: posted.slice(1) };
    });
  }

  /**
   * Every post of the account since the send, oldest first, page by page (`pagination_token`): on a
   * busy account a lost post may be far down, and calling it absent would post it twice.
   */
  private async postsSince(http: Http, req: PublishRequest, since: Date) {
    const newestFirst: { id: string; text: string }[] = [];
    let next: string | undefined;
    for (let page = 0; page < RECONCILE_PAGES; page++) {
      const list = await this.call(http, req.credentials.accessToken, 'GET', `2/users/${req.credentials.externalAccountId}/tweets`, timeline, {
        query: {
          start_time: new Date(since.getTime() - 60_000).toISOString(),
          max_results: '100',
          'tweet.fields': 'created_at',
          ...(next ? { pagination_token: next } : {}),
        },
      });
      newestFirst.push(...(list.data ?? []));
      next = list.meta?.next_token;
      if (!next) return newestFirst.reverse();
    }
    return fail('server_error', 'x_reconcile_too_many_posts', `more than ${RECONCILE_PAGES * 100} posts since the send; not proven absent`);
  }

  /**
   * `DELETE /2/tweets/:id` (200 `{"data":{"deleted":true}}`), a thread's replies first and its first
   * post last, so a failure in the middle never leaves replies hanging under a deleted start. A post
   * that is not there (404: deleted by hand, or an earlier answer was lost) counts as deleted, so the
   * whole call is safe to repeat. X allows 50 deletes per 15 minutes per user.
   */
  deletePost(credentials: AccountCredentials, post: PostToDelete) {
    return runStep<Deleted>(this.timeout, false, async (http) => {
      let gone = 0;
      const ids = [...(post.extraIds ?? [])].reverse().concat(post.externalId);
      for (const id of ids) {
        const res = await http.request('DELETE', joinUrl(this.api, `2/tweets/${encodeURIComponent(id)}`), {
          headers: { authorization: `Bearer ${credentials.accessToken}` },
        });
        if (res.status === 404) {
          gone++;
          continue;
        }
        if (res.status < 200 || res.status >= 300) throwXError(res);
        const answer = deleteAnswer.safeParse(res.body);
        if (!answer.success) fail('server_error', 'x_unexpected_answer', 'unexpected answer to the delete call');
        if (!answer.data.data.deleted) fail('permanent', 'x_not_deleted', `post ${id} was not deleted`, { httpStatus: res.status });
      }
      return { alreadyGone: gone === ids.length };
    });
  }
}
