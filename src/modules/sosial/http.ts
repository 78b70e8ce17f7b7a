import { ZodError } from 'zod';
import type { CallRecord, ClassifiedError, ErrorKind, JsonObject, StepOutcome } from './adapter.ts';

/** A classified failure thrown inside a step; `runStep` turns it into a `failed` outcome. */
export class StepFailure extends Error {
  constructor(
    readonly error: ClassifiedError,
    /** What was already done (e.g. the posts of a thread sent before the failure). */
    readonly state?: JsonObject,
  ) {
    super(`${error.kind}: ${error.code}`);
  }
}

/** The request never got an answer: refused, reset, or no answer within the timeout. */
export class TransportError extends Error {
  constructor(
    readonly timedOut: boolean,
    options?: { cause?: unknown },
  ) {
    super(timedOut ? 'timeout' : 'network', options);
  }
}

/** Answer "still processing; ask again later" from inside a step. */
export class Pending {
  constructor(
    readonly state: JsonObject,
    readonly checkAfterSec: number,
  ) {}
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined. */
  body: unknown;
}

export interface RequestInit2 {
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
  body?: Uint8Array | string;
  /** multipart/form-data; fetch writes the boundary. */
  multipart?: FormData;
  /** Follow redirects (default true). YouTube's resumable PUT must see 308 itself. */
  redirect?: 'follow' | 'manual';
  /**
   * A body streamed from an async source with its exact length (a multipart upload of a file):
   * only the piece being sent is in memory, never the whole file.
   */
  stream?: { contentType: string; length: number; body: () => AsyncIterable<Uint8Array> };
  /** This request's own timeout (an upload of bytes on a slow link), instead of the step's. */
  timeoutMs?: number;
}

export function fail(kind: ErrorKind, code: string, detail: string, extra: Partial<ClassifiedError> = {}): never {
  throw new StepFailure({ kind, code, detail: redact(detail).slice(0, 500), ...extra });
}

/** Tokens never reach a trace or a detail: bearer values, token-like parameters and JSON fields. */
export function redact(text: string): string {
  return text
    .replace(/(Bearer|OAuth)\s+[\w\-.~+/=]+/gi, '$1 [hidden]')
    .replace(/((?:access|refresh|fb_exchange)_token|client_secret|code_verifier|code)=([^&\s"]+)/gi, '$1=[hidden]')
    .replace(/"((?:access|refresh)_token|client_secret)"\s*:\s*"[^"]*"/gi, '"$1":"[hidden]"');
}

/** One HTTP client per step: it records every call for the attempt row's trace. */
export class Http {
  readonly calls: CallRecord[] = [];
  constructor(private readonly timeoutMs: number) {}

  async request(method: string, url: string, init: RequestInit2 = {}): Promise<HttpResponse> {
    const headers: Record<string, string> = { ...init.headers };
    let body: BodyInit | undefined;
    if (init.json !== undefined) {
      headers['content-type'] ??= 'application/json; charset=UTF-8';
      body = JSON.stringify(init.json);
    } else if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    } else if (init.multipart) {
      body = init.multipart;
    } else if (init.stream) {
      headers['content-type'] = init.stream.contentType;
      headers['content-length'] = String(init.stream.length);
      body = init.stream.body() as unknown as BodyInit;
    } else if (init.body !== undefined) {
      // A copy into a fresh ArrayBuffer: fetch refuses views over shared memory.
      body = typeof init.body === 'string' ? init.body : new Uint8Array(init.body);
    }
    const parsed = new URL(url);
    const endpoint = `${parsed.origin}${parsed.pathname}`;
    const started = Date.now();
    let response: Response;
    try {
      const fetchInit: RequestInit & { duplex?: 'half' } = {
        method,
        headers,
        body,
        redirect: init.redirect ?? 'follow',
        signal: AbortSignal.timeout(init.timeoutMs ?? this.timeoutMs),
        ...(init.stream ? { duplex: 'half' } : {}),
      };
      response = await fetch(url, fetchInit);
    } catch (err) {
      const timedOut = err instanceof DOMException && (err.name === 'TimeoutError' || err.name === 'AbortError');
      this.calls.push({ method, endpoint, status: timedOut ? 'timeout' : 'network', ms: Date.now() - started });
      throw new TransportError(timedOut, { cause: err });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (err) {
      // The headers came but the body was cut: as good as no answer.
      this.calls.push({ method, endpoint, status: 'network', ms: Date.now() - started });
      throw new TransportError(false, { cause: err });
    }
    this.calls.push({ method, endpoint, status: response.status, ms: Date.now() - started });
    let parsedBody: unknown;
    try {
      parsedBody = text ? JSON.parse(text) : undefined;
    } catch {
      parsedBody = undefined;
    }
    return { status: response.status, headers: response.headers, text, body: parsedBody };
  }
}

/**
 * Runs one step. Outside `publish` a lost answer is a `server_error` (the step is safe to repeat);
 * inside `publish` it is `unknown_after_publish`, and so is a 5xx answer: the platform may have
 * created the post before failing.
 */
export async function runStep<T>(timeoutMs: number, irreversible: boolean, body: (http: Http) => Promise<T | Pending>): Promise<StepOutcome<T>> {
  const http = new Http(timeoutMs);
  try {
    const value = await body(http);
    if (value instanceof Pending) return { status: 'pending', state: value.state, checkAfterSec: value.checkAfterSec, calls: http.calls };
    return { status: 'done', value, calls: http.calls };
  } catch (err) {
    if (err instanceof TransportError) {
      const kind = irreversible ? 'unknown_after_publish' : 'server_error';
      return {
        status: 'failed',
        error: { kind, code: err.timedOut ? 'timeout' : 'network', detail: err.timedOut ? 'no answer within the timeout' : 'connection failed' },
        calls: http.calls,
      };
    }
    if (err instanceof StepFailure) {
      const error = irreversible && err.error.kind === 'server_error' ? { ...err.error, kind: 'unknown_after_publish' as const } : err.error;
      return { status: 'failed', error, calls: http.calls, ...(err.state ? { state: err.state } : {}) };
    }
    if (err instanceof ZodError) {
      const kind = irreversible ? 'unknown_after_publish' : 'server_error';
      return { status: 'failed', error: { kind, code: 'unexpected_answer', detail: 'the platform answered in an unexpected shape' }, calls: http.calls };
    }
    throw err;
  }
}

/** `Retry-After` as seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function joinUrl(base: string, path: string, query?: Record<string, string | undefined>): string {
  const url = new URL(path.replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
  return url.toString();
}
