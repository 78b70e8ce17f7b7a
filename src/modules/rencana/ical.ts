import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import { instantAt } from '../../lib/zoned-time.ts';
import { escapeText, foldLine } from '../hari-kerja/ical-lines.ts';
import { addDays } from '../hari-kerja/local-date.ts';
import type { RencanaListed } from './list-rencana.ts';

// 20261208T010000Z: an instant in UTC, so every calendar app places it right without a VTIMEZONE.
const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const dateValue = (date: string) => date.replace(/-/g, '');

/** How long a timed plan item shows in a calendar: the plan has a start, not an end. */
const TIMED_MINUTES = 60;

const statusOf: Record<string, string> = { direncanakan: 'TENTATIVE', terlaksana: 'CONFIRMED', dibatalkan: 'CANCELLED' };

function description(item: RencanaListed, lang: Lang): string {
  const lines: string[] = [];
  const add = (key: MessageKey, value: string) => value && lines.push(`${t(lang, key)}: ${value}`);
  add('rencana.ical.theme', item.tema);
  add('rencana.ical.kind', t(lang, `rencana.jenis.${item.jenis}` as MessageKey));
  add('rencana.ical.platform', item.platform.map((p) => t(lang, `rencana.platform.${p}` as MessageKey)).join(', '));
  add('rencana.ical.owner', item.pemilikNama ?? '');
  add('rencana.ical.notes', item.catatan);
  return lines.join('\n');
}

/**
 * A unit's plan as an iCalendar file (RFC 5545): one event per item, all-day when it has no time,
 * else from its time for an hour (written in UTC). Called-off items stay in as CANCELLED, so a
 * subscribed phone removes them rather than keeping a stale copy.
 */
export function planToIcal(unitName: string, timeZone: string, items: readonly RencanaListed[], lang: Lang, host: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Warta//Rencana redaksi//ID',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(t(lang, 'rencana.ical.name', { unit: unitName }))}`,
    `X-WR-TIMEZONE:${timeZone}`,
  ];
  for (const item of items) {
    lines.push('BEGIN:VEVENT', `UID:${item.id}@${host}`, `DTSTAMP:${utcStamp(item.updatedAt)}`);
    if (item.jam) {
      const start = instantAt(item.tanggal, item.jam, timeZone);
      lines.push(`DTSTART:${utcStamp(start)}`, `DTEND:${utcStamp(new Date(start.getTime() + TIMED_MINUTES * 60_000))}`);
    } else lines.push(`DTSTART;VALUE=DATE:${dateValue(item.tanggal)}`, `DTEND;VALUE=DATE:${dateValue(addDays(item.tanggal, 1))}`);
    lines.push(`SUMMARY:${escapeText(item.judul)}`);
    const text = description(item, lang);
    if (text) lines.push(`DESCRIPTION:${escapeText(text)}`);
    lines.push(`STATUS:${statusOf[item.status] ?? 'TENTATIVE'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('');
}
