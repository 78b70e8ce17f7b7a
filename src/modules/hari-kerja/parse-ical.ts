import { withoutControlCharacters } from '../../http/validate.ts';
import { AppError } from '../../lib/errors.ts';
import { type IcalLine, parseContentLine, unescapeText, unfoldLines } from './ical-lines.ts';
import { addDays, isLocalDate, type LocalDate } from './local-date.ts';

/** An all-day event: its name and every date it covers (DTEND is exclusive). */
export type IcalDayEvent = { summary: string; dates: LocalDate[]; line: number };

/** Why an event of the file is not taken. */
export const icalSkipReasons = ['timed', 'recurring', 'cancelled', 'no_date', 'date_invalid', 'range_invalid', 'too_long', 'no_summary'] as const;
export type IcalSkipReason = (typeof icalSkipReasons)[number];
export type IcalSkipped = { summary: string | null; line: number; reason: IcalSkipReason };

/** A closure or holiday longer than this is taken for a mistake (an event spanning a whole season). */
export const MAX_EVENT_DAYS = 31;

/**
 * Reads the all-day events (VEVENT with DTSTART;VALUE=DATE) of an iCalendar file. Timed events
 * are skipped with a reason: a holiday is a whole date in the tenant's zone, and converting a
 * time across zones could move it to the wrong day. Recurring events are skipped too: national
 * holidays move every year, so a yearly rule would be wrong after the first year.
 */
export function parseIcal(bytes: Uint8Array): { events: IcalDayEvent[]; skipped: IcalSkipped[] } {
  const lines = unfoldLines(bytes);
  const first = lines[0]?.text.replace(/^\uFEFF/, '').toUpperCase();
  if (first !== 'BEGIN:VCALENDAR') throw new AppError('invalid', 'hari_kerja.import.not_ical', 'file');
  const events: IcalDayEvent[] = [];
  const skipped: IcalSkipped[] = [];
  let current: IcalLine[] | null = null;
  let start = 0;
  let nested = 0;
  for (const { text, line } of lines) {
    const prop = parseContentLine(text, line);
    if (!prop) continue;
    const value = prop.value.trim().toUpperCase();
    if (prop.name === 'BEGIN' && value === 'VEVENT' && !current) {
      current = [];
      start = line;
    } else if (current && prop.name === 'BEGIN')
      nested++; // e.g. a VALARM inside the event
    else if (current && prop.name === 'END' && nested > 0) nested--;
    else if (current && prop.name === 'END' && value === 'VEVENT') {
      const result = readEvent(current, start);
      if ('reason' in result) skipped.push(result);
      else events.push(result);
      current = null;
    } else if (current && nested === 0) current.push(prop);
  }
  return { events, skipped };
}

function readEvent(props: IcalLine[], line: number): IcalDayEvent | IcalSkipped {
  const get = (name: string) => props.find((p) => p.name === name);
  const rawSummary = get('SUMMARY');
  // Control characters (a NUL the database refuses) are no part of a holiday's name.
  const summary = rawSummary ? withoutControlCharacters(unescapeText(rawSummary.value)).replace(/\s+/g, ' ').trim().slice(0, 200) : null;
  const skip = (reason: IcalSkipReason): IcalSkipped => ({ summary, line, reason });
  if (get('STATUS')?.value.trim().toUpperCase() === 'CANCELLED') return skip('cancelled');
  if (get('RRULE') || get('RDATE')) return skip('recurring');
  const dtstart = get('DTSTART');
  if (!dtstart) return skip('no_date');
  const startDate = dateOf(dtstart);
  if (startDate === 'timed') return skip('timed');
  if (!startDate) return skip('date_invalid');
  const end = endOf(get('DTEND'), get('DURATION'), startDate);
  if (end === 'timed') return skip('timed');
  if (!end) return skip('date_invalid');
  // Some calendars write DTEND equal to DTSTART for a one-day event; an end before the start is an error.
  if (end < startDate) return skip('range_invalid');
  const dates: LocalDate[] = [startDate];
  for (let d = addDays(startDate, 1); d < end; d = addDays(d, 1)) {
    if (dates.length >= MAX_EVENT_DAYS) return skip('too_long');
    dates.push(d);
  }
  if (!summary || summary.length < 3) return skip('no_summary');
  return { summary, dates, line };
}

/** `20260817` (VALUE=DATE, or a bare date) → `2026-08-17`; a DATE-TIME → 'timed'; garbage → null. */
function dateOf(prop: IcalLine): LocalDate | 'timed' | null {
  const value = prop.value.trim();
  if (prop.params.VALUE?.toUpperCase() === 'DATE-TIME' || /^\d{8}T/i.test(value)) return 'timed';
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return isLocalDate(date) ? date : null;
}

/** The exclusive end date: DTEND, else DTSTART plus a DURATION in days or weeks, else the next day. */
function endOf(dtend: IcalLine | undefined, duration: IcalLine | undefined, start: LocalDate): LocalDate | 'timed' | null {
  if (dtend) return dateOf(dtend);
  if (!duration) return addDays(start, 1);
  const m = /^P(?:(\d+)W|(\d+)D)$/i.exec(duration.value.trim());
  if (!m) return /T/i.test(duration.value) ? 'timed' : null;
  const days = m[1] ? Number(m[1]) * 7 : Number(m[2]);
  return addDays(start, Math.min(days, MAX_EVENT_DAYS + 1));
}
