import { t } from '../../../i18n/catalogue.ts';
import type { PortalSection } from '../../site/portal.ts';
import { EmptyState } from '../../site/views/empty-state.tsx';
import { todayIn } from '../informasi-dates.ts';
import { viewOf } from '../informasi-view.ts';
import { listInformasi } from '../list-informasi.ts';
import { DikEntry } from './dik-views.tsx';
import { ListNav, listPage, listTitle } from './portal-frame.tsx';

/** The exempt information list (DIK) at `/{unit}/ppid/dik`: one page, each entry with its reasons. */
export const dikSection: PortalSection = {
  segment: 'dik',
  label: { id: 'Daftar Informasi yang Dikecualikan (DIK)', en: 'Exempt information list (DIK)' },
  async page(db, trail, rest) {
    if (rest.length > 0) return null;
    const { ctx, unit } = trail;
    const today = todayIn(ctx.tenant.timeZone);
    const items = (await listInformasi(db, { unitId: unit.id, klasifikasi: ['dikecualikan'] })).map((row) => viewOf(row, today));
    const content = (
      <>
        <p class="lead">{t(ctx.lang, 'informasi.dik.intro', { unit: unit.name })}</p>
        <ListNav trail={trail} current="dik" />
        {items.length === 0 ? (
          <EmptyState text={t(ctx.lang, 'informasi.empty.dik')} />
        ) : (
          items.map((item) => <DikEntry key={item.id} trail={trail} item={item} />)
        )}
      </>
    );
    return listPage(trail, 'dik', listTitle(trail, 'dik'), content);
  },
};
