import type { Context } from 'hono';
import type { Queryable } from '../../../db/types.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../i18n/catalogue.ts';
import { localDateOf } from '../../hari-kerja/local-date.ts';
import { listPublicAgenda } from '../../konten/public-agenda.ts';
import { agendaIcal } from '../../konten/public-ical.ts';
import { PUBLIC_PAGE_SIZE } from '../../konten/public-list.ts';
import { AgendaList, LanggananKalender } from '../../konten/views/agenda-list.tsx';
import { type Bulan, geserBulan, KalenderBulan, namaBulan, parseBulan } from '../../konten/views/kalender-bulan.tsx';
import { awalHari } from '../../konten/views/waktu-lokal.ts';
import { type TimeZone, timeZoneLabel } from '../../org/roles.ts';
import { listMeta } from '../meta/page-meta.ts';
import { siteHref } from '../resolve-site.ts';
import { sectionLabel, unitPath } from '../site-menu.ts';
import { EmptyState } from '../views/empty-state.tsx';
import type { Crumb } from '../views/layout.tsx';
import { SectionNav } from '../views/link-list.tsx';
import { Pager, pageCount, pagedHref, requestedPage } from '../views/pager.tsx';
import type { PageSpec, Trail } from './page-trail.ts';

// The feed carries every coming event and the past month's, so a subscriber's calendar keeps what
// just happened; a page lists at most this many events of a month (far more than any unit holds).
const FEED_PAST_DAYS = 31;
const FEED_MAX = 500;
const MONTH_MAX = 150;

const zoneLabel = (zone: string) => timeZoneLabel[zone as TimeZone] ?? zone;

/**
 * Kalender kegiatan (seed 000 §6): coming events at `/kalender`, past ones at `/kalender/lalu`
 * (both `?halaman=N`, soonest or latest first), a month as a table at `/kalender/bulan/2026-12`,
 * and the iCalendar feed at `/kalender.ics`. `now` is a parameter so tests fix the clock.
 */
export async function kalenderPage(db: Queryable, trail: Trail, rest: string[], query: URLSearchParams, now = new Date()): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  const [sub, arg, ...more] = rest;
  if (more.length > 0) return null;
  const thisMonth = localDateOf(now, ctx.tenant.timeZone).slice(0, 7);
  const views: Crumb[] = [
    trail.crumb(t(ctx.lang, 'konten.publik.kalender.depan'), 'kalender'),
    trail.crumb(t(ctx.lang, 'konten.publik.kalender.lalu'), 'kalender', 'lalu'),
    trail.crumb(t(ctx.lang, 'konten.publik.kalender.bulan'), 'kalender', 'bulan', thisMonth),
  ];
  const frame = (title: string, here: Crumb, body: PageSpec['content']): PageSpec => ({
    title,
    section: 'kalender',
    crumbs: sub === undefined ? trail.inSection('kalender') : [...trail.inSection('kalender'), here],
    meta: listMeta(trail, 'agenda'),
    content: (
      <>
        <p class="lead">{t(ctx.lang, 'konten.publik.intro.kalender', { unit: unit.name, zona: zoneLabel(ctx.tenant.timeZone) })}</p>
        <SectionNav label={t(ctx.lang, 'konten.publik.kalender.tampilan')} items={views} current={here.href} />
        {body}
        <LanggananKalender ctx={ctx} />
      </>
    ),
  });

  if (sub === 'bulan') {
    const bulan = parseBulan(arg);
    if (!bulan || query.has('halaman')) return null;
    return frame(namaBulan(ctx.lang, bulan), trail.crumb(namaBulan(ctx.lang, bulan), 'kalender', 'bulan', bulan), await bulanBody(db, trail, bulan, now));
  }
  if (arg !== undefined || (sub !== undefined && sub !== 'lalu')) return null;
  const halaman = requestedPage(query);
  if (halaman === null) return null;
  const past = sub === 'lalu';
  const { items, total } = await listPublicAgenda(db, {
    tenantId: ctx.tenant.id,
    unitId: unit.id,
    ...(past ? { endedBefore: now, order: 'desc' as const } : { from: now, order: 'asc' as const }),
    halaman,
    perHalaman: PUBLIC_PAGE_SIZE,
  });
  if (items.length === 0 && halaman > 1) return null;
  const here = past ? views[1]! : views[0]!;
  const path = past ? unitPath(ctx, 'kalender', 'lalu') : unitPath(ctx, 'kalender');
  const body =
    items.length === 0 ? (
      <EmptyState text={t(ctx.lang, past ? 'konten.publik.empty.kalender_lalu' : 'konten.publik.empty.kalender_depan')} />
    ) : (
      <>
        <AgendaList ctx={ctx} items={items} />
        <Pager
          ctx={ctx}
          label={t(ctx.lang, 'konten.publik.halaman_daftar')}
          page={halaman}
          pages={pageCount(total, PUBLIC_PAGE_SIZE)}
          href={(n) => pagedHref(path, {}, n, ctx.lang)}
        />
      </>
    );
  return frame(past ? here.label : sectionLabel(ctx, 'kalender'), here, body);
}

async function bulanBody(db: Queryable, trail: Trail, bulan: Bulan, now: Date): Promise<PageSpec['content']> {
  const { ctx, unit } = trail;
  const zone = ctx.tenant.timeZone;
  const { items } = await listPublicAgenda(db, {
    tenantId: ctx.tenant.id,
    unitId: unit.id,
    from: awalHari(`${bulan}-01`, zone),
    before: awalHari(`${geserBulan(bulan, 1)}-01`, zone),
    order: 'asc',
    halaman: 1,
    perHalaman: MONTH_MAX,
  });
  const prev = geserBulan(bulan, -1);
  const next = geserBulan(bulan, 1);
  return (
    <>
      <nav class="bulan-nav" aria-label={t(ctx.lang, 'konten.publik.kalender.bulan')}>
        <a href={siteHref(ctx, unitPath(ctx, 'kalender', 'bulan', prev))} rel="prev">
          {t(ctx.lang, 'konten.publik.kalender.sebelumnya', { bulan: namaBulan(ctx.lang, prev) })}
        </a>{' '}
        <a href={siteHref(ctx, unitPath(ctx, 'kalender', 'bulan', next))} rel="next">
          {t(ctx.lang, 'konten.publik.kalender.berikutnya', { bulan: namaBulan(ctx.lang, next) })}
        </a>
      </nav>
      {items.length === 0 ? <EmptyState text={t(ctx.lang, 'konten.publik.empty.bulan')} /> : null}
      <KalenderBulan ctx={ctx} bulan={bulan} items={items} now={now} />
    </>
  );
}

/** The unit's events as an iCalendar feed (`text/calendar`) at `/kalender.ics`. */
export function kalenderFeed(db: Queryable, trail: Trail, now = new Date()): PageSpec {
  const { ctx, unit } = trail;
  const send = async (c: Context<AppEnv>): Promise<Response> => {
    const { items } = await listPublicAgenda(db, {
      tenantId: ctx.tenant.id,
      unitId: unit.id,
      from: new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000),
      order: 'asc',
      halaman: 1,
      perHalaman: FEED_MAX,
    });
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    const scheme = c.req.header('x-forwarded-proto') === 'https' || new URL(c.req.url).protocol === 'https:' ? 'https' : 'http';
    const body = agendaIcal(items, {
      name: `${sectionLabel(ctx, 'kalender')} ${unit.name}`,
      timeZone: ctx.tenant.timeZone,
      zoneName: zoneLabel(ctx.tenant.timeZone),
      host: host.split(':')[0]!,
      urlOf: (item) => `${scheme}://${host}${unitPath(ctx, 'agenda', item.slug)}`,
      now,
    });
    return c.body(body, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="kalender-${unit.slug}.ics"`,
      'Cache-Control': 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
    });
  };
  return { title: sectionLabel(ctx, 'kalender'), section: 'kalender', crumbs: trail.inSection('kalender'), content: <></>, send };
}
