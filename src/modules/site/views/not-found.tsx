import { t } from '../../../i18n/catalogue.ts';
import { type SiteContext, siteHref } from '../resolve-site.ts';
import { unitPath } from '../site-menu.ts';

/** The body of the 404 page, in the frame of the site the visitor was on. */
export function NotFound({ ctx }: { ctx: SiteContext }) {
  return (
    <>
      <p>{t(ctx.lang, 'site.not_found.body')}</p>
      <p>
        <a href={siteHref(ctx, ctx.unit ? unitPath(ctx) : '/')}>{t(ctx.lang, 'site.not_found.home')}</a>
      </p>
    </>
  );
}
