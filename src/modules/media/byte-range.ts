import parseRange from 'range-parser';
import type { ByteRange, StoredFacts } from './storage.ts';

/** How to answer a request for a stored file: all of it, one part of it, or 416. */
export type RangeAnswer = { kind: 'whole' } | { kind: 'part'; range: ByteRange } | { kind: 'unsatisfiable' };

/**
 * Chooses the answer to a `Range` request (RFC 9110 §14): one satisfiable byte range is a 206 of
 * that part; a range wholly past the end is a 416. Everything else is the whole file (200): no
 * Range header, a malformed one or another unit, an `If-Range` naming an older version, and a
 * request for several separate ranges (allowed by §14.2; players and download managers ask for
 * one range, and multipart answers are not worth their cost here). Overlapping ranges are merged first.
 */
export function answerRange(facts: StoredFacts, rangeHeader: string | undefined, ifRange: string | undefined): RangeAnswer {
  if (!rangeHeader) return { kind: 'whole' };
  if (ifRange !== undefined && !sameVersion(facts, ifRange.trim())) return { kind: 'whole' };
  const ranges = parseRange(facts.size, rangeHeader, { combine: true });
  if (ranges === -1) return { kind: 'unsatisfiable' };
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return { kind: 'whole' };
  const [range] = ranges;
  return range ? { kind: 'part', range: { start: range.start, end: range.end } } : { kind: 'whole' };
}

/**
 * `If-Range` holds a strong ETag or a date (§13.1.5): a weak tag never matches, and a date matches
 * only the file's exact Last-Modified (HTTP dates count whole seconds).
 */
function sameVersion(facts: StoredFacts, validator: string): boolean {
  if (validator.startsWith('"')) return validator === facts.etag;
  if (validator.startsWith('W/')) return false;
  const date = Date.parse(validator);
  return Number.isFinite(date) && date === Math.floor(facts.modifiedAt.getTime() / 1000) * 1000;
}
