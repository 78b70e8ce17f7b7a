import type { SiteContext } from '../../site/resolve-site.ts';
import { situsOf } from './site-situs.ts';

/**
 * The site's accent stylesheet (a `<link>` in the body is allowed for stylesheets): a file per site,
 * because the public CSP refuses inline styles.
 */
export async function SitusStyle({ ctx }: { ctx: SiteContext }) {
  const href = (await situsOf(ctx))?.accentHref;
  return href ? <link rel="stylesheet" href={href} /> : null;
}

/** The site's logo in the header, sized so the page does not shift while it loads. */
export async function SitusLogo({ ctx }: { ctx: SiteContext }) {
  const logo = (await situsOf(ctx))?.logo;
  if (!logo) return null;
  const alt = ctx.unit?.name ?? ctx.tenant.name;
  return (
    <picture class="brand-logo">
      {logo.srcsetWebp ? <source type="image/webp" srcset={logo.srcsetWebp} sizes={`${logo.width}px`} /> : null}
      <img src={logo.src} width={logo.width} height={logo.height} alt={alt} />
    </picture>
  );
}
