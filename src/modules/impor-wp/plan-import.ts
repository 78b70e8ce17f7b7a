import { AppError } from '../../lib/errors.ts';
import { slugify } from '../../lib/slugify.ts';
import { parseIsi } from '../konten/isi-schema.ts';
import type { DokumenIsi } from '../konten/schema.ts';
import type { JenisTujuan, Mapping, Tujuan } from './mapping.ts';
import { keyOfUrl } from './old-address.ts';
import { ImagePlanner, type PlannedImage } from './plan-images.ts';
import type { UploadsArchive } from './read-uploads-zip.ts';
import type { WxrExport, WxrItem } from './read-wxr.ts';
import { wpHtmlToIsi } from './wp-html-to-isi.ts';

/** One post or page as it will be written. Warnings and errors are message codes (messages.ts). */
export type PlannedItem = {
  wpId: number;
  wpType: 'post' | 'page';
  judul: string;
  baseSlug: string;
  status: 'terbit' | 'draf';
  jenis: JenisTujuan;
  bidangId: string | null;
  penulisPersonId: string | null;
  publishedAt: Date | null;
  ringkasan: string;
  isi: DokumenIsi;
  tags: string[];
  cover: string | null;
  /** Old addresses (keys of old-address.ts) that answer 301 to this item's new page. */
  oldKeys: string[];
  existingKontenId: string | null;
  warnings: string[];
  errors: string[];
};

export type ImportPlan = {
  siteUrl: string;
  items: PlannedItem[];
  images: PlannedImage[];
  missingImages: string[];
  skipped: number;
  counts: Record<string, number>;
};

export type PlanContext = {
  bidangIds: ReadonlySet<string>;
  personIds: ReadonlySet<string>;
  /** konten and media made by earlier imports of this site, by re-import key. */
  existingKonten: ReadonlyMap<string, string>;
  existingMedia: ReadonlyMap<string, string>;
};

const stripTags = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&#8217;/g, '’')
    .replace(/\s+/g, ' ')
    .trim();

function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/** WordPress's own address forms for a post: its `<link>`, `?p=`, `/YYYY/MM/slug`, `/YYYY/MM/DD/slug`, `/slug`. */
function oldKeysOf(item: WxrItem): string[] {
  const keys = new Set<string>();
  const link = keyOfUrl(item.link);
  if (link && link !== '/') keys.add(link);
  keys.add(item.postType === 'page' ? `/?page_id=${item.postId}` : `/?p=${item.postId}`);
  const slug = decodeSlug(item.slug).toLowerCase();
  if (slug && item.postType === 'post') {
    const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(item.postDate);
    if (d && d[1] !== '0000') {
      keys.add(`/${d[1]}/${d[2]}/${slug}`);
      keys.add(`/${d[1]}/${d[2]}/${d[3]}/${slug}`);
    }
    keys.add(`/${slug}`);
  }
  return [...keys];
}

function targetOf(item: WxrItem, mapping: Mapping): Tujuan {
  if (item.postType === 'page') return mapping.halaman;
  for (const c of item.categories) if (mapping.kategori[c]) return mapping.kategori[c];
  return mapping.tanpaKategori;
}

/**
 * Plans an import without writing anything: every post and page converted and checked the way
 * the content module checks an item, its kind, bidang and byline from the mapping, its images
 * resolved, its old addresses listed, and whether it updates an item of an earlier import. The
 * dry run reports this plan; the real run writes exactly this plan.
 */
export function planImport(wxr: WxrExport, archive: UploadsArchive | null, mapping: Mapping, ctx: PlanContext): ImportPlan {
  const images = new ImagePlanner(wxr, archive, ctx.existingMedia);
  const items: PlannedItem[] = [];
  let skipped = 0;
  const known = new Set(wxr.items.filter((i) => i.postType === 'post' || i.postType === 'page').map((i) => i.postId));
  for (const item of wxr.items) {
    if (item.postType !== 'post' && item.postType !== 'page') {
      if (item.postType !== 'attachment') skipped++;
      continue;
    }
    if (!['publish', 'draft', 'pending', 'private', 'future'].includes(item.status)) {
      skipped++;
      continue;
    }
    const warnings = new Set<string>();
    const errors: string[] = [];
    const target = targetOf(item, mapping);
    const { doc, warnings: found } = wpHtmlToIsi(item.content, { siteUrl: wxr.siteUrl, image: (img) => images.resolve(img, item) });
    for (const w of found) warnings.add(w);
    let isi: DokumenIsi = { type: 'doc', content: [{ type: 'paragraph' }] };
    try {
      isi = parseIsi(doc.content.length ? doc : isi);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      errors.push('body_invalid');
    }
    let judul = stripTags(item.title).slice(0, 300);
    if (!judul) {
      judul = `WordPress #${item.postId}`;
      warnings.add('title_missing');
    }
    const status = item.status === 'publish' ? 'terbit' : 'draf';
    if (item.status === 'private' || item.status === 'future' || item.status === 'pending') warnings.add(`status_${item.status}`);
    const bidangId = target.jenis === 'berita' ? (target.bidangId ?? null) : null;
    if (target.jenis === 'berita' && (!bidangId || !ctx.bidangIds.has(bidangId))) errors.push('bidang_missing');
    const mapped = mapping.penulis[item.creator] ?? null;
    const penulisPersonId = target.jenis === 'artikel' ? mapped : null;
    if (target.jenis === 'artikel' && (!penulisPersonId || !ctx.personIds.has(penulisPersonId))) errors.push('penulis_missing');
    const cover = images.featured(item);
    if (item.meta._thumbnail_id && !cover) warnings.add('cover_missing');
    const tags = [...new Set(item.tags.map((t) => t.trim().slice(0, 60)).filter(Boolean))].slice(0, 30);
    if (item.parentId && item.postType === 'post' && !known.has(item.parentId)) warnings.add('parent_missing');
    items.push({
      wpId: item.postId,
      wpType: item.postType,
      judul,
      baseSlug: slugify(decodeSlug(item.slug)).slice(0, 80).replace(/-+$/, '') || slugify(judul).slice(0, 80).replace(/-+$/, '') || 'naskah',
      status,
      jenis: target.jenis,
      bidangId,
      penulisPersonId,
      publishedAt: status === 'terbit' ? item.dateGmt : null,
      ringkasan: stripTags(item.excerpt).slice(0, 1000),
      isi,
      tags,
      cover,
      oldKeys: status === 'terbit' ? oldKeysOf(item) : [],
      existingKontenId: ctx.existingKonten.get(`post:${item.postId}`) ?? null,
      warnings: [...warnings],
      errors,
    });
  }
  const planned = [...images.planned.values()];
  const counts = {
    posts: items.filter((i) => i.wpType === 'post').length,
    pages: items.filter((i) => i.wpType === 'page').length,
    published: items.filter((i) => i.status === 'terbit').length,
    drafts: items.filter((i) => i.status === 'draf').length,
    updates: items.filter((i) => i.existingKontenId).length,
    categories: wxr.categories.length,
    tags: wxr.tags.length,
    authors: wxr.authors.length,
    images: planned.length,
    newImages: planned.filter((i) => !i.existingMediaId).length,
    missingImages: images.missing.size,
    redirects: items.reduce((n, i) => n + i.oldKeys.length, 0),
    rowsWithErrors: items.filter((i) => i.errors.length > 0).length,
    skipped,
  };
  return { siteUrl: wxr.siteUrl, items, images: planned, missingImages: [...images.missing], skipped, counts };
}

/** Attachment pages and their own `?attachment_id=` address, redirected to the post they belong to. */
export function attachmentKeys(wxr: WxrExport): Array<{ parentId: number; keys: string[] }> {
  return wxr.items
    .filter((i) => i.postType === 'attachment' && i.parentId > 0)
    .map((i) => {
      const link = keyOfUrl(i.link);
      return { parentId: i.parentId, keys: [...(link && link !== '/' ? [link] : []), `/?attachment_id=${i.postId}`] };
    });
}

/**
 * Category archives (`/category/{slug}/`) to the list they became: news of a bidang, or the
 * articles. Announcements have no list page of their own, so their archives get no redirect.
 */
export function categoryRedirects(wxr: WxrExport, mapping: Mapping, bidangSlugs: ReadonlyMap<string, string>): Array<{ oldPath: string; targetPath: string }> {
  const out: Array<{ oldPath: string; targetPath: string }> = [];
  for (const c of wxr.categories) {
    const target = mapping.kategori[c.slug] ?? mapping.tanpaKategori;
    const bidangSlug = target.bidangId ? bidangSlugs.get(target.bidangId) : undefined;
    const path = target.jenis === 'berita' && bidangSlug ? `berita/${bidangSlug}` : target.jenis === 'artikel' ? 'artikel' : null;
    if (path) out.push({ oldPath: `/category/${decodeSlug(c.slug).toLowerCase()}`, targetPath: path });
  }
  return out;
}
