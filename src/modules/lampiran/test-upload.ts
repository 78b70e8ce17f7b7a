import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import type { Reply, TestClient } from '../../test/client.ts';

// Test-only: a multipart upload as the admin's file input sends it, with the session and CSRF token.

export async function uploadFile(
  app: Hono<AppEnv>,
  client: TestClient | null,
  path: string,
  bytes: Buffer,
  name: string,
  title?: string,
  lang = 'id',
): Promise<Reply> {
  const form = new FormData();
  // The browser's type is deliberately wrong: the server must look at the bytes.
  form.set('berkas', new File([new Uint8Array(bytes)], name, { type: 'application/pdf' }));
  if (title !== undefined) form.set('judul', title);
  const headers: Record<string, string> = { 'accept-language': lang };
  if (client?.cookie) headers.cookie = client.cookie;
  if (client?.csrf) headers['x-csrf-token'] = client.csrf;
  const res = await app.request(path, { method: 'POST', body: form, headers });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: res.status, body, headers: res.headers, text };
}
