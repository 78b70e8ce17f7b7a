import { t } from '../../../i18n/catalogue.ts';
import { addDays, daysBetween, localDateOf, weekdayOf } from '../../hari-kerja/local-date.ts';
import { type SiteContext, siteHref } from '../../site/resolve-site.ts';
import { unitPath } from '../../site/site-menu.ts';
import type { PublicAgenda } from '../public-agenda.ts';

/** A month as `YYYY-MM`. */
export type Bulan = string;

const bulanPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month of a `YYYY-MM` address segment, or null for anything else (a 404). */
export function parseBulan(segment: string | undefined): Bulan | null {
  const m = segment ? bulanPattern.exec(segment) : null;
  if (!m) return null;
  const year = Number(m[1]);
  return year >= 2000 && year <= 2100 ? segment! : null;
}

/** The month `n` months after `bulan` (negative goes back). */
export function geserBulan(bulan: Bulan, n: number): Bulan {
  const [y, m] = bulan.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** "Desember 2026" / "December 2026". */
export function namaBulan(lang: SiteContext['lang'], bulan: Bulan): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${bulan}-01T00:00:00Z`),
  );
}

// Weeks start on Monday, as Indonesian calendars print them; 2024-01-01 was a Monday.
function namaHari(lang: SiteContext['lang']): string[] {
  const f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { weekday: 'long', timeZone: 'UTC' });
  return [0, 1, 2, 3, 4, 5, 6].map((i) => f.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

const jam = (ctx: SiteContext, at: Date) =>
  new Intl.DateTimeFormat(ctx.lang === 'en' ? 'en-GB' : 'id-ID', { timeStyle: 'short', timeZone: ctx.tenant.timeZone }).format(at);

/**
 * A month of events as a table (one row per week, Monday first, day columns with their headers), so
 * a screen reader announces the weekday of each day. An event lasting several days is listed on
 * each of its days in the month; today is marked for assistive technology too.
 */
export function KalenderBulan({ ctx, bulan, items, now }: { ctx: SiteContext; bulan: Bulan; items: PublicAgenda[]; now: Date }) {
  const zone = ctx.tenant.timeZone;
  const first = `${bulan}-01`;
  const days = daysBetween(first, `${geserBulan(bulan, 1)}-01`);
  const byDay = new Map<string, PublicAgenda[]>();
  for (const item of items) {
    const from = localDateOf(item.mulai, zone);
    const to = item.selesai && item.selesai > item.mulai ? localDateOf(item.selesai, zone) : from;
    // Clipped to the month, so an event of several months does not walk every day since its start.
    const span = Math.min(daysBetween(from, to), 62);
    for (let i = 0; i <= span; i++) {
      const day = addDays(from, i);
      if (!day.startsWith(bulan)) continue;
      byDay.set(day, [...(byDay.get(day) ?? []), item]);
    }
  }
  const lead = (weekdayOf(first) + 6) % 7;
  const cells: Array<string | null> = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => addDays(first, i))];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const today = localDateOf(now, zone);
  const hari = namaHari(ctx.lang);
  return (
    <div class="bulan-wrap">
      <table class="bulan">
        <caption>{t(ctx.lang, 'konten.publik.kalender.caption', { bulan: namaBulan(ctx.lang, bulan) })}</caption>
        <thead>
          <tr>
            {hari.map((h) => (
              <th key={h} scope="col" abbr={h}>
                {h.slice(0, 3)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find((d) => d !== null) ?? ''}>
              {week.map((day, i) =>
                day === null ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: an empty cell has no identity of its own
                  <td key={`kosong-${i}`} class="luar" />
                ) : (
                  <td key={day} class={byDay.has(day) ? 'ada' : undefined} aria-current={day === today ? 'date' : undefined}>
                    <span class="tgl">{Number(day.slice(8))}</span>
                    {byDay.has(day) ? (
                      <ul>
                        {byDay.get(day)!.map((item) => (
                          <li key={item.id}>
                            <a href={siteHref(ctx, unitPath(ctx, 'agenda', item.slug))}>{item.judul}</a>{' '}
                            {localDateOf(item.mulai, zone) === day ? <small>{jam(ctx, item.mulai)}</small> : null}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
