import ICAL from 'ical.js';
import type { PublicAgenda } from './public-agenda.ts';
import { offsetMenit, waktuLokal } from './views/waktu-lokal.ts';

type Feed = {
  /** The calendar's name in the reader's app: "Kalender BPSDMD Provinsi NTT". */
  name: string;
  /** The tenant's zone: every event is written in it, with its VTIMEZONE. */
  timeZone: string;
  /** The zone's short name (WITA), for the VTIMEZONE's TZNAME. */
  zoneName: string;
  /** The site's host, so event ids are unique across every pemda running Warta. */
  host: string;
  /** An event's page, absolute. */
  urlOf(item: PublicAgenda): string;
  /** When the feed was built (DTSTAMP). */
  now: Date;
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `+0800` from minutes. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}${pad(m % 60)}`;
}

/**
 * The zone's definition for the feed. Indonesia's three zones have kept one offset all year since
 * 1988 (no daylight saving), so one STANDARD rule from 1970 describes the offset today exactly.
 */
function vtimezone(feed: Feed): ICAL.Component {
  const offset = offsetText(offsetMenit(feed.now, feed.timeZone));
  const tz = new ICAL.Component('vtimezone');
  tz.updatePropertyWithValue('tzid', feed.timeZone);
  const standard = new ICAL.Component('standard');
  standard.updatePropertyWithValue('dtstart', ICAL.Time.fromData({ year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, isDate: false }));
  standard.updatePropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromString(offset));
  standard.updatePropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromString(offset));
  standard.updatePropertyWithValue('tzname', feed.zoneName);
  tz.addSubcomponent(standard);
  return tz;
}

/** A local date-time in the zone, written `DTSTART;TZID=Asia/Makassar:20261220T090000`. */
function zoned(event: ICAL.Component, name: string, at: Date, timeZone: string): void {
  const l = waktuLokal(at, timeZone);
  const prop = event.updatePropertyWithValue(name, ICAL.Time.fromData({ ...l, isDate: false }));
  prop.setParameter('tzid', timeZone);
}

/**
 * A unit's events as an iCalendar feed (RFC 5545) people subscribe to: every event in the tenant's
 * zone with that zone's VTIMEZONE, its place, summary and page. ical.js writes the text, so
 * escaping, CRLF line ends and folding at 75 octets are the library's, not ours.
 */
export function agendaIcal(items: PublicAgenda[], feed: Feed): string {
  const cal = new ICAL.Component('vcalendar');
  cal.updatePropertyWithValue('prodid', '-//Warta//Kalender Kegiatan//ID');
  cal.updatePropertyWithValue('version', '2.0');
  cal.updatePropertyWithValue('calscale', 'GREGORIAN');
  cal.updatePropertyWithValue('method', 'PUBLISH');
  // Read by Google Calendar, Outlook and Apple Calendar for the subscription's name and zone.
  cal.updatePropertyWithValue('x-wr-calname', feed.name);
  cal.updatePropertyWithValue('x-wr-timezone', feed.timeZone);
  cal.addSubcomponent(vtimezone(feed));
  const stamp = ICAL.Time.fromJSDate(feed.now, true);
  for (const item of items) {
    const event = new ICAL.Component('vevent');
    event.updatePropertyWithValue('uid', `${item.id}@${feed.host}`);
    event.updatePropertyWithValue('dtstamp', stamp);
    zoned(event, 'dtstart', item.mulai, feed.timeZone);
    if (item.selesai && item.selesai > item.mulai) zoned(event, 'dtend', item.selesai, feed.timeZone);
    event.updatePropertyWithValue('summary', item.judul);
    if (item.ringkasan) event.updatePropertyWithValue('description', item.ringkasan);
    if (item.tempat) event.updatePropertyWithValue('location', item.tempat);
    event.updatePropertyWithValue('url', feed.urlOf(item));
    cal.addSubcomponent(event);
  }
  return `${cal.toString()}\r\n`;
}
