import type { Queryable } from '../../db/types.ts';
import type { Unit } from '../org/find-units.ts';
import type { PortalSection } from './portal.ts';
import type { SiteContext } from './resolve-site.ts';
import { beritaPage } from './unit-pages/berita.tsx';
import { unitHomePage } from './unit-pages/home.tsx';
import { type PageSpec, pageTrail } from './unit-pages/page-trail.ts';
import { ppidPage } from './unit-pages/ppid.tsx';
import { profilPage } from './unit-pages/profil.tsx';
import { publikasiPage } from './unit-pages/publikasi.tsx';
import { singlePage } from './unit-pages/single.tsx';

/** Maps the path below a unit's prefix (`[]`, `['profil', 'sejarah']`…) to its page; null means 404. */
export async function routeUnitPage(
  db: Queryable,
  ctx: SiteContext,
  unit: Unit,
  rest: string[],
  portal: PortalSection[] = [],
  query: URLSearchParams = new URLSearchParams(),
): Promise<PageSpec | null> {
  const [head, sub, ...extra] = rest;
  const trail = pageTrail(ctx, unit);
  if (head === 'ppid') return ppidPage(db, trail, portal, rest.slice(1), query);
  if (extra.length > 0) return null;
  switch (head) {
    case undefined:
      return unitHomePage(db, trail);
    case 'profil':
      return profilPage(db, trail, sub);
    case 'berita':
      return beritaPage(db, trail, sub);
    case 'publikasi':
      return publikasiPage(trail, sub);
    case 'kalender':
    case 'artikel':
    case 'kontak':
      return sub === undefined ? singlePage(trail, head) : null;
    default:
      return null;
  }
}
