import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import { listPenulisPublik, type PenulisPublik } from '../../konten/public-penulis.ts';
import { listMeta } from '../meta/page-meta.ts';
import { siteHref } from '../resolve-site.ts';
import { sectionLabel, unitPath } from '../site-menu.ts';
import { EmptyState } from '../views/empty-state.tsx';
import { bidangPublik, kontenItemPage, kontenListBlock, listPath, pagerLabel } from './konten-pages.tsx';
import type { PageSpec, Trail } from './page-trail.ts';

/** Where the authors live below the section; an article cannot take this address as its slug. */
export const PENULIS = 'penulis';

/**
 * Artikel by the unit's ASN (seed 000 §7): the list at `/artikel` (`?halaman=N`), each at
 * `/artikel/{slug}` with its byline, the authors at `/artikel/penulis` and one author's articles at
 * `/artikel/penulis/{name}` (`?halaman=N`).
 */
export async function artikelPage(db: Queryable, trail: Trail, rest: string[], query: URLSearchParams): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  const [slug, penulisSlug, ...more] = rest;
  if (more.length > 0 || (penulisSlug !== undefined && slug !== PENULIS)) return null;
  const bidang = await bidangPublik(db, unit.id);
  if (slug === PENULIS) return penulisPage(db, trail, penulisSlug, query);
  if (slug !== undefined) {
    return kontenItemPage(db, trail, {
      jenis: 'artikel',
      slug,
      bidang,
      section: 'artikel',
      segments: ['artikel', slug],
      crumbs: () => trail.inSection('artikel'),
    });
  }
  const list = await kontenListBlock(
    db,
    trail,
    query,
    { jenis: 'artikel', path: listPath(trail, 'artikel'), pagerLabel: pagerLabel(trail, 'artikel'), bidang, showBidang: false },
    <EmptyState text={t(ctx.lang, 'site.empty.artikel')} />,
  );
  if (list === null) return null;
  return {
    title: sectionLabel(ctx, 'artikel'),
    section: 'artikel',
    crumbs: trail.inSection('artikel'),
    meta: listMeta(trail, 'artikel'),
    content: (
      <>
        <p class="lead">{t(ctx.lang, 'konten.publik.artikel_intro', { unit: unit.name })}</p>
        <p>
          <a href={siteHref(ctx, unitPath(ctx, 'artikel', PENULIS))}>{t(ctx.lang, 'konten.publik.penulis.lihat')}</a>
        </p>
        {list}
      </>
    ),
  };
}

async function penulisPage(db: Queryable, trail: Trail, slug: string | undefined, query: URLSearchParams): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  const authors = await listPenulisPublik(db, { tenantId: ctx.tenant.id, unitId: unit.id });
  const index = trail.crumb(t(ctx.lang, 'konten.publik.penulis.judul'), 'artikel', PENULIS);
  if (slug === undefined) {
    if (query.has('halaman')) return null;
    return {
      title: index.label,
      section: 'artikel',
      crumbs: [...trail.inSection('artikel'), index],
      content: authors.length === 0 ? <EmptyState text={t(ctx.lang, 'konten.publik.empty.penulis')} /> : <AuthorList trail={trail} authors={authors} />,
    };
  }
  const author = authors.find((a) => a.slug === slug);
  if (!author) return null;
  const bidang = await bidangPublik(db, unit.id);
  const list = await kontenListBlock(
    db,
    trail,
    query,
    {
      jenis: 'artikel',
      penulisPersonId: author.personId,
      path: listPath(trail, 'artikel', PENULIS, author.slug),
      pagerLabel: pagerLabel(trail, 'artikel'),
      bidang,
      showBidang: false,
    },
    <EmptyState text={t(ctx.lang, 'site.empty.artikel')} />,
  );
  if (list === null) return null;
  const title = t(ctx.lang, 'konten.publik.penulis.oleh', { nama: author.name });
  return {
    title,
    section: 'artikel',
    crumbs: [...trail.inSection('artikel'), index, trail.crumb(author.name, 'artikel', PENULIS, author.slug)],
    content: list,
  };
}

function AuthorList({ trail, authors }: { trail: Trail; authors: PenulisPublik[] }) {
  const { ctx, unit } = trail;
  return (
    <>
      <p class="lead">{t(ctx.lang, 'konten.publik.penulis.intro', { unit: unit.name })}</p>
      <ul class="link-list">
        {authors.map((a) => (
          <li key={a.personId}>
            <a href={siteHref(ctx, unitPath(ctx, 'artikel', PENULIS, a.slug))}>{a.name}</a>{' '}
            <small>({t(ctx.lang, 'konten.publik.penulis.jumlah', { n: a.jumlah })})</small>
          </li>
        ))}
      </ul>
    </>
  );
}
