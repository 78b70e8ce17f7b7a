import type { Queryable } from '../../db/types.ts';
import { alumniPage } from '../alumni/alumni-page.tsx';
import { cariPage } from '../cari/cari-page.tsx';
import { kontakPage } from '../kontak/kontak-page.tsx';
import type { Unit } from '../org/find-units.ts';
import type { PortalSection } from './portal.ts';
import type { SiteContext } from './resolve-site.ts';
import { artikelPage } from './unit-pages/artikel.tsx';
import { beritaPage } from './unit-pages/berita.tsx';
import { elearningPage } from './unit-pages/elearning.tsx';
import { unitHomePage } from './unit-pages/home.tsx';
import { kalenderFeed, kalenderPage } from './unit-pages/kalender.tsx';
import { kontenLainPage } from './unit-pages/konten-lain.tsx';
import { type PageSpec, pageTrail } from './unit-pages/page-trail.ts';
import { ppidPage } from './unit-pages/ppid.tsx';
import { profilPage } from './unit-pages/profil.tsx';
import { publikasiPage } from './unit-pages/publikasi.tsx';

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
  // Authors sit below Artikel, views below Kalender, an uploaded video's file below its page.
  if (head === 'artikel') return artikelPage(db, trail, rest.slice(1), query);
  if (head === 'kalender') return kalenderPage(db, trail, rest.slice(1), query);
  if (head === 'video' && extra.length > 0) return kontenLainPage(db, trail, rest, query);
  if (extra.length > 0) return null;
  switch (head) {
    case undefined:
      return unitHomePage(db, trail);
    case 'profil':
      return profilPage(db, trail, sub);
    case 'kalender.ics':
      return sub === undefined ? kalenderFeed(db, trail) : null;
    case 'e-learning':
      return sub === undefined ? elearningPage(db, trail) : null;
    case 'alumni':
      return sub === undefined ? alumniPage(db, trail, query) : null;
    case 'cari':
      return sub === undefined ? cariPage(db, ctx, query) : null;
    case 'kontak':
      // Served with its form's token by kontak/public-form.tsx; here (no request to sign for) without one.
      return sub === undefined ? kontakPage(db, trail, { token: null }) : null;
    default:
      // pengumuman, galeri, video: lists at /{jenis}, items at /{jenis}/{slug}; events at /agenda/{slug}.
      return kontenLainPage(db, trail, rest, query);
  }
}
