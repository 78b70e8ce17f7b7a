import type { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';

export type Reply<T = any> = { status: number; body: T; headers: Headers; text: string };

/** A cookie-keeping client for `app.request()`, acting like the admin SPA in a browser. */
export class TestClient {
  cookie: string | undefined;
  csrf: string | undefined;
  lang: 'id' | 'en' = 'id';
  constructor(readonly app: Hono<AppEnv>) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const h: Record<string, string> = { 'accept-language': this.lang, ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    if (body !== undefined) h['content-type'] = 'application/json';
    const res = await this.app.request(path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const setCookie = res.headers.get('set-cookie');
    const session = setCookie?.match(/warta_session=([^;]*)/);
    if (session) this.cookie = session[1] ? `warta_session=${session[1]}` : undefined;
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: res.status, body: parsed as T, headers: res.headers, text };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** Signs in through the API and keeps the session cookie and CSRF token. */
  async signIn(email: string, password: string): Promise<Reply> {
    const reply = await this.post('/api/auth/sign-in', { email, password });
    if (reply.status === 200) this.csrf = reply.body.csrfToken;
    return reply;
  }
}
