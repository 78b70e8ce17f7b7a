import type { AccountCredentials } from './adapter.ts';

/**
 * Whether to refresh before a step rather than wait for the platform's 401: X tokens live 2 h,
 * TikTok's about 24 h, Google's 1 h. Ten minutes of margin covers a slow chunked upload's start.
 * Tokens without an expiry (Facebook Page tokens) never need it.
 */
export function needsRefresh(credentials: Pick<AccountCredentials, 'expiresAt'>, now = new Date(), marginSec = 600): boolean {
  if (!credentials.expiresAt) return false;
  return Date.parse(credentials.expiresAt) - now.getTime() <= marginSec * 1000;
}
