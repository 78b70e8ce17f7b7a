/** How TikTok answers failures and how it wants a file cut into chunks (Media Transfer Guide). */
import { fail, type HttpResponse, parseRetryAfter } from '../http.ts';

const MB = 1024 * 1024;

export function throwTikTokError(res: HttpResponse, code: string, message: string): never {
  const extra = { httpStatus: res.status };
  const tag = `tiktok_${code}`;
  if (res.status === 429 || code === 'rate_limit_exceeded') {
    // TikTok documents per-minute windows and no wait header; honour Retry-After if one comes.
    fail('rate_limited', tag, message, { ...extra, retryAfterSec: parseRetryAfter(res.headers.get('retry-after')) ?? 60 });
  }
  if (code === 'spam_risk_too_many_posts' || code === 'reached_active_user_cap') fail('rate_limited', tag, message, { ...extra, retryAfterSec: 86400 });
  if (code === 'access_token_invalid') fail('token_expired', tag, message, extra);
  if (code === 'scope_not_authorized' || code === 'scope_permission_missed') fail('token_revoked', tag, message, extra);
  if (res.status >= 500 || code === 'internal_error') fail('server_error', tag, message, extra);
  fail('permanent', code === 'unaudited_client_can_only_post_to_private_accounts' ? 'tiktok_unaudited_client' : tag, message, extra);
}

/** Chunking per the Media Transfer Guide: < 5 MB in one piece; otherwise floor(size/chunk) chunks, the last takes the rest. */
export function tiktokChunks(size: number, preferred = 10 * MB): { chunkSize: number; count: number } {
  if (size < 5 * MB) return { chunkSize: size, count: 1 };
  const chunkSize = Math.min(64 * MB, Math.max(5 * MB, preferred));
  return { chunkSize, count: Math.max(1, Math.floor(size / chunkSize)) };
}
