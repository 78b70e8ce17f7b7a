import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import { listPublicAgenda } from '../../konten/public-agenda.ts';
import { listPublicKonten } from '../../konten/public-list.ts';
import { gambarPublik } from '../../konten/public-media.ts';
import { AgendaList } from '../../konten/views/agenda-list.tsx';
import { KontenList } from '../../konten/views/konten-list.tsx';
import { listSitePages } from '../list-site-pages.ts';
import { unitHomeMeta } from '../meta/page-meta.ts';
import { pageTitleIn } from '../page-title.ts';
import { defaultProfileTitles } from '../profile-pages.ts';
import { siteHref } from '../resolve-site.ts';
import { sectionLabel, unitPath } from '../site-menu.ts';
import { EmptyState } from '../views/empty-state.tsx';
import { QuickLinks, UnitCard } from '../views/quick-links.tsx';
import { bidangPublik } from './konten-pages.tsx';
import type { PageSpec, Trail } from './page-trail.ts';
import { loadUnitSiteSettings } from './site-settings.ts';

/** How many news items the unit home shows under "Berita terbaru". */
export const HOME_LATEST = 5;
/** How many coming events and announcements it shows: the soonest, the newest. */
export const HOME_AGENDA = 3;
export const HOME_PENGUMUMAN = 3;

/**
 * A unit's home: its latest news with photos (or what the team should do to have some), the coming
 * events, the latest announcements, quick links (PPID, complaints, E-Learning, social accounts) and
 * its profile pages. `now` is a parameter so tests fix the clock.
 */
export async function unitHomePage(db: Queryable, trail: Trail, now = new Date()): Promise<PageSpec> {
  const { ctx, unit } = trail;
  const [pages, latest, bidang, agenda, pengumuman, settings] = await Promise.all([
    listSitePages(db, unit.id),
    listPublicKonten(db, { tenantId: ctx.tenant.id, unitId: unit.id, jenis: 'berita', halaman: 1, perHalaman: HOME_LATEST }),
    bidangPublik(db, unit.id),
    listPublicAgenda(db, { tenantId: ctx.tenant.id, unitId: unit.id, from: now, order: 'asc', halaman: 1, perHalaman: HOME_AGENDA }),
    listPublicKonten(db, { tenantId: ctx.tenant.id, unitId: unit.id, jenis: 'pengumuman', halaman: 1, perHalaman: HOME_PENGUMUMAN }),
    loadUnitSiteSettings(db, unit.id),
  ]);
  const gambar = await gambarPublik(
    db,
    latest.items.map((i) => i.coverMediaId),
  );
  const more = (section: 'kalender' | 'pengumuman', key: 'semua_agenda' | 'semua_pengumuman') => (
    <p>
      <a href={siteHref(ctx, unitPath(ctx, section))}>{t(ctx.lang, `konten.publik.beranda.${key}`)}</a>
    </p>
  );
  const content = (
    <>
      <UnitCard ctx={ctx} settings={settings} />
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
      <div class="groups">
        <section aria-labelledby="agenda-mendatang">
          <h2 id="agenda-mendatang">{t(ctx.lang, 'konten.publik.beranda.agenda')}</h2>
          {agenda.items.length === 0 ? (
            <EmptyState text={t(ctx.lang, 'konten.publik.beranda.agenda_kosong')} />
          ) : (
            <AgendaList ctx={ctx} items={agenda.items} level={3} />
          )}
          {more('kalender', 'semua_agenda')}
        </section>
        <section aria-labelledby="pengumuman-terbaru">
          <h2 id="pengumuman-terbaru">{t(ctx.lang, 'konten.publik.beranda.pengumuman')}</h2>
          {pengumuman.items.length === 0 ? (
            <EmptyState text={t(ctx.lang, 'konten.publik.beranda.pengumuman_kosong')} />
          ) : (
            <KontenList ctx={ctx} items={pengumuman.items} gambar={new Map()} bidang={bidang} level={3} showBidang={false} />
          )}
          {pengumuman.total > pengumuman.items.length ? more('pengumuman', 'semua_pengumuman') : null}
        </section>
      </div>
      <QuickLinks ctx={ctx} settings={settings} />
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
