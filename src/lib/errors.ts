import type { MessageKey } from '../i18n/catalogue.ts';

export type ErrorCode = 'unauthenticated' | 'forbidden' | 'invalid' | 'not_found' | 'conflict' | 'rate_limited' | 'too_large' | 'unavailable' | 'internal';

/** The one error type of Warta: a code for HTTP, a catalogue key for the user's language. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly field?: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}: ${messageKey}${field ? ` (${field})` : ''}`);
  }
}

export const httpStatusOf: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 503> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid: 400,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  too_large: 413,
  unavailable: 503,
  internal: 500,
};
