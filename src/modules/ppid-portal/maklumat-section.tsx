import { t } from '../../i18n/catalogue.ts';
import { getSitePage } from '../site/list-site-pages.ts';
import { pageTitleIn } from '../site/page-title.ts';
import type { PortalSection } from '../site/portal.ts';
import { EmptyState } from '../site/views/empty-state.tsx';
import { ProfilePageBody } from '../site/views/profile-views.tsx';
import { portalPage } from './portal-page.ts';
import { ppidPages } from './ppid-pages.ts';

/** The service pledge (maklumat pelayanan) at `/{unit}/ppid/maklumat`, as the PPID wrote it. */
export const maklumatSection: PortalSection = {
  segment: 'maklumat',
  label: { id: t('id', 'ppid_portal.label.maklumat'), en: t('en', 'ppid_portal.label.maklumat') },
  async page(db, trail, rest) {
    if (rest.length > 0) return null;
    const { ctx } = trail;
    const page = await getSitePage(db, trail.unit.id, 'ppid-maklumat');
    const written = page.updatedAt !== null && page.body.trim() !== '';
    const title = written ? pageTitleIn(page, ppidPages['ppid-maklumat'].title, ctx.lang) : ppidPages['ppid-maklumat'].title[ctx.lang];
    const content = written ? <ProfilePageBody ctx={ctx} page={page} /> : <EmptyState text={t(ctx.lang, 'ppid_portal.empty.maklumat')} />;
    return portalPage(trail, 'maklumat', title, content);
  },
};
