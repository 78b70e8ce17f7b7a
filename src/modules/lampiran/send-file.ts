import type { Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { attachmentDisposition } from './file-name.ts';
import type { LampiranFile } from './open-file.ts';

/**
 * Answers a file so no browser renders it in the site's origin: always a download (PDFs too), its
 * recognised type with `nosniff`, and a sandbox in case anything opens it anyway. `public` files (a
 * public information item's documents) may be cached by browsers and proxies and revalidate by
 * their SHA-256; everything else is `no-store`.
 */
export function sendFile(c: Context<AppEnv>, file: LampiranFile, cache: 'public' | 'private'): Response {
  const etag = `"${file.sha256}"`;
  const headers: Record<string, string> = {
    'Content-Type': file.mediaType.startsWith('text/') ? `${file.mediaType}; charset=utf-8` : file.mediaType,
    'Content-Disposition': attachmentDisposition(file.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': cache === 'public' ? 'public, max-age=3600' : 'private, no-store',
  };
  if (cache === 'public') {
    headers.ETag = etag;
    if (
      c.req
        .header('if-none-match')
        ?.split(',')
        .some((tag) => tag.trim() === etag)
    )
      return c.body(null, 304, headers);
  }
  return c.body(new Uint8Array(file.bytes), 200, headers);
}
