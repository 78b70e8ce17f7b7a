import { t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../resolve-site.ts';
import { unitPath } from '../site-menu.ts';

/**
 * The header's search box: a plain GET form to the site's search page (a unit's, or the pemda's
 * across all units), so it works without JavaScript and its result address can be shared. The
 * label is read, not shown (the button names the action); the landmark has its own name so it is
 * told apart from the search page's full form.
 */
export function SiteSearch({ ctx, siteName }: { ctx: SiteContext; siteName: string }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> has no search role in the older Android browsers many readers use; a form with role="search" is a landmark everywhere
    <form
      class="search site-search"
      role="search"
      aria-label={t(ctx.lang, 'site.search.landmark')}
      method="get"
      action={ctx.unit ? unitPath(ctx, 'cari') : '/cari'}
    >
      <label class="vh" for="cari-situs">
        {t(ctx.lang, 'site.search.label', { site: siteName })}
      </label>
      <span>
        <input id="cari-situs" name="q" type="search" required />
        {ctx.lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <button type="submit">{t(ctx.lang, 'site.search.button')}</button>
      </span>
    </form>
  );
}
