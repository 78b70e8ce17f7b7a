import type { Queryable } from '../../db/types.ts';
import { alumniPage } from '../alumni/alumni-page.tsx';
import { cariPage } from '../cari/cari-page.tsx';
import type { Unit } from '../org/find-units.ts';
import type { PortalSection } from './portal.ts';
import type { SiteContext } from './resolve-site.ts';
import { artikelPage } from './unit-pages/artikel.tsx';
import { beritaPage } from './unit-pages/berita.tsx';
import { unitHomePage } from './unit-pages/home.tsx';
import { kalenderPage, kontenLainPage } from './unit-pages/konten-lain.tsx';
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
  // News sit under their bidang and publications under their sub-section: one level deeper.
  if (head === 'berita') return beritaPage(db, trail, rest.slice(1), query);
  if (head === 'publikasi') return publikasiPage(db, trail, rest.slice(1), query);
  if (extra.length > 0) return null;
  switch (head) {
    case undefined:
      return unitHomePage(db, trail);
    case 'profil':
      return profilPage(db, trail, sub);
    case 'artikel':
      return artikelPage(db, trail, sub, query);
    case 'kalender':
      return sub === undefined ? kalenderPage(db, trail, query) : null;
    case 'alumni':
      return sub === undefined ? alumniPage(db, trail, query) : null;
    case 'cari':
      return sub === undefined ? cariPage(db, ctx, query) : null;
    case 'kontak':
      return sub === undefined ? singlePage(trail, head) : null;
    default:
      // pengumuman, agenda, galeri, video: item pages at /{jenis}/{slug}.
      return kontenLainPage(db, trail, head, sub);
  }
}
