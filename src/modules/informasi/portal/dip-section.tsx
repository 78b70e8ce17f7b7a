import { t } from '../../../i18n/catalogue.ts';
import { listLampiran } from '../../lampiran/list-lampiran.ts';
import type { PortalSection } from '../../site/portal.ts';
import { siteHref } from '../../site/resolve-site.ts';
import { unitPath } from '../../site/site-menu.ts';
import { Pager, pageCount, pagedHref, requestedPage } from '../../site/views/pager.tsx';
import { findListedInformasi } from '../find-listed-informasi.ts';
import { todayIn } from '../informasi-dates.ts';
import { viewOf } from '../informasi-view.ts';
import { dipKlasifikasi } from '../klasifikasi.ts';
import { DipDetail, DipGroups, SearchForm } from './dip-views.tsx';
import { countPublicInformasi, listPublicInformasi, PUBLIC_LIST_PAGE_SIZE } from './list-public-page.ts';
import { ListNav, listPage, listTitle } from './portal-frame.tsx';

/**
 * The public information list (DIP) at `/{unit}/ppid/dip`: berkala, serta merta and setiap saat
 * items by class with a search box, 20 a page (`?halaman=2`, also for search results), and each
 * item at `/{unit}/ppid/dip/{id}`. A page number past the end, or not a number, is a 404.
 */
export const dipSection: PortalSection = {
  segment: 'dip',
  label: { id: 'Daftar Informasi Publik (DIP)', en: 'Public information list (DIP)' },
  async page(db, trail, rest, query) {
    const { ctx, unit } = trail;
    const today = todayIn(ctx.tenant.timeZone);
    if (rest.length > 1) return null;
    if (rest.length === 1) {
      const row = await findListedInformasi(db, unit.id, rest[0]!);
      if (!row || row.klasifikasi === 'dikecualikan') return null;
      const crumb = trail.crumb(row.judul, 'ppid', 'dip', row.id);
      const documents = await listLampiran(db, { kind: 'informasi', id: row.id, tenantId: row.tenantId });
      return listPage(trail, 'dip', row.judul, <DipDetail trail={trail} item={viewOf(row, today)} documents={documents} />, [crumb]);
    }
    const q = (query.get('q') ?? '').trim().slice(0, 200);
    const page = requestedPage(query);
    if (page === null) return null;
    const filter = { unitId: unit.id, klasifikasi: dipKlasifikasi, q: q || undefined };
    const counts = await countPublicInformasi(db, filter);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const pages = pageCount(total, PUBLIC_LIST_PAGE_SIZE);
    if (page > pages) return null;
    const items = (await listPublicInformasi(db, filter, page)).map((row) => viewOf(row, today));
    const path = unitPath(ctx, 'ppid', 'dip');
    const href = (n: number) => pagedHref(path, q ? { q } : {}, n, ctx.lang);
    const content = (
      <>
        <p class="lead">{t(ctx.lang, 'informasi.dip.intro', { unit: unit.name })}</p>
        <ListNav trail={trail} current="dip" />
        <SearchForm trail={trail} q={q} />
        {q ? (
          <p role="status">
            {t(ctx.lang, total === 0 ? 'informasi.search.none' : 'informasi.search.results', { count: total, q })}{' '}
            <a href={siteHref(ctx, path)}>{t(ctx.lang, 'informasi.search.reset')}</a>
          </p>
        ) : null}
        <DipGroups trail={trail} items={items} counts={counts} href={href} searching={q !== ''} />
        <Pager ctx={ctx} label={t(ctx.lang, 'informasi.dip.pages')} page={page} pages={pages} href={href} />
      </>
    );
    return listPage(trail, 'dip', listTitle(trail, 'dip'), content);
  },
};
