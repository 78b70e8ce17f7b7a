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

/** The CSRF token for a request the api() helper does not make (resumable uploads). */
export function currentCsrfToken(): string {
  return csrfToken;
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

/**
 * Downloads a file the API makes (a notice as DOCX or PDF) and hands it to the browser as a saved
 * file. Fetched rather than linked, so a refusal (409, 503) shows as a message on the screen
 * instead of replacing the admin with a JSON page.
 */
export async function apiDownload(path: string, fallbackName: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { headers: { 'Accept-Language': currentLang() }, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', currentLang() === 'en' ? 'No connection to the server.' : 'Tidak tersambung ke server.');
  }
  if (!res.ok) {
    const err = ((await res.json().catch(() => null)) ?? {}) as { code?: string; message?: string; field?: string };
    if (res.status === 401) onUnauthenticated();
    throw new ApiError(res.status, err.code ?? 'internal', err.message ?? `HTTP ${res.status}`, err.field);
  }
  // The exact UTF-8 name (RFC 5987) when the server gives one, else the plain ASCII one.
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const exact = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = (exact ? decodeURIComponent(exact) : /filename="([^"]+)"/.exec(disposition)?.[1]) ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the object URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
