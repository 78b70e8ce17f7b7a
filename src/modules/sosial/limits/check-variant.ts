import { platformNames, renderSosialMessage, type SosialMessageKey } from '../messages.ts';
import type { Platform } from '../platform.ts';
import { type MediaRule, platformLimits } from './platform-limits.ts';
import { xWeightedLength } from './x-weighted-length.ts';

/** The text of one platform variant, as the composer holds it. */
export interface VariantText {
  text: string;
  /** YouTube video title, TikTok photo title. */
  title?: string;
  /** Further posts of an X thread, each checked like `text`. */
  thread?: string[];
}

/** What the limit check needs to know of a media item (the media library has all of it). */
export interface MediaFacts {
  kind: 'image' | 'video';
  mimeType: string;
  bytes: number;
  width?: number;
  height?: number;
  durationSec?: number;
}

export interface LimitProblem {
  /** The field the problem belongs to: `text`, `title`, `thread.1`, `media`, `media.2`. */
  field: string;
  code: SosialMessageKey;
  params: Record<string, string | number>;
  message: { id: string; en: string };
}

const hashtagPattern = /(?:^|[^\p{L}\p{N}_&])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;

export function countHashtags(text: string): number {
  return [...text.matchAll(hashtagPattern)].length;
}

function measure(platform: Platform, text: string): number {
  const counting = platformLimits[platform].text.value.counting;
  if (counting === 'x-weighted') return xWeightedLength(text);
  if (counting === 'utf8-bytes') return new TextEncoder().encode(text).length;
  return [...text.normalize('NFC')].length;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Every problem of one variant against the platform's limits; empty when it can be published.
 * `story`: an Instagram story, whose media follow the story rules (a 9:16 photo is fine there).
 */
export function checkVariant(platform: Platform, variant: VariantText, media: MediaFacts[], options: { story?: boolean } = {}): LimitProblem[] {
  const limits = platformLimits[platform];
  const problems: LimitProblem[] = [];
  const add = (field: string, code: SosialMessageKey, params: Record<string, string | number> = {}) => {
    const all = { platform: platformNames[platform], ...params };
    problems.push({ field, code, params: all, message: { id: renderSosialMessage('id', code, all), en: renderSosialMessage('en', code, all) } });
  };

  const texts = [variant.text, ...(platform === 'x' ? (variant.thread ?? []) : [])];
  texts.forEach((text, i) => {
    const field = i === 0 ? 'text' : `thread.${i}`;
    const { max, counting, required } = limits.text.value;
    if (required && text.trim() === '' && !(i === 0 && media.length > 0)) add(field, 'sosial.limit.text_required');
    const actual = measure(platform, text);
    if (actual > max) add(field, counting === 'utf8-bytes' ? 'sosial.limit.text_too_long_bytes' : 'sosial.limit.text_too_long', { max, actual });
    if (limits.hashtags && countHashtags(text) > limits.hashtags.value)
      add(field, 'sosial.limit.hashtags_too_many', { max: limits.hashtags.value, actual: countHashtags(text) });
  });

  if (limits.title) {
    const { min, max, forbidden } = limits.title.value;
    const title = variant.title ?? '';
    const length = [...title.normalize('NFC')].length;
    const titleNeeded = platform === 'youtube' || (platform === 'tiktok' && title !== '');
    if (platform === 'youtube' && title.trim() === '') add('title', 'sosial.limit.title_required');
    else if (titleNeeded && length < min) add('title', 'sosial.limit.title_too_short', { min });
    if (length > max) add('title', 'sosial.limit.title_too_long', { max, actual: length });
    if (forbidden && [...forbidden].some((c) => title.includes(c))) add('title', 'sosial.limit.title_forbidden', { chars: [...forbidden].join(' ') });
  }

  const images = media.filter((m) => m.kind === 'image');
  const videos = media.filter((m) => m.kind === 'video');
  if (limits.mediaRequired.value && media.length === 0) add('media', 'sosial.limit.media_required');
  if (!limits.mixMedia.value && images.length > 0 && videos.length > 0) add('media', 'sosial.limit.media_mixed');
  // Instagram counts a carousel's children together: 2–10 of any kind.
  if (platform === 'instagram' && media.length > 10) add('media', 'sosial.limit.media_too_many', { kind: 'media', max: 10, actual: media.length });
  const rules = options.story && limits.story ? limits.story : { image: limits.image, video: limits.video };
  for (const [kind, items, rule] of [
    ['image', images, rules.image],
    ['video', videos, rules.video],
  ] as const) {
    if (items.length === 0) continue;
    if (!rule) {
      add('media', 'sosial.limit.media_kind', { kind });
      continue;
    }
    const [, maxCount] = rule.count.value;
    if (platform !== 'instagram' && items.length > maxCount) add('media', 'sosial.limit.media_too_many', { kind, max: maxCount, actual: items.length });
    for (const item of items) checkItem(`media.${media.indexOf(item)}`, item, rule, add);
  }
  return problems;
}

function checkItem(
  field: string,
  item: MediaFacts,
  rule: MediaRule,
  add: (field: string, code: SosialMessageKey, params?: Record<string, string | number>) => void,
) {
  if (!rule.mimeTypes.value.includes(item.mimeType)) add(field, 'sosial.limit.media_type', { mime: item.mimeType });
  if (item.bytes > rule.maxBytes.value) add(field, 'sosial.limit.media_too_large', { max: Math.floor(rule.maxBytes.value / (1024 * 1024)) });
  if (rule.durationSec && item.durationSec !== undefined) {
    const [min, max] = rule.durationSec.value;
    if (item.durationSec < min || item.durationSec > max) add(field, 'sosial.limit.media_duration', { min, max, actual: round2(item.durationSec) });
  }
  if (rule.aspectRatio && item.width && item.height) {
    const [min, max] = rule.aspectRatio.value;
    const ratio = item.width / item.height;
    // A hair of tolerance: 1080×1350 is exactly 0.8 but 1080×566 is 1.908 for "1.91:1".
    if (ratio < min - 0.005 || ratio > max + 0.005) add(field, 'sosial.limit.media_aspect', { min: round2(min), max: round2(max), actual: round2(ratio) });
  }
}
