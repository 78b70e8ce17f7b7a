import type { Queryable } from '../../db/types.ts';
import type { Unit } from '../org/find-units.ts';
import type { SiteContext } from './resolve-site.ts';
import { beritaPage } from './unit-pages/berita.tsx';
import { unitHomePage } from './unit-pages/home.tsx';
import { type PageSpec, pageTrail } from './unit-pages/page-trail.ts';
import { profilPage } from './unit-pages/profil.tsx';
import { publikasiPage } from './unit-pages/publikasi.tsx';
import { singlePage } from './unit-pages/single.tsx';

/** Maps the path below a unit's prefix (`[]`, `['profil', 'sejarah']`…) to its page; null means 404. */
export async function routeUnitPage(db: Queryable, ctx: SiteContext, unit: Unit, rest: string[]): Promise<PageSpec | null> {
  const [head, sub, ...extra] = rest;
  if (extra.length > 0) return null;
  const trail = pageTrail(ctx, unit);
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
    case 'ppid':
      return sub === undefined ? singlePage(trail, head) : null;
    default:
      return null;
  }
}
