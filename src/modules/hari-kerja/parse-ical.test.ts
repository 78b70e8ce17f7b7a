import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors.ts';
import { parseIcal } from './parse-ical.ts';

const enc = new TextEncoder();
/** An .ics file from lines, with the CRLF line ends RFC 5545 requires. */
const ics = (...lines: string[]) =>
  enc.encode(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Uji//Kalender fiktif//ID', ...lines, 'END:VCALENDAR', ''].join('\r\n'));
const event = (...props: string[]) => ['BEGIN:VEVENT', ...props, 'END:VEVENT'];

describe('parsing an iCalendar file', () => {
  it('reads all-day events with VALUE=DATE, the exclusive DTEND and a missing DTEND as one day', () => {
    const { events, skipped } = parseIcal(
      ics(
        ...event('UID:1@uji', 'DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261225', 'SUMMARY:Cuti bersama Natal'),
        ...event('UID:2@uji', 'DTSTART;VALUE=DATE:20260817', 'SUMMARY:Proklamasi Kemerdekaan'),
        ...event('UID:3@uji', 'DTSTART:20260320', 'DTEND:20260320', 'SUMMARY:Tanggal bertepatan (DTEND sama)'),
      ),
    );
    expect(skipped).toEqual([]);
    expect(events.map((e) => [e.summary, e.dates])).toEqual([
      ['Cuti bersama Natal', ['2026-12-24']],
      ['Proklamasi Kemerdekaan', ['2026-08-17']],
      ['Tanggal bertepatan (DTEND sama)', ['2026-03-20']],
    ]);
    expect(events[0]!.line).toBe(4);
  });

  it('expands a multi-day event up to the day before DTEND, across a month end, and DURATION in days', () => {
    const { events } = parseIcal(
      ics(
        ...event('DTSTART;VALUE=DATE:20260330', 'DTEND;VALUE=DATE:20260402', 'SUMMARY:Penutupan kantor akhir Maret'),
        ...event('DTSTART;VALUE=DATE:20261228', 'DURATION:P2D', 'SUMMARY:Libur akhir tahun'),
      ),
    );
    expect(events[0]!.dates).toEqual(['2026-03-30', '2026-03-31', '2026-04-01']);
    expect(events[1]!.dates).toEqual(['2026-12-28', '2026-12-29']);
  });

  it('unfolds long lines (CRLF or LF and one space or tab), even inside a multi-byte character', () => {
    const summary = 'Hari Raya Idul Fitri 1447 Hijriah — libur nasional';
    const bytes = enc.encode(summary);
    const dash = enc.encode('—');
    const at = Buffer.from(bytes).indexOf(Buffer.from(dash)) + 1; // fold between the em dash's first and second byte
    const folded = new Uint8Array([...enc.encode('SUMMARY:'), ...bytes.slice(0, at), ...enc.encode('\r\n '), ...bytes.slice(at)]);
    const file = new Uint8Array([
      ...enc.encode('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DA\r\n TE:20260321\r\n'),
      ...folded,
      ...enc.encode('\r\nEND:VEVENT\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260322\nSUMMARY:Hari Raya\n\tIdul Fitri (hari kedua)\nEND:VEVENT\nEND:VCALENDAR\n'),
    ]);
    const { events } = parseIcal(file);
    expect(events.map((e) => [e.summary, e.dates[0]])).toEqual([
      [summary, '2026-03-21'],
      ['Hari RayaIdul Fitri (hari kedua)', '2026-03-22'],
    ]);
  });

  it('undoes escaped characters in SUMMARY and reads quoted parameters holding a colon', () => {
    const { events } = parseIcal(
      ics(
        ...event('DTSTART;VALUE=DATE:20260101', 'SUMMARY;LANGUAGE=id:Tahun Baru\\, 1 Januari\\; libur\\nnasional \\\\ SKB'),
        ...event('DTSTART;VALUE=DATE:20260102', 'SUMMARY;ALTREP="https://uji.example/a:b":Penutupan kantor: pindahan'),
      ),
    );
    expect(events.map((e) => e.summary)).toEqual(['Tahun Baru, 1 Januari; libur nasional \\ SKB', 'Penutupan kantor: pindahan']);
  });

  it('skips timed, recurring, cancelled, undated, invalid, reversed, overlong and unnamed events, each with its reason', () => {
    const { events, skipped } = parseIcal(
      ics(
        ...event('DTSTART:20260817T080000', 'DTEND:20260817T100000', 'SUMMARY:Upacara bendera'),
        ...event('DTSTART;TZID=Asia/Makassar:20260817T080000', 'SUMMARY:Upacara di WITA'),
        ...event('DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY', 'SUMMARY:Tahun Baru (berulang)'),
        ...event('DTSTART;VALUE=DATE:20260105', 'STATUS:CANCELLED', 'SUMMARY:Penutupan batal'),
        ...event('SUMMARY:Tanpa tanggal'),
        ...event('DTSTART;VALUE=DATE:20260230', 'SUMMARY:Tanggal mustahil'),
        ...event('DTSTART;VALUE=DATE:20260310', 'DTEND;VALUE=DATE:20260305', 'SUMMARY:Terbalik'),
        ...event('DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:20260301', 'SUMMARY:Dua bulan'),
        ...event('DTSTART;VALUE=DATE:20260106'),
        ...event('DTSTART;VALUE=DATE:20260107', 'BEGIN:VALARM', 'TRIGGER:-PT15M', 'SUMMARY:Alarm\\, bukan acara', 'END:VALARM', 'SUMMARY:Penutupan kantor'),
      ),
    );
    expect(skipped.map((s) => [s.summary, s.reason])).toEqual([
      ['Upacara bendera', 'timed'],
      ['Upacara di WITA', 'timed'],
      ['Tahun Baru (berulang)', 'recurring'],
      ['Penutupan batal', 'cancelled'],
      ['Tanpa tanggal', 'no_date'],
      ['Tanggal mustahil', 'date_invalid'],
      ['Terbalik', 'range_invalid'],
      ['Dua bulan', 'too_long'],
      [null, 'no_summary'],
    ]);
    // The alarm's SUMMARY belongs to the alarm, not to its event.
    expect(events.map((e) => [e.summary, e.dates])).toEqual([['Penutupan kantor', ['2026-01-07']]]);
    expect(skipped).toHaveLength(9);
  });

  it('refuses a file that does not start with BEGIN:VCALENDAR', () => {
    const notIcal = () => parseIcal(enc.encode('NO,NAMA\r\n1,Rina\r\n'));
    expect(notIcal).toThrow(AppError);
    expect(notIcal).toThrow(/hari_kerja.import.not_ical/);
    expect(parseIcal(enc.encode('\uFEFFBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'))).toEqual({ events: [], skipped: [] });
  });
});
