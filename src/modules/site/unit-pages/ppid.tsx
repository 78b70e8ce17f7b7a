import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import type { PortalSection } from '../portal.ts';
import { siteHref } from '../resolve-site.ts';
import { sectionLabel, unitPath } from '../site-menu.ts';
import { EmptyState } from '../views/empty-state.tsx';
import type { Crumb } from '../views/layout.tsx';
import type { PageSpec, Trail } from './page-trail.ts';

// The landing groups the portal's stable addresses the way a visitor looks for them; a section
// not named here still appears, under "Lainnya". `permohonan/lacak` is the request module's
// tracking page, a public address of its own.
const groups: Array<{ key: 'informasi' | 'layanan' | 'permohonan' | 'laporan'; entries: readonly string[] }> = [
  { key: 'informasi', entries: ['dip', 'dik'] },
  { key: 'layanan', entries: ['maklumat', 'sop', 'jam-layanan'] },
  { key: 'permohonan', entries: ['permohonan', 'permohonan/lacak', 'keberatan'] },
  { key: 'laporan', entries: ['register', 'laporan', 'emonev'] },
];

/**
 * The PPID portal of a unit: its index links every section other modules provide, grouped; a
 * section's pages are theirs. With no section yet, the index says so and points to Kontak.
 */
export async function ppidPage(db: Queryable, trail: Trail, portal: PortalSection[], rest: string[], query: URLSearchParams): Promise<PageSpec | null> {
  const { ctx } = trail;
  const [segment, ...below] = rest;
  if (segment !== undefined) {
    const section = portal.find((s) => s.segment === segment);
    return section ? section.page(db, trail, below, query) : null;
  }
  const title = sectionLabel(ctx, 'ppid');
  const content =
    portal.length === 0 ? (
      <>
        <EmptyState text={t(ctx.lang, 'site.empty.ppid')} />
        <p>
          <a href={siteHref(ctx, unitPath(ctx, 'kontak'))}>{sectionLabel(ctx, 'kontak')}</a>
        </p>
      </>
    ) : (
      <>
        <p class="lead">{t(ctx.lang, 'ppid_portal.landing.intro', { unit: trail.unit.name })}</p>
        {landingGroups(trail, portal).map((group) => (
          <section key={group.key} aria-labelledby={`g-${group.key}`}>
            <h2 id={`g-${group.key}`}>{group.title}</h2>
            <ul class="link-list">
              {group.links.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </>
    );
  return { title, section: 'ppid', crumbs: trail.inSection('ppid'), content };
}

function landingGroups(trail: Trail, portal: PortalSection[]): Array<{ key: string; title: string; links: Crumb[] }> {
  const { ctx } = trail;
  const bySegment = new Map(portal.map((s) => [s.segment, s]));
  const link = (entry: string): Crumb | null => {
    if (entry === 'permohonan/lacak')
      return bySegment.has('permohonan')
        ? { label: t(ctx.lang, 'ppid_portal.landing.lacak'), href: siteHref(ctx, unitPath(ctx, 'ppid', 'permohonan', 'lacak')) }
        : null;
    const section = bySegment.get(entry);
    return section ? { label: section.label[ctx.lang], href: siteHref(ctx, unitPath(ctx, 'ppid', entry)) } : null;
  };
  const named = new Set<string>(groups.flatMap((g) => g.entries));
  const others = portal.filter((s) => !named.has(s.segment)).map((s) => s.segment);
  return [...groups, { key: 'lainnya' as const, entries: others }]
    .map((g) => ({
      key: g.key,
      title: t(ctx.lang, `ppid_portal.landing.${g.key}`),
      links: g.entries.map(link).filter((l): l is Crumb => l !== null),
    }))
    .filter((g) => g.links.length > 0);
}
