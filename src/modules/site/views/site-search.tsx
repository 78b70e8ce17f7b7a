import { t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../resolve-site.ts';
import { unitPath } from '../site-menu.ts';

/**
 * The header's search box: a plain form (GET, the default) to the site's search page (a unit's, or the pemda's
 * across all units), so it works without JavaScript and its result address can be shared. The
 * label is read, not shown (the button names the action); the landmark has its own name so it is
 * told apart from the search page's full form. The method is left to its default: every byte of
 * the header is on every page's 30 KB.
 */
export function SiteSearch({ ctx }: { ctx: SiteContext }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> has no search role in the older Android browsers many readers use; a form with role="search" is a landmark everywhere
    <form class="search site-search" role="search" aria-label={t(ctx.lang, 'site.search.landmark')} action={ctx.unit ? unitPath(ctx, 'cari') : '/cari'}>
      <label class="vh" for="cari-situs">
        {t(ctx.lang, 'site.search.label')}
      </label>
      <span>
        <input id="cari-situs" name="q" type="search" />
        {ctx.lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <button type="submit">{t(ctx.lang, 'site.search.button')}</button>
      </span>
    </form>
  );
}
