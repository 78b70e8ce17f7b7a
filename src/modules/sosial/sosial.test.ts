import { describe, expect, it } from 'vitest';
import { parseRetryAfter, redact } from './http.ts';
import { needsRefresh } from './token-expiry.ts';

describe('what may reach an attempt row or a log', () => {
  it('hides bearer values, token parameters and token fields', () => {
    expect(redact('Authorization: Bearer abc.DEF-123')).toBe('Authorization: Bearer [hidden]');
    expect(redact('GET /oauth/access_token?fb_exchange_token=EAAB123&client_secret=s3&code=xyz')).toBe(
      'GET /oauth/access_token?fb_exchange_token=[hidden]&client_secret=[hidden]&code=[hidden]',
    );
    expect(redact('{"access_token":"ya29.a0","refresh_token":"1//0g","expires_in":3599}')).toBe(
      '{"access_token":"[hidden]","refresh_token":"[hidden]","expires_in":3599}',
    );
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter('Mon, 07 Dec 2026 10:01:00 GMT', Date.parse('2026-12-07T10:00:00Z'))).toBe(60);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('needsRefresh', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  it('refreshes within 10 minutes of expiry, not before; never without an expiry', () => {
    expect(needsRefresh({ expiresAt: '2026-12-07T10:10:00Z' }, now)).toBe(true);
    expect(needsRefresh({ expiresAt: '2026-12-07T10:10:01Z' }, now)).toBe(false);
    expect(needsRefresh({}, now)).toBe(false);
  });
});
