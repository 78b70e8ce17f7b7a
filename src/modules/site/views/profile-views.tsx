import { t } from '../../../i18n/catalogue.ts';
import { dateTimeFormat } from '../../../lib/date-format.ts';
import type { SitePageSlug } from '../editable-pages.ts';
import type { SitePage } from '../list-site-pages.ts';
import type { SiteContext } from '../resolve-site.ts';
import { EmptyState } from './empty-state.tsx';
import { PageBody } from './page-body.tsx';

/** The text of a Profil (or PPID) page, or an honest note that nobody has written it yet. */
export function ProfilePageBody({ ctx, page }: { ctx: SiteContext; page: SitePage<SitePageSlug> }) {
  if (!page.updatedAt || page.body.trim() === '') return <EmptyState text={t(ctx.lang, 'site.empty.page')} />;
  const date = dateTimeFormat(ctx.lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: ctx.tenant.timeZone }).format(page.updatedAt);
  return (
    <>
      <div class="body">
        <PageBody source={page.body} />
      </div>
      <p class="meta">{t(ctx.lang, 'site.updated', { date })}</p>
    </>
  );
}
