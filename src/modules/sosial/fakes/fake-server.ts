import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The shared engine of the contract fakes: a local HTTP server with a route table, a token store
 * and failure switches. Each platform's fake (fake-facebook.ts …) declares the platform's routes,
 * request validation and error shapes on top of it. Only for tests and `WARTA_PLATFORM_FAKES=1`.
 */

export interface FakeRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  raw: Buffer;
  /** The body as JSON (undefined when it is not JSON). */
  json(): unknown;
  /** The body as urlencoded or multipart form data, merged over the query string. */
  form(): Promise<Map<string, string | Blob>>;
  bearer(): string | undefined;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
}

export type Handler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

/**
 * What a switch does to the next matching request:
 * - `rate_limit`, `server_error`: answer the platform's 429 / 5xx instead of handling;
 * - `lost_answer`: handle the request (the post is created) and never answer, as after a timeout;
 * - `drop`: close the connection without handling (a dropped upload).
 */
export type Failure = 'rate_limit' | 'server_error' | 'lost_answer' | 'drop';

export interface ErrorShapes {
  rateLimited(req: FakeRequest): FakeResponse;
  serverError(req: FakeRequest): FakeResponse;
}

interface Route {
  name: string;
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

export interface TokenRecord {
  state: 'valid' | 'expired' | 'revoked';
  scope: string;
  subject: string;
  refreshToken?: string;
}

let counter = 0;
export const fakeId = (prefix = '') => `${prefix}${Date.now().toString().slice(-6)}${String(++counter).padStart(6, '0')}`;

export class FakeServer {
  private readonly routes: Route[] = [];
  private readonly switches: { route: string; failure: Failure; remaining: number; skip: number }[] = [];
  private server: Server | undefined;
  readonly hanging = new Set<ServerResponse>();
  /** Every request that reached a route: tests count publish calls here. */
  readonly log: { route: string; method: string; path: string }[] = [];
  readonly tokens = new Map<string, TokenRecord>();
  baseUrl = '';

  constructor(private readonly shapes: ErrorShapes) {}

  route(name: string, method: string, path: string, handler: Handler): void {
    const keys: string[] = [];
    const source = path.replace(/:(\w+)/g, (_, key: string) => {
      keys.push(key);
      return '([^/]+)';
    });
    this.routes.push({ name, method, pattern: new RegExp(`^${source}/?$`), keys, handler });
  }

  /** Turn a failure on for `times` requests of a route (by its name), after letting `after` pass. */
  failNext(route: string, failure: Failure, times = 1, after = 0): void {
    this.switches.push({ route, failure, remaining: times, skip: after });
  }

  clearSwitches(): void {
    this.switches.length = 0;
  }

  calls(route: string): number {
    return this.log.filter((entry) => entry.route === route).length;
  }

  issueToken(subject: string, scope: string, refreshToken?: string): string {
    const token = `${fakeId('tok')}.${Math.random().toString(36).slice(2)}`;
    this.tokens.set(token, { state: 'valid', scope, subject, refreshToken });
    return token;
  }

  setTokenState(token: string, state: TokenRecord['state']): void {
    const record = this.tokens.get(token);
    if (record) record.state = state;
  }

  async start(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    const server = this.server;
    // A busy port must reject, not hang and surface later as an uncaught exception.
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port: actual } = this.server.address() as AddressInfo;
    this.baseUrl = `http://${host}:${actual}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    if (!this.server?.listening) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private takeSwitch(route: string): Failure | undefined {
    const found = this.switches.find((s) => s.route === route && s.remaining > 0);
    if (!found) return undefined;
    if (found.skip > 0) {
      found.skip -= 1;
      return undefined;
    }
    found.remaining -= 1;
    return found.failure;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    let aborted = false;
    req.on('error', () => {
      aborted = true;
    });
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (aborted) return;
    const raw = Buffer.concat(chunks);
    const match = this.routes.map((route) => ({ route, m: route.method === req.method ? route.pattern.exec(url.pathname) : null })).find((r) => r.m);
    if (!match) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `fake: no route ${req.method} ${url.pathname}` } }));
      return;
    }
    const params = Object.fromEntries(match.route.keys.map((key, i) => [key, decodeURIComponent(match.m![i + 1]!)]));
    const contentType = String(req.headers['content-type'] ?? '');
    const fakeReq: FakeRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      params,
      query: url.searchParams,
      headers: req.headers,
      raw,
      json: () => {
        if (!contentType.includes('json')) return undefined;
        try {
          return JSON.parse(raw.toString('utf8'));
        } catch {
          return undefined;
        }
      },
      form: async () => {
        const out = new Map<string, string | Blob>(url.searchParams);
        if (contentType.includes('urlencoded') || contentType.includes('multipart')) {
          const data = await new Request('http://fake', { method: 'POST', headers: { 'content-type': contentType }, body: raw }).formData();
          for (const [k, v] of data) out.set(k, v);
        }
        return out;
      },
      bearer: () => /^(?:Bearer|OAuth)\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1] ?? url.searchParams.get('access_token') ?? undefined,
    };
    this.log.push({ route: match.route.name, method: fakeReq.method, path: url.pathname });
    const failure = this.takeSwitch(match.route.name);
    if (failure === 'drop') {
      req.socket.destroy();
      return;
    }
    if (failure === 'rate_limit' || failure === 'server_error') {
      send(res, failure === 'rate_limit' ? this.shapes.rateLimited(fakeReq) : this.shapes.serverError(fakeReq));
      return;
    }
    const answer = await match.route.handler(fakeReq);
    if (failure === 'lost_answer') {
      // The work is done (the post exists) but the answer never comes.
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return;
    }
    send(res, answer);
  }
}

function send(res: ServerResponse, answer: FakeResponse): void {
  const headers: Record<string, string> = { ...answer.headers };
  let body = answer.text ?? '';
  if (answer.json !== undefined) {
    headers['content-type'] ??= 'application/json; charset=UTF-8';
    body = JSON.stringify(answer.json);
  }
  res.writeHead(answer.status, headers).end(body);
}

/** Accepts a PKCE verifier for an S256 challenge (RFC 7636). */
export async function pkceMatches(verifier: string, challenge: string): Promise<boolean> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(verifier).digest('base64url') === challenge;
}
