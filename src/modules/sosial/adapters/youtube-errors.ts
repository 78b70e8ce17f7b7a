/** How Google answers failures of the YouTube Data API, classified for the attempt row. */
import { z } from 'zod';
import { fail, type HttpResponse, parseRetryAfter } from '../http.ts';

const googleError = z.object({
  error: z.object({ code: z.number().optional(), message: z.string().default(''), errors: z.array(z.object({ reason: z.string().optional() })).optional() }),
});

/** Seconds until the YouTube quota resets: midnight Pacific Time (14:00–15:00 WIB). */
export function secondsUntilPacificMidnight(now = new Date()): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Los_Angeles',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return 86400 - (get('hour') * 3600 + get('minute') * 60 + get('second'));
}

export function throwGoogleError(res: HttpResponse): never {
  const body = googleError.safeParse(res.body);
  const reason = body.success ? (body.data.error.errors?.[0]?.reason ?? '') : '';
  const detail = body.success ? body.data.error.message : res.text;
  const extra = { httpStatus: res.status };
  const code = `youtube_${reason || res.status}`;
  if (res.status === 401) fail('token_expired', code, detail, extra);
  if (reason === 'quotaExceeded' || reason === 'dailyLimitExceeded')
    fail('rate_limited', code, detail, { ...extra, retryAfterSec: secondsUntilPacificMidnight() });
  if (reason === 'uploadLimitExceeded') fail('rate_limited', code, detail, { ...extra, retryAfterSec: 86400 });
  if (res.status === 429 || reason === 'rateLimitExceeded' || reason === 'userRateLimitExceeded') {
    fail('rate_limited', code, detail, { ...extra, retryAfterSec: parseRetryAfter(res.headers.get('retry-after')) ?? 60 });
  }
  if (res.status === 403 && (reason === 'insufficientPermissions' || reason === 'forbidden')) fail('token_revoked', code, detail, extra);
  if (res.status >= 500) fail('server_error', code, detail, extra);
  fail('permanent', code, detail, extra);
}
