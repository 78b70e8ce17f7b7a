import { createHmac } from 'node:crypto';
import type { SecretBox } from '../../lib/crypto.ts';
import { safeEqual } from '../../lib/crypto.ts';

/** A person reads the page and types for at least this long; a script posts at once. */
export const MIN_SECONDS = 3;
/** A page left open longer than this is sent again with a fresh token (and what was typed kept). */
export const MAX_SECONDS = 6 * 60 * 60;

const sign = (secrets: SecretBox, unitId: string, issued: number) =>
  createHmac('sha256', secrets.derive('kontak-form-token')).update(`${unitId}.${issued}`).digest('base64url').slice(0, 32);

/** A token the form carries: when the page was served, signed for this unit, so it cannot be forged or moved. */
export function issueFormToken(secrets: SecretBox, unitId: string, now = Date.now()): string {
  const issued = Math.floor(now / 1000);
  return `${issued}.${sign(secrets, unitId, issued)}`;
}

export type TokenCheck = 'ok' | 'missing' | 'too_fast' | 'expired';

/** Whether the form was served by us, for this unit, between MIN_SECONDS and MAX_SECONDS ago. */
export function checkFormToken(secrets: SecretBox, unitId: string, token: string | undefined, now = Date.now()): TokenCheck {
  const [issuedText, signature] = (token ?? '').split('.');
  const issued = Number(issuedText);
  if (!signature || !Number.isInteger(issued) || !safeEqual(signature, sign(secrets, unitId, issued))) return 'missing';
  const age = now / 1000 - issued;
  if (age < MIN_SECONDS) return 'too_fast';
  if (age > MAX_SECONDS) return 'expired';
  return 'ok';
}
