import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import { dateTimeFormat } from '../../lib/date-format.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import type { PortalSection } from '../site/portal.ts';
import { unitPath } from '../site/site-menu.ts';
import type { Trail } from '../site/unit-pages/page-trail.ts';
import { EmptyState } from '../site/views/empty-state.tsx';
import { Pager, pageCount, pagedHref, requestedPage } from '../site/views/pager.tsx';
import { loadPublicRegister, type PublicRegisterRow, REGISTER_PAGE_SIZE, registerYearCounts } from './load-public-register.ts';
import { portalPage } from './portal-page.ts';
import { serviceDays } from './service-days.ts';
import { TableRegion } from './table-region.tsx';

/**
 * The anonymised request register at `/{unit}/ppid/register?tahun=2026&halaman=2`: a year chosen
 * with a plain GET form (works without JavaScript), 25 rows a page, never a requester's data.
 * A page number past the end, or not a number, is a 404.
 */
export const registerSection: PortalSection = {
  segment: 'register',
  label: { id: t('id', 'ppid_portal.label.register'), en: t('en', 'ppid_portal.label.register') },
  async page(db, trail, rest, query) {
    if (rest.length > 0) return null;
    const { ctx, unit } = trail;
    const page = requestedPage(query);
    if (page === null) return null;
    const thisYear = Number(localDateOf(new Date(), ctx.tenant.timeZone).slice(0, 4));
    const perYear = await registerYearCounts(db, unit.id);
    const asked = Number(query.get('tahun'));
    const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear + 1 ? asked : (perYear[0]?.year ?? thisYear);
    const total = perYear.find((y) => y.year === year)?.total ?? 0;
    const pages = pageCount(total, REGISTER_PAGE_SIZE);
    if (page > pages) return null;
    const rows = total === 0 ? [] : await loadPublicRegister(db, unit.id, year, page);
    const days = await serviceDays(db, ctx.tenant.id, ctx.tenant.timeZone, rows);
    const choices = [...new Set([...perYear.map((y) => y.year), year])].sort((a, b) => b - a);
    const title = t(ctx.lang, 'ppid_portal.label.register');
    const href = (n: number) => pagedHref(unitPath(ctx, 'ppid', 'register'), { tahun: String(year) }, n, ctx.lang);
    return portalPage(
      trail,
      'register',
      title,
      <>
        <p class="lead">{t(ctx.lang, 'ppid_portal.register.intro', { unit: unit.name })}</p>
        <p>{t(ctx.lang, 'ppid_portal.register.privacy')}</p>
        <YearForm trail={trail} years={choices} year={year} />
        {total === 0 ? (
          <EmptyState text={t(ctx.lang, 'ppid_portal.register.empty', { year })} />
        ) : (
          <RegisterTable trail={trail} year={year} total={total} rows={rows} days={days} />
        )}
        <Pager ctx={ctx} label={t(ctx.lang, 'ppid_portal.register.nav')} page={page} pages={pages} href={href} />
      </>,
    );
  },
};

function YearForm({ trail, years, year }: { trail: Trail; years: number[]; year: number }) {
  const { ctx } = trail;
  return (
    <form class="search" method="get" action={unitPath(ctx, 'ppid', 'register')}>
      <label for="tahun">{t(ctx.lang, 'ppid_portal.register.year')}</label>
      <span>
        <select id="tahun" name="tahun">
          {years.map((y) => (
            <option key={y} value={String(y)} selected={y === year}>
              {y}
            </option>
          ))}
        </select>
        {ctx.lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <button type="submit">{t(ctx.lang, 'ppid_portal.register.show')}</button>
      </span>
    </form>
  );
}

const shortDate = (instant: Date, timeZone: string, lang: Lang) =>
  dateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(instant);

type TableProps = { trail: Trail; year: number; total: number; rows: PublicRegisterRow[]; days: Map<string, number | null> };
type Column = { label: MessageKey; num?: boolean; cell(r: PublicRegisterRow): string | number };

/**
 * The register as a table: one row a request, its number as the row header. On a narrow screen
 * the stylesheet stacks each row into a card and shows each cell's column name from data-label,
 * so a phone needs no sideways scrolling.
 */
function RegisterTable({ trail, year, total, rows, days }: TableProps) {
  const { lang, tenant } = trail.ctx;
  const m = (key: MessageKey) => t(lang, key);
  const date = (d: Date | null) => (d ? shortDate(d, tenant.timeZone, lang) : '—');
  const columns: Column[] = [
    { label: 'ppid_portal.register.received', cell: (r) => date(r.receivedAt) },
    { label: 'ppid_portal.register.channel', cell: (r) => m(`ppid_portal.channel.${r.channel}`) },
    { label: 'ppid_portal.register.requester', cell: (r) => m(`permohonan.requesterType.${r.requesterType}`) },
    { label: 'ppid_portal.register.status', cell: (r) => m(`permohonan.status.${r.status}`) },
    { label: 'ppid_portal.register.decided', cell: (r) => date(r.decidedAt) },
    { label: 'ppid_portal.register.service_days', num: true, cell: (r) => days.get(r.id) ?? '—' },
    { label: 'ppid_portal.register.objections', num: true, cell: (r) => r.objections },
  ];
  const labels = columns.map((c) => m(c.label));
  return (
    <TableRegion captionId="register-caption">
      <table class="register">
        <caption id="register-caption">{t(lang, 'ppid_portal.register.caption', { year, count: total })}</caption>
        <thead>
          <tr>
            <th scope="col">{m('ppid_portal.register.number')}</th>
            {columns.map((c, i) => (
              <th key={c.label} scope="col">
                {labels[i]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.number}</th>
              {columns.map((c, i) => (
                <td key={c.label} class={c.num ? 'num' : undefined} data-label={labels[i]}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
