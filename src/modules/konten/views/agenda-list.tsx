import { t } from '../../../i18n/catalogue.ts';
import { type SiteContext, siteHref } from '../../site/resolve-site.ts';
import { unitPath } from '../../site/site-menu.ts';
import type { PublicAgenda } from '../public-agenda.ts';
import { tanggalWaktu } from './tanggal.ts';
import { waktuLokal } from './waktu-lokal.ts';

/** When an event happens, in the tenant's zone: "20 Desember 2026 pukul 09.00 – 13.00", the end's date only when it is another day. */
export function waktuAgenda(ctx: SiteContext, item: Pick<PublicAgenda, 'mulai' | 'selesai'>): string {
  const zone = ctx.tenant.timeZone;
  const start = tanggalWaktu(ctx.lang, zone, item.mulai);
  if (!item.selesai || item.selesai <= item.mulai) return start;
  const a = waktuLokal(item.mulai, zone);
  const b = waktuLokal(item.selesai, zone);
  const sameDay = a.year === b.year && a.month === b.month && a.day === b.day;
  const end = sameDay
    ? new Intl.DateTimeFormat(ctx.lang === 'en' ? 'en-GB' : 'id-ID', { timeStyle: 'short', timeZone: zone }).format(item.selesai)
    : tanggalWaktu(ctx.lang, zone, item.selesai);
  return `${start} – ${end}`;
}

/** A list of events, each with its time in the tenant's zone and its place, linked to its page. */
export function AgendaList({ ctx, items, level = 2 }: { ctx: SiteContext; items: PublicAgenda[]; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <ol class="kabar-list agenda-list">
      {items.map((item) => (
        <li key={item.id} class="kabar">
          <Heading>
            <a href={siteHref(ctx, unitPath(ctx, 'agenda', item.slug))}>{item.judul}</a>
          </Heading>
          <p class="meta">
            <time datetime={item.mulai.toISOString()}>{waktuAgenda(ctx, item)}</time>
            {item.tempat ? ` · ${item.tempat}` : null}
          </p>
          {item.ringkasan ? <p>{item.ringkasan.length > 160 ? `${item.ringkasan.slice(0, 157).trimEnd()}…` : item.ringkasan}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** The subscription link of a unit's calendar feed, with what to do with it. */
export function LanggananKalender({ ctx }: { ctx: SiteContext }) {
  return (
    <p class="langganan">
      <a href={unitPath(ctx, 'kalender.ics')} type="text/calendar">
        {t(ctx.lang, 'konten.publik.kalender.langganan')}
      </a>
      <br />
      <small>{t(ctx.lang, 'konten.publik.kalender.langganan_hint')}</small>
    </p>
  );
}
