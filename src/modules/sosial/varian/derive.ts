import type { MediaFacts } from '../limits/check-variant.ts';
import type { Platform } from '../platform.ts';
import { type AnySettings, defaultSettings, effectiveSettings } from './settings.ts';

/*
 * A variant as the website item makes it: title, summary, public link and featured image, so a
 * simple item needs no typing. A field follows the item (is "turunan") until someone edits it.
 * Pure: the admin shows the same defaults the server stores at approval.
 */

/** A photo or video of the item, with what the limits need and what the editor shows. */
export type ItemMedia = MediaFacts & { id: string; alt: string; thumbUrl: string | null };

/** What the defaults are made of: the item's current revision and its public address. */
export type ItemSource = {
  judul: string;
  ringkasan: string;
  /** The item's public page; null when its unit has no site address. */
  link: string | null;
  coverMediaId: string | null;
  tags: string[];
  /** The photos and videos of the revision, in its order (documents are left out). */
  media: ItemMedia[];
};

/** The fields of a variant that may follow the item. */
export const derivableFields = ['teks', 'judul', 'mediaIds'] as const;
export type DerivableField = (typeof derivableFields)[number];

export type VariantFields = { aktif: boolean; teks: string; judul: string | null; utas: string[]; mediaIds: string[]; pengaturan: AnySettings };

/** A stored variant row as far as the effective variant needs it. */
export type StoredVariant = {
  aktif: boolean;
  teks: string;
  judul: string | null;
  utas: string[];
  mediaIds: string[];
  pengaturan: Record<string, unknown>;
  turunan: string[];
};

const join = (...parts: (string | null | undefined)[]) =>
  parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join('\n\n');

/** Text, title and media as the item makes them for one platform. */
export function derivedFields(platform: Platform, item: ItemSource): { teks: string; judul: string | null; mediaIds: string[] } {
  const cover = item.media.find((m) => m.id === item.coverMediaId && m.kind === 'image') ?? item.media.find((m) => m.kind === 'image');
  const video = item.media.find((m) => m.kind === 'video');
  switch (platform) {
    // A link post: Facebook and X show the page's own preview (title, summary, featured image).
    case 'facebook':
      return { teks: join(item.judul, item.ringkasan), judul: null, mediaIds: [] };
    case 'x':
      return { teks: join(item.judul, item.link), judul: null, mediaIds: [] };
    // Instagram links are not clickable: the caption is the title and summary over the featured image.
    case 'instagram':
      return { teks: join(item.judul, item.ringkasan), judul: null, mediaIds: cover ? [cover.id] : video ? [video.id] : [] };
    case 'youtube':
      return { teks: join(item.ringkasan, item.link), judul: item.judul, mediaIds: video ? [video.id] : [] };
    case 'tiktok':
      return { teks: join(item.judul, item.ringkasan), judul: null, mediaIds: video ? [video.id] : cover ? [cover.id] : [] };
  }
}

/**
 * Whether an account gets the item unless someone says otherwise: Facebook and X always; YouTube
 * when the item has a video, Instagram when it has a photo or video; TikTok only once a person
 * turns it on, because its privacy must be chosen by a person (nothing chosen in advance).
 */
export function activeByDefault(platform: Platform, item: ItemSource): boolean {
  if (platform === 'youtube') return item.media.some((m) => m.kind === 'video');
  if (platform === 'instagram') return item.media.length > 0;
  return platform !== 'tiktok';
}

/** The variant as it stands: the stored row's edited fields over the item's defaults (no row: all defaults). */
export function effectiveVariant(platform: Platform, row: StoredVariant | null, item: ItemSource): VariantFields {
  const derived = derivedFields(platform, item);
  const follows = (field: DerivableField) => !row || row.turunan.includes(field);
  const mediaIds = follows('mediaIds') ? derived.mediaIds : row!.mediaIds;
  const kinds = mediaIds.map((id) => item.media.find((m) => m.id === id)?.kind ?? 'image');
  return {
    aktif: row?.aktif ?? activeByDefault(platform, item),
    teks: follows('teks') ? derived.teks : row!.teks,
    judul: follows('judul') ? derived.judul : row!.judul,
    utas: platform === 'x' ? (row?.utas ?? []) : [],
    mediaIds,
    pengaturan: effectiveSettings(platform, row?.pengaturan ?? {}, defaultSettings(platform, { tags: item.tags, mediaKinds: kinds })),
  };
}

/** The media facts of a variant's media, in its order; an id the item no longer has is left out (and flagged on save). */
export function mediaOf(item: ItemSource, ids: readonly string[]): ItemMedia[] {
  return ids.flatMap((id) => item.media.filter((m) => m.id === id));
}
