import type { Atribut, JenisKonten, KategoriPublikasi } from './terms.ts';

/** The path segment of a berita whose bidang is gone or was never set (a unit without bidang). */
export const BERITA_TANPA_BIDANG = 'lainnya';

/** Publikasi sub-sections as the site spells them in addresses (seed 000 §5). */
export const kategoriSegment: Record<KategoriPublikasi, string> = {
  materi: 'materi',
  peraturan: 'peraturan',
  proyek_perubahan: 'proyek-perubahan',
};

/** The kind a site path segment names, for the kinds whose item pages live at `/{unit}/{jenis}/{slug}`. */
export const jenisBySegment: Partial<Record<string, JenisKonten>> = { pengumuman: 'pengumuman', agenda: 'agenda', galeri: 'galeri', video: 'video' };

/**
 * The path segments of a live item's public page below its unit's prefix: berita under its bidang
 * (`berita/{bidang}/{slug}`), publikasi under its sub-section, every other kind at `{jenis}/{slug}`.
 */
export function publicSegmentsOf(
  item: { jenis: JenisKonten; slug: string; bidangId: string | null; atribut: Atribut },
  bidangSlugs: ReadonlyMap<string, string>,
): string[] {
  switch (item.jenis) {
    case 'berita':
      return ['berita', (item.bidangId && bidangSlugs.get(item.bidangId)) || BERITA_TANPA_BIDANG, item.slug];
    case 'publikasi':
      return ['publikasi', kategoriSegment[item.atribut.kategori ?? 'materi'], item.slug];
    default:
      return [item.jenis, item.slug];
  }
}
