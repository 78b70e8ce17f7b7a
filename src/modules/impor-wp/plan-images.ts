import { randomUUID } from 'node:crypto';
import type { UploadsArchive } from './read-uploads-zip.ts';
import type { WxrExport, WxrItem } from './read-wxr.ts';
import type { WpImage } from './wp-html-to-isi.ts';

/** An image to put into the media library (or one already there from an earlier import). */
export type PlannedImage = {
  /** Stands in for the media id in the converted body until the photo is in the library. */
  placeholder: string;
  /** `post:{attachment id}` or `file:{path}`: the re-import key. */
  key: string;
  fileKey: string;
  name: string;
  altText: string;
  caption: string;
  existingMediaId: string | null;
};

type Attachment = { id: number; fileKey: string; alt: string; caption: string; title: string };

const sizeCopy = /-\d+x\d+(\.[a-z0-9]+)$/i;

/**
 * Resolves the images posts show (by `wp-image-{id}` class, featured image id or uploads address)
 * to library photos: one already imported from this site is reused; one found in the uploads zip
 * is planned with a placeholder id; anything else (not in the zip, another site's picture) is not
 * imported and the body drops it with a warning. Alt text: WordPress's, else its caption or title.
 */
export class ImagePlanner {
  readonly planned = new Map<string, PlannedImage>();
  readonly missing = new Set<string>();
  private readonly attachments = new Map<number, Attachment>();
  private readonly byFile = new Map<string, number>();

  constructor(
    private readonly wxr: WxrExport,
    private readonly archive: UploadsArchive | null,
    private readonly existingMedia: ReadonlyMap<string, string>,
  ) {
    for (const item of wxr.items) {
      if (item.postType !== 'attachment') continue;
      const fileKey = item.meta._wp_attached_file?.trim() || fileKeyOfUrl(item.attachmentUrl, wxr) || '';
      if (!fileKey) continue;
      this.attachments.set(item.postId, {
        id: item.postId,
        fileKey,
        alt: item.meta._wp_attachment_image_alt?.trim() ?? '',
        caption: item.excerpt,
        title: item.title,
      });
      this.byFile.set(fileKey, item.postId);
    }
  }

  /** The media id (or placeholder) for an image of a post; null when it cannot be imported. */
  resolve(img: WpImage, post: WxrItem): string | null {
    let attachment = img.attachmentId ? this.attachments.get(img.attachmentId) : undefined;
    let fileKey = attachment?.fileKey ?? fileKeyOfUrl(img.src, this.wxr);
    if (!fileKey) {
      this.missing.add(img.src || String(img.attachmentId));
      return null;
    }
    // A size copy in the body (foto-300x200.jpg) stands for its original.
    const original = fileKey.replace(sizeCopy, '$1');
    if (original !== fileKey && (this.byFile.has(original) || this.archive?.images.has(original))) fileKey = original;
    attachment ??= this.byFile.has(fileKey) ? this.attachments.get(this.byFile.get(fileKey)!) : undefined;
    const key = attachment ? `post:${attachment.id}` : `file:${fileKey}`;
    const known = this.planned.get(key);
    if (known) return known.existingMediaId ?? known.placeholder;
    const existing = this.existingMedia.get(key) ?? null;
    if (!existing && !this.archive?.images.has(fileKey)) {
      this.missing.add(fileKey);
      return null;
    }
    const altText = (attachment?.alt || img.alt || attachment?.caption || img.caption || attachment?.title || post.title).trim().slice(0, 500);
    this.planned.set(key, {
      placeholder: randomUUID(),
      key,
      fileKey,
      name: fileKey.split('/').pop() ?? fileKey,
      altText,
      caption: (img.caption || attachment?.caption || '').trim().slice(0, 1000),
      existingMediaId: existing,
    });
    const planned = this.planned.get(key)!;
    return planned.existingMediaId ?? planned.placeholder;
  }

  /** The featured image (`_thumbnail_id`) of a post, resolved like a body image. */
  featured(post: WxrItem): string | null {
    const id = Number.parseInt(post.meta._thumbnail_id ?? '', 10);
    if (!id) return null;
    return this.resolve({ src: '', attachmentId: id, alt: '', caption: '' }, post);
  }

  /** Attachment pages of the export with the post they belong to. */
  attachmentParents(): Array<{ item: WxrItem; parentId: number }> {
    return this.wxr.items.filter((i) => i.postType === 'attachment' && i.parentId > 0).map((item) => ({ item, parentId: item.parentId }));
  }
}

/** `2026/12/foto.jpg` from an uploads address of the old site (absolute or relative); null otherwise. */
export function fileKeyOfUrl(src: string, wxr: WxrExport): string | null {
  const s = src.trim();
  if (!s) return null;
  let path: string;
  try {
    const u = new URL(s, `${wxr.siteUrl}/`);
    const own = [wxr.siteUrl, wxr.blogUrl].some((site) => {
      try {
        return new URL(site).host === u.host;
      } catch {
        return false;
      }
    });
    if (!own) return null;
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  const at = path.indexOf('/wp-content/uploads/');
  if (at < 0 || path.includes('..')) return null;
  return path.slice(at + '/wp-content/uploads/'.length);
}
