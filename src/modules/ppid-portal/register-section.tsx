import { type Lang, t } from '../../i18n/catalogue.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import type { PortalSection } from '../site/portal.ts';
import { unitPath } from '../site/site-menu.ts';
import type { Trail } from '../site/unit-pages/page-trail.ts';
import { EmptyState } from '../site/views/empty-state.tsx';
import { loadPublicRegister, type PublicRegisterPage, registerYears } from './load-public-register.ts';
import { portalPage } from './portal-page.ts';
import { serviceDays } from './service-days.ts';
import { TableRegion } from './table-region.tsx';

/**
 * The anonymised request register at `/{unit}/ppid/register?tahun=2026&halaman=2`: a year chosen
 * with a plain GET form (works without JavaScript), 25 rows a page, never a requester's data.
 */
export const registerSection: PortalSection = {
  segment: 'register',
  label: { id: t('id', 'ppid_portal.label.register'), en: t('en', 'ppid_portal.label.register') },
  async page(db, trail, rest, query) {
    if (rest.length > 0) return null;
    const { ctx, unit } = trail;
    const thisYear = Number(localDateOf(new Date(), ctx.tenant.timeZone).slice(0, 4));
    const years = await registerYears(db, unit.id);
    const asked = Number(query.get('tahun'));
    const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear + 1 ? asked : (years[0] ?? thisYear);
    const asPage = Number(query.get('halaman'));
    const register = await loadPublicRegister(db, unit.id, year, Number.isInteger(asPage) ? asPage : 1);
    const days = await serviceDays(db, ctx.tenant.id, ctx.tenant.timeZone, register.rows);
    const choices = [...new Set([...years, year])].sort((a, b) => b - a);
    const title = t(ctx.lang, 'ppid_portal.label.register');
    return portalPage(
      trail,
      'register',
      title,
      <>
        <p class="lead">{t(ctx.lang, 'ppid_portal.register.intro', { unit: unit.name })}</p>
        <p>{t(ctx.lang, 'ppid_portal.register.privacy')}</p>
        <YearForm trail={trail} years={choices} year={year} />
        {register.total === 0 ? (
          <EmptyState text={t(ctx.lang, 'ppid_portal.register.empty', { year })} />
        ) : (
          <RegisterTable trail={trail} year={year} register={register} days={days} />
        )}
        <Pager trail={trail} year={year} register={register} />
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
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(instant);

type TableProps = { trail: Trail; year: number; register: PublicRegisterPage; days: Map<string, number | null> };

function RegisterTable({ trail, year, register, days }: TableProps) {
  const { lang, tenant } = trail.ctx;
  const m = (key: Parameters<typeof t>[1]) => t(lang, key);
  return (
    <TableRegion captionId="register-caption">
      <table>
        <caption id="register-caption">{t(lang, 'ppid_portal.register.caption', { year, count: register.total })}</caption>
        <thead>
          <tr>
            <th scope="col">{m('ppid_portal.register.number')}</th>
            <th scope="col">{m('ppid_portal.register.received')}</th>
            <th scope="col">{m('ppid_portal.register.channel')}</th>
            <th scope="col">{m('ppid_portal.register.requester')}</th>
            <th scope="col">{m('ppid_portal.register.status')}</th>
            <th scope="col">{m('ppid_portal.register.decided')}</th>
            <th scope="col">{m('ppid_portal.register.service_days')}</th>
            <th scope="col">{m('ppid_portal.register.objections')}</th>
          </tr>
        </thead>
        <tbody>
          {register.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.number}</th>
              <td>{shortDate(r.receivedAt, tenant.timeZone, lang)}</td>
              <td>{m(`ppid_portal.channel.${r.channel}`)}</td>
              <td>{m(`permohonan.requesterType.${r.requesterType}`)}</td>
              <td>{m(`permohonan.status.${r.status}`)}</td>
              <td>{r.decidedAt ? shortDate(r.decidedAt, tenant.timeZone, lang) : '—'}</td>
              <td class="num">{days.get(r.id) ?? '—'}</td>
              <td class="num">{r.objections}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function Pager({ trail, year, register }: { trail: Trail; year: number; register: PublicRegisterPage }) {
  const { ctx } = trail;
  if (register.pages <= 1) return null;
  const href = (page: number) => {
    const params = new URLSearchParams({ tahun: String(year), halaman: String(page) });
    if (ctx.lang === 'en') params.set('lang', 'en');
    return `${unitPath(ctx, 'ppid', 'register')}?${params}`;
  };
  return (
    <nav class="pager" aria-label={t(ctx.lang, 'ppid_portal.register.nav')}>
      {register.page > 1 ? (
        <a href={href(register.page - 1)} rel="prev">
          {t(ctx.lang, 'ppid_portal.register.prev')}
        </a>
      ) : null}
      <span aria-current="page">{t(ctx.lang, 'ppid_portal.register.page', { page: register.page, pages: register.pages })}</span>
      {register.page < register.pages ? (
        <a href={href(register.page + 1)} rel="next">
          {t(ctx.lang, 'ppid_portal.register.next')}
        </a>
      ) : null}
    </nav>
  );
}
