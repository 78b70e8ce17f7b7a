import { t } from '../../../i18n/catalogue.ts';
import type { PortalSection } from '../../site/portal.ts';
import { unitPath } from '../../site/site-menu.ts';
import { EmptyState } from '../../site/views/empty-state.tsx';
import { Pager, pageCount, pagedHref, requestedPage } from '../../site/views/pager.tsx';
import { todayIn } from '../informasi-dates.ts';
import { viewOf } from '../informasi-view.ts';
import { DikEntry } from './dik-views.tsx';
import { countPublicInformasi, listPublicDik, PUBLIC_LIST_PAGE_SIZE } from './list-public-page.ts';
import { ListNav, listPage, listTitle } from './portal-frame.tsx';

/**
 * The exempt information list (DIK) at `/{unit}/ppid/dik`, 20 entries a page (`?halaman=2`),
 * each with its reasons. A page number past the end, or not a number, is a 404.
 */
export const dikSection: PortalSection = {
  segment: 'dik',
  label: { id: 'Daftar Informasi yang Dikecualikan (DIK)', en: 'Exempt information list (DIK)' },
  async page(db, trail, rest, query) {
    if (rest.length > 0) return null;
    const { ctx, unit } = trail;
    const page = requestedPage(query);
    if (page === null) return null;
    const total = (await countPublicInformasi(db, { unitId: unit.id, klasifikasi: ['dikecualikan'] })).get('dikecualikan') ?? 0;
    const pages = pageCount(total, PUBLIC_LIST_PAGE_SIZE);
    if (page > pages) return null;
    const today = todayIn(ctx.tenant.timeZone);
    const items = total === 0 ? [] : (await listPublicDik(db, unit.id, page)).map((row) => viewOf(row, today));
    const path = unitPath(ctx, 'ppid', 'dik');
    const content = (
      <>
        <p class="lead">{t(ctx.lang, 'informasi.dik.intro', { unit: unit.name })}</p>
        <ListNav trail={trail} current="dik" />
        {items.length === 0 ? (
          <EmptyState text={t(ctx.lang, 'informasi.empty.dik')} />
        ) : (
          items.map((item) => <DikEntry key={item.id} trail={trail} item={item} />)
        )}
        <Pager ctx={ctx} label={t(ctx.lang, 'informasi.dik.pages')} page={page} pages={pages} href={(n) => pagedHref(path, {}, n, ctx.lang)} />
      </>
    );
    return listPage(trail, 'dik', listTitle(trail, 'dik'), content);
  },
};
