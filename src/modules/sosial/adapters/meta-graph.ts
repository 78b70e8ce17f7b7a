import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AccountCredentials, AdapterOptions, AuthorizeRequest, TokenSet } from '../adapter.ts';
import { fail, type Http, type HttpResponse, joinUrl, runStep } from '../http.ts';

/** Endpoints of the Graph API; the fakes give their own. */
export interface MetaOptions extends AdapterOptions {
  graphBase?: string;
  /** Video uploads go to graph-video.facebook.com (Video API); defaults to `graphBase` when that is set (the fakes). */
  videoBase?: string;
  dialogBase?: string;
  graphVersion?: string;
  /** Per-request timeout of an upload (a photo's bytes, a video chunk); by default it grows with the bytes (≥ 5 minutes). */
  uploadTimeoutMs?: number;
}

/** `{id}` — what most Graph creations answer (a post, a staged photo, a container). */
export const idAnswer = z.object({ id: z.string(), post_id: z.string().optional() });

export const metaErrorBody = z.object({
  error: z.object({
    message: z.string().default(''),
    type: z.string().optional(),
    code: z.number().optional(),
    error_subcode: z.number().optional(),
    is_transient: z.boolean().optional(),
    fbtrace_id: z.string().optional(),
  }),
});

const throttleCodes = new Set([4, 17, 32, 613]);
// 190 subcodes: 463 = expired; 458 app removed, 460 password changed, 464 unconfirmed user, 467 invalid.
const expiredSubcodes = new Set([463]);

/**
 * How long Meta asks us to wait: `X-Business-Use-Case-Usage` carries
 * `estimated_time_to_regain_access` in minutes per business object; `X-App-Usage` only
 * percentages (the app-level window is a rolling hour).
 */
export function metaRetryAfter(headers: Headers): number {
  const buc = headers.get('x-business-use-case-usage');
  if (buc) {
    try {
      const parsed = JSON.parse(buc) as Record<string, { estimated_time_to_regain_access?: number }[]>;
      const minutes = Math.max(0, ...Object.values(parsed).flatMap((entries) => entries.map((e) => e.estimated_time_to_regain_access ?? 0)));
      if (minutes > 0) return minutes * 60;
    } catch {
      // unreadable header: fall through to the app-level window
    }
  }
  return 3600;
}

/** Throws the classified failure of a Graph answer that is not 2xx. */
export function throwMetaError(res: HttpResponse): never {
  const parsed = metaErrorBody.safeParse(res.body);
  if (res.status >= 500 && (!parsed.success || parsed.data.error.is_transient !== false))
    fail('server_error', `meta_http_${res.status}`, parsed.success ? parsed.data.error.message : res.text, { httpStatus: res.status });
  if (!parsed.success) fail('permanent', `meta_http_${res.status}`, res.text, { httpStatus: res.status });
  const { code = 0, error_subcode: sub, message, is_transient } = parsed.data.error;
  const tag = `meta_${code}${sub ? `_${sub}` : ''}`;
  const extra = { httpStatus: res.status };
  if (code === 190 || code === 102) fail(sub !== undefined && !expiredSubcodes.has(sub) ? 'token_revoked' : 'token_expired', tag, message, extra);
  if (code === 10 || (code >= 200 && code <= 299)) fail('token_revoked', tag, message, extra);
  if (throttleCodes.has(code) || (code >= 80001 && code <= 80014)) fail('rate_limited', tag, message, { ...extra, retryAfterSec: metaRetryAfter(res.headers) });
  // Instagram's content publishing limit (code 9, subcode 2207042): the window is a moving 24 h.
  if (code === 9) fail('rate_limited', tag, message, { ...extra, retryAfterSec: 3600 });
  if (is_transient || code === 1 || code === 2) fail('server_error', tag, message, extra);
  fail('permanent', tag, message, extra);
}

/** A file (or a byte range of one) sent as one multipart field. */
export interface UploadFile {
  field: string;
  name: string;
  mimeType: string;
  length: number;
  chunks: () => AsyncIterable<Uint8Array>;
}

/** multipart/form-data written by hand so the file part can stream (FormData would need the bytes whole). */
function multipartStream(fields: Record<string, string>, file: UploadFile) {
  const boundary = `----warta-${randomUUID()}`;
  const encoder = new TextEncoder();
  const quote = (v: string) => v.replace(/["\r\n]/g, '_');
  let head = '';
  for (const [name, value] of Object.entries(fields)) head += `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`;
  head += `--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; filename="${quote(file.name)}"\r\nContent-Type: ${file.mimeType}\r\n\r\n`;
  const first = encoder.encode(head);
  const last = encoder.encode(`\r\n--${boundary}--\r\n`);
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: first.length + file.length + last.length,
    body: async function* () {
      yield first;
      let sent = 0;
      for await (const chunk of file.chunks()) {
        sent += chunk.length;
        yield chunk;
      }
      // A short read would send a body shorter than its declared length: fail here, not at the platform.
      if (sent !== file.length) throw new Error(`upload source gave ${sent} of ${file.length} bytes`);
      yield last;
    },
  };
}

const defined = (params: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));

/**
 * The one Graph client of the Facebook and Instagram adapters (and of `akun/identities.ts`): URLs,
 * the token in the Authorization header, form or multipart bodies, and every failure classified by
 * `throwMetaError`. Adapters never call `http.request` for Graph themselves.
 */
export class MetaGraph {
  readonly base: string;
  readonly videoBase: string;
  readonly version: string;
  constructor(readonly options: MetaOptions) {
    this.base = options.graphBase ?? 'https://graph.facebook.com';
    this.videoBase = options.videoBase ?? options.graphBase ?? 'https://graph-video.facebook.com';
    this.version = options.graphVersion ?? 'v24.0';
  }

  url(path: string, query?: Record<string, string | undefined>, base = this.base): string {
    return joinUrl(base, `${this.version}/${path.replace(/^\//, '')}`, query);
  }

  private parse<T>(res: HttpResponse, path: string, schema: z.ZodType<T>): T {
    if (res.status < 200 || res.status >= 300) throwMetaError(res);
    const parsed = schema.safeParse(res.body);
    if (!parsed.success) fail('server_error', 'meta_unexpected_answer', `unexpected answer from ${path}`, { httpStatus: res.status });
    return parsed.data;
  }

  /** A Graph call with the token in the Authorization header (never in a URL that could be logged). */
  async call<T>(http: Http, token: string, method: 'GET' | 'POST', path: string, params: Record<string, string | undefined>, schema: z.ZodType<T>): Promise<T> {
    const clean = defined(params);
    const res =
      method === 'GET'
        ? await http.request('GET', this.url(path, clean), { headers: { authorization: `Bearer ${token}` } })
        : await http.request('POST', this.url(path), { headers: { authorization: `Bearer ${token}` }, form: clean });
    return this.parse(res, path, schema);
  }

  /**
   * A multipart POST carrying a file's bytes (`source` of a photo, `video_file_chunk` of a video):
   * Warta pushes the file, so Facebook needs no public address to fetch it from. The body is
   * streamed from `file.chunks`, so a video chunk is never held whole in memory. `video` sends it
   * to the Video API host.
   */
  async upload<T>(
    http: Http,
    token: string,
    path: string,
    params: Record<string, string | undefined>,
    file: UploadFile,
    schema: z.ZodType<T>,
    options: { video?: boolean } = {},
  ): Promise<T> {
    const url = this.url(path, undefined, options.video ? this.videoBase : this.base);
    const res = await http.request('POST', url, {
      headers: { authorization: `Bearer ${token}` },
      stream: multipartStream(defined(params), file),
      // A weak provincial link may carry 32 KB/s: the timeout grows with the bytes, never under 5 minutes.
      timeoutMs: this.options.uploadTimeoutMs ?? Math.max(300_000, Math.ceil(file.length / 32_768) * 1000),
    });
    return this.parse(res, path, schema);
  }

  /** A form POST to the Video API host (the upload phases without bytes: start, finish). */
  async videoCall<T>(http: Http, token: string, path: string, params: Record<string, string | undefined>, schema: z.ZodType<T>): Promise<T> {
    const res = await http.request('POST', this.url(path, undefined, this.videoBase), { headers: { authorization: `Bearer ${token}` }, form: defined(params) });
    return this.parse(res, path, schema);
  }

  authorizeUrl(req: AuthorizeRequest, scopes: string[]): string {
    const base = this.options.dialogBase ?? 'https://www.facebook.com';
    return joinUrl(base, `${this.version}/dialog/oauth`, {
      client_id: this.options.clientId,
      redirect_uri: req.redirectUri,
      state: req.state,
      scope: scopes.join(','),
      response_type: 'code',
    });
  }

  private async token(http: Http, query: Record<string, string>): Promise<TokenSet> {
    const res = await http.request('GET', this.url('oauth/access_token', query));
    if (res.status !== 200) throwMetaError(res);
    const body = z.object({ access_token: z.string(), expires_in: z.number().optional() }).safeParse(res.body);
    if (!body.success) fail('server_error', 'meta_unexpected_answer', 'unexpected token answer');
    return {
      accessToken: body.data.access_token,
      ...(body.data.expires_in ? { expiresAt: new Date(Date.now() + body.data.expires_in * 1000).toISOString() } : {}),
    };
  }

  exchangeCode(code: string, redirectUri: string) {
    return runStep(this.options.timeoutMs ?? 30_000, false, (http) =>
      this.token(http, { client_id: this.options.clientId, client_secret: this.options.clientSecret ?? '', redirect_uri: redirectUri, code }),
    );
  }

  /** Exchanges a user token for a long-lived one (about 60 days); Page tokens derived from it do not expire. */
  refresh(accessToken: string) {
    return runStep(this.options.timeoutMs ?? 30_000, false, (http) =>
      this.token(http, {
        grant_type: 'fb_exchange_token',
        client_id: this.options.clientId,
        client_secret: this.options.clientSecret ?? '',
        fb_exchange_token: accessToken,
      }),
    );
  }
}

/**
 * What the Facebook and Instagram adapters share beside the Graph client: OAuth through the same
 * Meta dialog (each with its own scopes) and the long-lived token exchange.
 */
export abstract class MetaAdapterBase {
  protected readonly graph: MetaGraph;
  constructor(
    protected readonly options: MetaOptions,
    private readonly scopes: string[],
  ) {
    this.graph = new MetaGraph(options);
  }
  protected get timeout() {
    return this.options.timeoutMs ?? 30_000;
  }
  authorizeUrl(req: AuthorizeRequest) {
    return this.graph.authorizeUrl(req, this.scopes);
  }
  exchangeCode(code: string, redirectUri: string) {
    return this.graph.exchangeCode(code, redirectUri);
  }
  refreshToken(credentials: AccountCredentials) {
    return this.graph.refresh(credentials.accessToken);
  }
}

/** Compare a post's text with ours, ignoring the whitespace the platforms trim or fold. */
export const sameText = (a: string | undefined | null, b: string) => (a ?? '').replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
