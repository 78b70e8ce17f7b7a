import { t } from '../../i18n/catalogue.ts';
import { getSitePage } from '../site/list-site-pages.ts';
import { pageTitleIn } from '../site/page-title.ts';
import type { PortalSection } from '../site/portal.ts';
import { EmptyState } from '../site/views/empty-state.tsx';
import { Blocks } from '../site/views/page-body.tsx';
import { portalPage } from './portal-page.ts';
import { ppidPages } from './ppid-pages.ts';
import { sopList } from './sop-list.ts';

/**
 * The service SOPs at `/{unit}/ppid/sop`: each SOP a section with its own heading and anchor, a
 * contents list above them when there are several, so a visitor can jump to one.
 */
export const sopSection: PortalSection = {
  segment: 'sop',
  label: { id: t('id', 'ppid_portal.label.sop'), en: t('en', 'ppid_portal.label.sop') },
  async page(db, trail, rest) {
    if (rest.length > 0) return null;
    const { lang } = trail.ctx;
    const page = await getSitePage(db, trail.unit.id, 'ppid-sop');
    const { intro, sops } = sopList(page.updatedAt ? page.body : '');
    const title = pageTitleIn(page, ppidPages['ppid-sop'].title, lang);
    if (sops.length === 0 && intro.length === 0) return portalPage(trail, 'sop', title, <EmptyState text={t(lang, 'ppid_portal.empty.sop')} />);
    const content = (
      <>
        <div class="body">
          <Blocks blocks={intro} />
        </div>
        {sops.length > 1 ? (
          <nav class="subnav" aria-label={t(lang, 'ppid_portal.sop.contents')}>
            <ul>
              {sops.map((sop, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rendered once to a string; the position is the SOP's anchor
                <li key={`sop-${i + 1}`}>
                  <a href={`#sop-${i + 1}`}>{sop.title}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {sops.map((sop, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rendered once to a string; the position is the SOP's anchor
          <section key={`sop-${i + 1}`} class="body" aria-labelledby={`sop-${i + 1}`}>
            <h2 id={`sop-${i + 1}`}>{sop.title}</h2>
            <Blocks blocks={sop.blocks} />
          </section>
        ))}
      </>
    );
    return portalPage(trail, 'sop', title, content);
  },
};
