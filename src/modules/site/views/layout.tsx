import type { Child } from 'hono/jsx';
import { t } from '../../../i18n/catalogue.ts';
import { SitusFooter } from '../../situs-unit/views/situs-footer.tsx';
import { SitusLogo, SitusStyle } from '../../situs-unit/views/situs-header.tsx';
import { type SiteContext, siteHref } from '../resolve-site.ts';
import { type MenuItem, type Section, unitMenu, unitPath } from '../site-menu.ts';
import { Head, type PageMeta } from './head.tsx';
import { SiteSearch } from './site-search.tsx';

export type Crumb = { label: string; href: string };

export type LayoutProps = {
  ctx: SiteContext;
  /** The page's one <h1>, also the start of the document title. */
  title: string;
  /** Trail from the site's home to this page; the last one is this page. */
  crumbs: Crumb[];
  /** The menu section this page belongs to; its menu item is marked current. */
  section: Section | null;
  meta?: PageMeta;
  children?: Child;
};

/** The frame of every public page: skip link, header, main menu, breadcrumbs, main, footer. */
export function Layout({ ctx, title, crumbs, section, meta, children }: LayoutProps) {
  const siteName = ctx.unit?.name ?? ctx.tenant.name;
  const current = crumbs.at(-1)?.href;
  const menu: MenuItem[] = ctx.unit ? unitMenu(ctx) : [{ section: 'beranda', label: t(ctx.lang, 'site.menu.beranda'), href: siteHref(ctx, '/') }];
  return (
    <html lang={ctx.lang}>
      <Head ctx={ctx} title={title === siteName ? siteName : `${title} — ${siteName}`} meta={meta} />
      <body>
        <SitusStyle ctx={ctx} />
        <a class="skip" href="#isi">
          {t(ctx.lang, 'site.skip')}
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href={siteHref(ctx, ctx.unit ? unitPath(ctx) : '/')}>
              <SitusLogo ctx={ctx} />
              {ctx.unit ? <small>{ctx.tenant.name}</small> : null}
              <span>{siteName}</span>
            </a>
            <SiteSearch ctx={ctx} />
          </div>
          <nav class="menu" aria-label={t(ctx.lang, 'site.nav_main')}>
            <div class="wrap">
              <ul>
                {menu.map((item) => (
                  <li key={item.section}>
                    <a href={item.href} aria-current={item.href === current ? 'page' : item.section === section ? 'true' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        </header>
        <div class="wrap">
          {crumbs.length > 1 ? <Breadcrumbs ctx={ctx} crumbs={crumbs} /> : null}
          <main id="isi" tabindex={-1}>
            <h1>{title}</h1>
            {children}
          </main>
        </div>
        <Footer ctx={ctx} />
      </body>
    </html>
  );
}

function Breadcrumbs({ ctx, crumbs }: { ctx: SiteContext; crumbs: Crumb[] }) {
  return (
    <nav class="crumbs" aria-label={t(ctx.lang, 'site.nav_breadcrumb')}>
      <ol>
        {crumbs.map((crumb, i) => (
          <li key={crumb.href}>{i === crumbs.length - 1 ? <span aria-current="page">{crumb.label}</span> : <a href={crumb.href}>{crumb.label}</a>}</li>
        ))}
      </ol>
    </nav>
  );
}

function Footer({ ctx }: { ctx: SiteContext }) {
  const other = ctx.lang === 'en' ? ctx.path : `${ctx.path}?lang=en`;
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p>
          <strong>{ctx.unit?.name ?? ctx.tenant.name}</strong>
        </p>
        <SitusFooter ctx={ctx} />
        <ul>
          {ctx.unit ? (
            <li>
              <a href={siteHref(ctx, unitPath(ctx, 'kontak'))}>{t(ctx.lang, 'site.menu.kontak')}</a>
            </li>
          ) : null}
          {ctx.unit ? (
            <li>
              <a href={siteHref(ctx, unitPath(ctx, 'ppid'))}>{t(ctx.lang, 'site.menu.ppid')}</a>
            </li>
          ) : null}
          {ctx.unit && !ctx.onUnitHost ? (
            <li>
              <a href={siteHref(ctx, '/')}>{ctx.tenant.name}</a>
            </li>
          ) : null}
          <li>
            <a href={other} lang={ctx.lang === 'en' ? 'id' : 'en'} hreflang={ctx.lang === 'en' ? 'id' : 'en'}>
              {t(ctx.lang, 'site.lang_other')}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
