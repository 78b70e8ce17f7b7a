import { AppError } from '../../lib/errors.ts';

/**
 * Runs a working-day count and answers null, instead of the `calendar_missing` refusal, when a
 * year it touches has no complete calendar yet. Cases keep such a deadline open ("not yet
 * countable") until an admin completes the year; every other error still throws.
 */
export function unlessCalendarMissing<T>(count: () => T): T | null {
  try {
    return count();
  } catch (err) {
    if (err instanceof AppError && err.messageKey === 'hari_kerja.calendar_missing') return null;
    throw err;
  }
}
