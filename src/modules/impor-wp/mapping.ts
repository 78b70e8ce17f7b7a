import { z } from 'zod';
import type { WxrExport } from './read-wxr.ts';

/** The kinds a WordPress post or page may become: the ones that need no fields WordPress lacks. */
export const jenisTujuan = ['berita', 'artikel', 'pengumuman'] as const;
export type JenisTujuan = (typeof jenisTujuan)[number];

const tujuan = z.object({ jenis: z.enum(jenisTujuan), bidangId: z.uuid().nullish() });
export type Tujuan = z.infer<typeof tujuan>;

/**
 * What the admin decides in the preview: each category's kind (and bidang for news), the kind of
 * pages and of posts without a category, and which person each WordPress author is as a byline.
 */
export const mappingSchema = z.object({
  kategori: z.record(z.string().max(200), tujuan),
  tanpaKategori: tujuan,
  halaman: tujuan,
  penulis: z.record(z.string().max(200), z.uuid().nullable()),
});
export type Mapping = z.infer<typeof mappingSchema>;

type Named = { id: string; name: string; slug?: string };
type PersonLike = { id: string; name: string; email: string | null };

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('id') === b.trim().toLocaleLowerCase('id');

/**
 * The first proposal: a category named like a kind becomes that kind, one named like a bidang
 * becomes news of that bidang, the rest news of the unit's first bidang (or announcements in a
 * unit without bidang); pages become articles; an author is the person with the same e-mail or
 * name, else the importing admin's own person.
 */
export function defaultMapping(wxr: WxrExport, bidang: Named[], people: PersonLike[], ownPersonId: string | null): Mapping {
  const fallback: Tujuan = bidang[0] ? { jenis: 'berita', bidangId: bidang[0].id } : { jenis: 'pengumuman', bidangId: null };
  const kategori: Mapping['kategori'] = {};
  for (const c of wxr.categories) {
    const kind = jenisTujuan.find((j) => same(j, c.slug) || same(j, c.name));
    const match = bidang.find((b) => same(b.name, c.name) || (b.slug !== undefined && same(b.slug, c.slug)));
    kategori[c.slug] = kind && kind !== 'berita' ? { jenis: kind, bidangId: null } : match ? { jenis: 'berita', bidangId: match.id } : fallback;
  }
  const penulis: Mapping['penulis'] = {};
  for (const a of wxr.authors) {
    const person = people.find((p) => (a.email && p.email && same(p.email, a.email)) || same(p.name, a.displayName));
    penulis[a.login] = person?.id ?? ownPersonId;
  }
  return { kategori, tanpaKategori: fallback, halaman: { jenis: 'artikel', bidangId: null }, penulis };
}
