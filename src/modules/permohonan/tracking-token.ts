import { randomToken, safeEqual, sha256 } from '../../lib/crypto.ts';

/** A fresh secret for the requester's tracking link and the hash that is stored in its place. */
export function newTrackingToken(): { token: string; hash: string } {
  const token = randomToken(18);
  return { token, hash: sha256(token) };
}

/** Whether a token someone presents is the one issued; compared in constant time. */
export function trackingTokenMatches(token: string, storedHash: string): boolean {
  return safeEqual(sha256(token), storedHash);
}
