import { t } from '../../../i18n/catalogue.ts';
import { type SiteContext, siteHref } from '../resolve-site.ts';
import { unitMenu, unitPath } from '../site-menu.ts';

function readable(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/**
 * The body of the 404 page, in the frame of the site the visitor was on: what they asked for (a
 * mistyped or old address is recognisable), a search of the unit's site, and its main sections,
 * so the visitor has somewhere to go without starting over from a search engine.
 */
export function NotFound({ ctx }: { ctx: SiteContext }) {
  const sections = ctx.unit ? unitMenu(ctx).filter((item) => item.section !== 'beranda') : [];
  return (
    <>
      <p>{t(ctx.lang, 'site.not_found.body')}</p>
      <p>
        {t(ctx.lang, 'site.not_found.asked')} <code>{readable(ctx.path)}</code>
      </p>
      {ctx.unit ? (
        <search aria-labelledby="cari-404">
          <h2 id="cari-404">{t(ctx.lang, 'site.not_found.search')}</h2>
          <form class="search" method="get" action={unitPath(ctx, 'cari')}>
            <label for="q-404">{t(ctx.lang, 'site.not_found.search_label')}</label>
            <span>
              <input id="q-404" name="q" type="search" />
              {ctx.lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
              <button type="submit">{t(ctx.lang, 'site.not_found.search_button')}</button>
            </span>
          </form>
        </search>
      ) : null}
      {sections.length > 0 ? (
        <nav aria-labelledby="bagian-404">
          <h2 id="bagian-404">{t(ctx.lang, 'site.not_found.sections')}</h2>
          <ul class="link-list">
            {sections.map((item) => (
              <li key={item.section}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <p>
        <a href={siteHref(ctx, ctx.unit ? unitPath(ctx) : '/')}>{t(ctx.lang, 'site.not_found.home')}</a>
      </p>
    </>
  );
}
