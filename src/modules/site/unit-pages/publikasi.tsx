import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import { dokumenPublik, sendDokumen } from '../../konten/public-dokumen.ts';
import { getPublicKonten } from '../../konten/public-item.ts';
import { kategoriSegment } from '../../konten/public-path.ts';
import type { KategoriPublikasi } from '../../konten/terms.ts';
import { listMeta } from '../meta/page-meta.ts';
import { type PublicationKind, publicationKinds, publicationLabel, unitPath } from '../site-menu.ts';
import { EmptyState } from '../views/empty-state.tsx';
import { bidangPublik, kontenItemPage, kontenListBlock, listPath, pagerLabel } from './konten-pages.tsx';
import type { PageSpec, Trail } from './page-trail.ts';
import { sectionPage } from './section-page.tsx';

const kategoriOf = new Map(Object.entries(kategoriSegment).map(([kategori, segment]) => [segment, kategori as KategoriPublikasi]));

/**
 * Publikasi: materi, peraturan, proyek perubahan (seed 000 §5). Each sub-section lists its live
 * publications (`?halaman=N`); a publication's page is `/publikasi/{sub-section}/{slug}`.
 */
export async function publikasiPage(db: Queryable, trail: Trail, rest: string[], query: URLSearchParams): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  const [sub, slug, berkas, fileId, ...more] = rest;
  if (more.length > 0 || (berkas !== undefined && (berkas !== 'berkas' || fileId === undefined))) return null;
  const kategori = sub === undefined ? undefined : kategoriOf.get(sub);
  if (sub !== undefined && !kategori) return null;
  const bidang = await bidangPublik(db, unit.id);
  if (sub !== undefined && slug !== undefined && fileId !== undefined) return dokumenFile(db, trail, kategori!, slug, fileId);
  if (sub !== undefined && slug !== undefined) {
    return kontenItemPage(db, trail, {
      jenis: 'publikasi',
      slug,
      bidang,
      section: 'publikasi',
      segments: ['publikasi', sub, slug],
      belongs: (item) => (item.atribut.kategori ?? 'materi') === kategori,
      crumbs: () => [...trail.inSection('publikasi'), trail.crumb(publicationLabel(ctx, sub as PublicationKind), 'publikasi', sub)],
      more: async (item) => ({
        dokumen: {
          list: await dokumenPublik(db, item.atribut.dokumen ?? []),
          hrefOf: (id) => unitPath(ctx, 'publikasi', sub, slug, 'berkas', id),
        },
      }),
    });
  }
  const list =
    sub === undefined
      ? undefined
      : await kontenListBlock(
          db,
          trail,
          query,
          { jenis: 'publikasi', kategori, path: listPath(trail, 'publikasi', sub), pagerLabel: pagerLabel(trail, 'publikasi'), bidang, showBidang: false },
          <EmptyState text={t(ctx.lang, `site.empty.${sub as PublicationKind}`)} />,
        );
  if (list === null) return null;
  return sectionPage(trail, {
    section: 'publikasi',
    items: publicationKinds.map((kind) => trail.crumb(publicationLabel(ctx, kind), 'publikasi', kind)),
    sub,
    indexOf: (s) => publicationKinds.indexOf(s as PublicationKind),
    intro: t(ctx.lang, 'site.intro.publikasi', { unit: unit.name }),
    // Only a sub-section's page is asked for, and each has its list.
    page: () => list!,
    meta: listMeta(trail, 'publikasi'),
  });
}

/** A document of a live publication at `/publikasi/{sub-section}/{slug}/berkas/{file}`, downloaded as it was uploaded. */
async function dokumenFile(db: Queryable, trail: Trail, kategori: KategoriPublikasi, slug: string, fileId: string): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  const item = await getPublicKonten(db, { tenantId: ctx.tenant.id, unitId: unit.id, jenis: 'publikasi', slug });
  if (!item || (item.atribut.kategori ?? 'materi') !== kategori) return null;
  return {
    title: item.judul,
    section: 'publikasi',
    crumbs: trail.inSection('publikasi'),
    content: <></>,
    send: (c) => sendDokumen(c, db, item.atribut.dokumen ?? [], fileId),
  };
}
