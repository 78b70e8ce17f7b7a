import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, matchTotp, totpCode } from './totp.ts';

// RFC 6238 appendix B, SHA-1, secret "12345678901234567890"; the RFC prints 8 digits, we keep the last 6.
const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));
const vectors: Array<[number, string]> = [
  [59, '287082'],
  [1111111109, '081804'],
  [1111111111, '050471'],
  [1234567890, '005924'],
  [2000000000, '279037'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(vectors)('at %i s the code is %s', (seconds, code) => {
    expect(totpCode(rfcSecret, Math.floor(seconds / 30))).toBe(code);
  });

  it('round-trips base32', () => {
    expect(base32Decode(rfcSecret).toString()).toBe('12345678901234567890');
  });

  it('accepts one step of clock drift either side, and never a step already used', () => {
    const at = new Date(1234567890 * 1000);
    const step = Math.floor(1234567890 / 30);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, step - 1), null, at)).toBe(step - 1);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, step + 1), null, at)).toBe(step + 1);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, step - 2), null, at)).toBeNull();
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, step), step, at)).toBeNull();
    expect(matchTotp(rfcSecret, '12345', null, at)).toBeNull();
  });
});
