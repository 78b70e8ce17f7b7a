import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import { listPublicKonten } from '../../konten/public-list.ts';
import { gambarPublik } from '../../konten/public-media.ts';
import { KontenList } from '../../konten/views/konten-list.tsx';
import { listSitePages } from '../list-site-pages.ts';
import { unitHomeMeta } from '../meta/page-meta.ts';
import { pageTitleIn } from '../page-title.ts';
import { defaultProfileTitles } from '../profile-pages.ts';
import { siteHref } from '../resolve-site.ts';
import { sectionLabel, unitPath } from '../site-menu.ts';
import { EmptyState } from '../views/empty-state.tsx';
import { bidangPublik } from './konten-pages.tsx';
import type { PageSpec, Trail } from './page-trail.ts';

/** How many news items the unit home shows under "Berita terbaru". */
export const HOME_LATEST = 5;

/** A unit's home: its latest news with photos (or what the team should do to have some), and its profile pages. */
export async function unitHomePage(db: Queryable, trail: Trail): Promise<PageSpec> {
  const { ctx, unit } = trail;
  const [pages, latest, bidang] = await Promise.all([
    listSitePages(db, unit.id),
    listPublicKonten(db, { tenantId: ctx.tenant.id, unitId: unit.id, jenis: 'berita', halaman: 1, perHalaman: HOME_LATEST }),
    bidangPublik(db, unit.id),
  ]);
  const gambar = await gambarPublik(
    db,
    latest.items.map((i) => i.coverMediaId),
  );
  const content = (
    <>
      <section aria-labelledby="berita-terbaru">
        <h2 id="berita-terbaru">{t(ctx.lang, 'site.home.latest')}</h2>
        {latest.items.length === 0 ? (
          <EmptyState text={`${t(ctx.lang, 'site.empty.berita')} ${t(ctx.lang, 'konten.publik.home_empty_hint')}`} />
        ) : (
          <>
            <KontenList ctx={ctx} items={latest.items} gambar={gambar} bidang={bidang} level={3} />
            {latest.total > latest.items.length ? (
              <p>
                <a href={siteHref(ctx, unitPath(ctx, 'berita'))}>{t(ctx.lang, 'konten.publik.semua_berita')}</a>
              </p>
            ) : null}
          </>
        )}
      </section>
      <h2>{sectionLabel(ctx, 'profil')}</h2>
      <ul class="links">
        {pages.map((p) => (
          <li key={p.slug}>
            <a href={siteHref(ctx, unitPath(ctx, 'profil', p.slug))}>{pageTitleIn(p, defaultProfileTitles[p.slug], ctx.lang)}</a>
          </li>
        ))}
      </ul>
    </>
  );
  return { title: unit.name, section: 'beranda', crumbs: trail.home, content, meta: unitHomeMeta(trail) };
}
