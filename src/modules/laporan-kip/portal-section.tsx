import type { Queryable } from '../../db/types.ts';
import { t } from '../../i18n/catalogue.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import type { PortalSection } from '../site/portal.ts';
import { siteHref } from '../site/resolve-site.ts';
import { unitPath } from '../site/site-menu.ts';
import type { PageSpec, Trail } from '../site/unit-pages/page-trail.ts';
import { EmptyState } from '../site/views/empty-state.tsx';
import { resolveAsOf } from './as-of.ts';
import { compileReport } from './compile-report.ts';
import { formatLocalDate, periodLabel } from './labels.ts';
import { firstRequestDay } from './portal-first-request.ts';
import { currentQuarter, findPublished, type PublishedReport, publishedReports } from './portal-periods.ts';
import { PortalReport } from './portal-report.tsx';
import { cachedPortalReport } from './portal-report-cache.ts';

const SEGMENT = 'laporan';

/**
 * The unit's information service reports at `/{unit}/ppid/laporan`: the finished quarters and
 * years since its first request, each at `laporan/{tahun}` (annual) or `laporan/{tahun}/tw{1-4}`
 * (quarterly), compiled from the live register like the staff report. Any other path is a 404.
 */
export const laporanPortalSection: PortalSection = {
  segment: SEGMENT,
  label: { id: t('id', 'laporan_kip.portal.label'), en: t('en', 'laporan_kip.portal.label') },
  async page(db, trail, rest) {
    const { ctx, unit } = trail;
    const today = localDateOf(new Date(), ctx.tenant.timeZone);
    const reports = publishedReports(await firstRequestDay(db, unit.id, ctx.tenant.timeZone), today);
    if (rest.length === 0) return listPage(trail, reports, today);
    const report = findPublished(reports, rest);
    return report ? reportPage(db, trail, report, today) : null;
  },
};

function listPage(trail: Trail, reports: PublishedReport[], today: string): PageSpec {
  const { ctx, unit } = trail;
  const title = t(ctx.lang, 'laporan_kip.portal.label');
  const years = [...new Set(reports.map((r) => r.year))];
  const linkLabel = (r: PublishedReport) => (r.quarter === null ? t(ctx.lang, 'laporan_kip.portal.annual', { year: r.year }) : periodLabel(r.period, ctx.lang));
  return {
    title,
    section: 'ppid',
    crumbs: [...trail.inSection('ppid'), trail.crumb(title, 'ppid', SEGMENT)],
    content: (
      <>
        <p class="lead">{t(ctx.lang, 'laporan_kip.portal.intro', { unit: unit.name })}</p>
        <p>{t(ctx.lang, 'laporan_kip.portal.current', { period: periodLabel(currentQuarter(today), ctx.lang) })}</p>
        {reports.length === 0 ? <EmptyState text={t(ctx.lang, 'laporan_kip.portal.empty')} /> : null}
        {years.map((year) => (
          <section key={String(year)} aria-labelledby={`tahun-${year}`}>
            <h2 id={`tahun-${year}`}>{t(ctx.lang, 'laporan_kip.portal.year', { year })}</h2>
            <ul class="link-list">
              {reports
                .filter((r) => r.year === year)
                .map((r) => (
                  <li key={r.path.join('/')}>
                    <a href={siteHref(ctx, unitPath(ctx, 'ppid', SEGMENT, ...r.path))}>{linkLabel(r)}</a>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </>
    ),
  };
}

async function reportPage(db: Queryable, trail: Trail, published: PublishedReport, today: string): Promise<PageSpec> {
  const { ctx, unit } = trail;
  const { period } = published;
  const report = await cachedPortalReport(`${unit.id}|${period.dari}|${period.sampai}|${ctx.lang}`, async () => {
    // A finished period, counted as it stood on its last day: the public figures do not move later.
    const asOf = resolveAsOf('akhir-periode', period, today);
    return (await compileReport(db, { tenant: ctx.tenant, unit, period, asOf }, ctx.lang)).report;
  });
  const title = t(ctx.lang, 'laporan_kip.portal.title', { period: report.periode.label });
  const listTitle = t(ctx.lang, 'laporan_kip.portal.label');
  return {
    title,
    section: 'ppid',
    crumbs: [...trail.inSection('ppid'), trail.crumb(listTitle, 'ppid', SEGMENT), trail.crumb(report.periode.label, 'ppid', SEGMENT, ...published.path)],
    content: (
      <>
        <p class="lead">{t(ctx.lang, 'laporan_kip.portal.scope', { title: t(ctx.lang, `laporan_kip.title.${report.jenis}`), unit: unit.name })}</p>
        {/* The date only, not the time: the page stays the same all day for caches and readers. */}
        <p class="meta">{t(ctx.lang, 'laporan_kip.portal.compiled', { date: formatLocalDate(today, ctx.lang) })}</p>
        <PortalReport r={report} notes={report.catatan} lang={ctx.lang} />
        <p>
          <a href={siteHref(ctx, unitPath(ctx, 'ppid', SEGMENT))}>{t(ctx.lang, 'laporan_kip.portal.back')}</a>
        </p>
      </>
    ),
  };
}
