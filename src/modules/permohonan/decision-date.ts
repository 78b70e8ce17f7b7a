import { AppError } from '../../lib/errors.ts';
import { daysBetween, localDateOf } from '../hari-kerja/local-date.ts';

const DAY_MS = 86_400_000;

/**
 * When a decision took effect: the date of its written notice, which the PPID may record because
 * a notice signed and sent on Monday is often entered on Thursday — and the service time (UU 14/2008
 * Pasal 12 b), the reports and the notice itself count from that date, not from the day of entry.
 * Without a date the decision is dated now. The date lies between the receipt date and today in
 * the tenant's zone (never in the future); anything else is a 400 on `tanggal`.
 *
 * A past date keeps the entry's time of day (the time a notice was signed is not recorded), so the
 * instant still falls on that local date; zones of Indonesia have no daylight saving.
 */
export function decisionInstant(receivedAt: Date, noticeDate: string | null | undefined, timeZone: string, now: Date): Date {
  if (!noticeDate) return now;
  const receivedDate = localDateOf(receivedAt, timeZone);
  const today = localDateOf(now, timeZone);
  if (noticeDate < receivedDate || noticeDate > today)
    throw new AppError('invalid', 'permohonan.decision_date_range', 'tanggal', { from: receivedDate, to: today });
  const at = new Date(now.getTime() - daysBetween(noticeDate, today) * DAY_MS);
  // Never before the receipt itself (a same-day request received later in the day than "now" minus days).
  return at < receivedAt ? receivedAt : at;
}
