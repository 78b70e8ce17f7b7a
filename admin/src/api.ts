import { currentLang } from './i18n.ts';

/** An error answered by the API: `message` is already in the user's language, `field` names the input. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

let csrfToken = '';
let onUnauthenticated: () => void = () => {};

/** Remembers the CSRF token every write must carry. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Lets the session layer send the person back to sign-in when the server says 401. */
export function onSessionLost(handler: () => void): void {
  onUnauthenticated = handler;
}

type Options = { method?: string; body?: unknown; form?: FormData; quiet401?: boolean };

/** Calls the Warta JSON API under /api with the session cookie, CSRF token and language. */
export async function api<T>(path: string, opts: Options = {}): Promise<T> {
  const method = opts.method ?? (opts.body !== undefined || opts.form ? 'POST' : 'GET');
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang() };
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.form ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined),
    });
  } catch {
    throw new ApiError(
      0,
      'network',
      currentLang() === 'en'
        ? 'No connection to the server. Check your network and try again.'
        : 'Tidak tersambung ke server. Periksa jaringan lalu coba lagi.',
    );
  }
  const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.ok) return data as T;
  const err = (data ?? {}) as { code?: string; message?: string; field?: string };
  if (res.status === 401 && !opts.quiet401) onUnauthenticated();
  throw new ApiError(res.status, err.code ?? 'internal', err.message ?? `HTTP ${res.status}`, err.field, data);
}
