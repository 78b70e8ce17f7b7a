import type { JSX } from 'hono/jsx/jsx-runtime';
import type { Queryable } from '../../db/types.ts';
import { t } from '../../i18n/catalogue.ts';
import { listBidang, type Unit } from '../org/find-units.ts';
import { listSitePages } from './list-site-pages.ts';
import { defaultProfileTitles, isProfileSlug } from './profile-pages.ts';
import { type SiteContext, siteHref } from './resolve-site.ts';
import { publicationKinds, publicationLabel, type Section, sectionLabel, unitPath } from './site-menu.ts';
import { ContactView } from './views/contact-view.tsx';
import { EmptyState } from './views/empty-state.tsx';
import type { Crumb } from './views/layout.tsx';
import { SectionNav } from './views/link-list.tsx';
import { ProfilePageBody } from './views/profile-views.tsx';

/** One public page of a unit site, ready for the layout. */
export type PageSpec = { title: string; section: Section | null; crumbs: Crumb[]; content: JSX.Element };

/**
 * Maps the path below a unit's prefix to its page. Content modules (news, publications, calendar,
 * articles, PPID) are not built yet, so their pages show the real frame with an honest empty state.
 * Null means 404.
 */
export async function routeUnitPage(db: Queryable, ctx: SiteContext, unit: Unit, rest: string[]): Promise<PageSpec | null> {
  const [head = 'beranda', sub, ...extra] = rest;
  if (extra.length > 0) return null;
  const crumb = (label: string, ...parts: string[]): Crumb => ({ label, href: siteHref(ctx, unitPath(ctx, ...parts)) });
  const home = ctx.onUnitHost ? [crumb(unit.name)] : [{ label: ctx.tenant.name, href: siteHref(ctx, '/') }, crumb(unit.name)];
  const inSection = (section: Section) => [...home, crumb(sectionLabel(ctx, section), section)];
  const empty = (text: string) => <EmptyState text={text} />;

  if (head === 'beranda' && sub === undefined && rest.length === 0) {
    const pages = await listSitePages(db, unit.id);
    const content = (
      <>
        <h2>{t(ctx.lang, 'site.home.latest')}</h2>
        {empty(t(ctx.lang, 'site.empty.berita'))}
        <h2>{sectionLabel(ctx, 'profil')}</h2>
        <ul class="links">
          {pages.map((p) => (
            <li><a href={siteHref(ctx, unitPath(ctx, 'profil', p.slug))}>{p.updatedAt ? p.title : defaultProfileTitles[p.slug][ctx.lang]}</a></li>
          ))}
        </ul>
      </>
    );
    return { title: unit.name, section: 'beranda', crumbs: home, content };
  }

  if (head === 'profil') {
    const pages = await listSitePages(db, unit.id);
    const items = pages.map((p) => crumb(p.updatedAt ? p.title : defaultProfileTitles[p.slug][ctx.lang], 'profil', p.slug));
    const nav = (current?: string) => <SectionNav label={t(ctx.lang, 'site.nav_section', { section: sectionLabel(ctx, 'profil') })} items={items} current={current} />;
    if (sub === undefined) {
      const content = <><p class="lead">{t(ctx.lang, 'site.intro.profil', { unit: unit.name })}</p>{nav()}</>;
      return { title: sectionLabel(ctx, 'profil'), section: 'profil', crumbs: inSection('profil'), content };
    }
    const index = pages.findIndex((p) => p.slug === sub);
    const page = pages[index];
    if (!isProfileSlug(sub) || !page) return null;
    const here = items[index]!;
    return { title: here.label, section: 'profil', crumbs: [...inSection('profil'), here], content: <>{nav(here.href)}<ProfilePageBody ctx={ctx} page={page} /></> };
  }

  if (head === 'berita') {
    const divisions = await listBidang(db, unit.id);
    const items = divisions.map((b) => crumb(b.name, 'berita', b.slug));
    const nav = (current?: string) => <SectionNav label={t(ctx.lang, 'site.nav_section', { section: sectionLabel(ctx, 'berita') })} items={items} current={current} />;
    if (sub === undefined) {
      const content = <><p class="lead">{t(ctx.lang, 'site.intro.berita', { unit: unit.name })}</p>{nav()}{empty(t(ctx.lang, 'site.empty.berita'))}</>;
      return { title: sectionLabel(ctx, 'berita'), section: 'berita', crumbs: inSection('berita'), content };
    }
    const index = divisions.findIndex((b) => b.slug === sub);
    const division = divisions[index];
    if (!division) return null;
    const here = items[index]!;
    return { title: division.name, section: 'berita', crumbs: [...inSection('berita'), here], content: <>{nav(here.href)}{empty(t(ctx.lang, 'site.empty.berita_bidang', { bidang: division.name }))}</> };
  }

  if (head === 'publikasi') {
    const items = publicationKinds.map((kind) => crumb(publicationLabel(ctx, kind), 'publikasi', kind));
    const nav = (current?: string) => <SectionNav label={t(ctx.lang, 'site.nav_section', { section: sectionLabel(ctx, 'publikasi') })} items={items} current={current} />;
    if (sub === undefined) {
      const content = <><p class="lead">{t(ctx.lang, 'site.intro.publikasi', { unit: unit.name })}</p>{nav()}</>;
      return { title: sectionLabel(ctx, 'publikasi'), section: 'publikasi', crumbs: inSection('publikasi'), content };
    }
    const index = publicationKinds.findIndex((kind) => kind === sub);
    const kind = publicationKinds[index];
    if (!kind) return null;
    const here = items[index]!;
    return { title: here.label, section: 'publikasi', crumbs: [...inSection('publikasi'), here], content: <>{nav(here.href)}{empty(t(ctx.lang, `site.empty.${kind}`))}</> };
  }

  if (sub !== undefined) return null;
  const single = { title: '', section: head as Section, crumbs: [] as Crumb[] };
  switch (head) {
    case 'kalender':
    case 'artikel':
      return { ...single, title: sectionLabel(ctx, head), crumbs: inSection(head), content: empty(t(ctx.lang, `site.empty.${head}`)) };
    case 'kontak':
      return { ...single, title: sectionLabel(ctx, head), crumbs: inSection(head), content: <ContactView ctx={ctx} unit={unit} /> };
    case 'ppid':
      return {
        ...single,
        title: sectionLabel(ctx, head),
        crumbs: inSection(head),
        content: <>{empty(t(ctx.lang, 'site.empty.ppid'))}<p><a href={siteHref(ctx, unitPath(ctx, 'kontak'))}>{sectionLabel(ctx, 'kontak')}</a></p></>,
      };
    default:
      return null;
  }
}
