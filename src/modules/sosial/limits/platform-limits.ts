import type { Platform } from '../platform.ts';

/**
 * What each platform accepts, kept as data: every value carries the date it was checked and where
 * it comes from, because the platforms change them (Instagram cut hashtags from 30 to 5 in
 * December 2025; YouTube moved videos.insert to its own quota bucket). `verified: false` marks a
 * value taken from third-party tools' documentation rather than the platform's own pages.
 */
export interface Sourced<T> {
  value: T;
  checked: string;
  source: string;
  verified: boolean;
}

const s = <T>(value: T, checked: string, source: string, verified = true): Sourced<T> => ({ value, checked, source, verified });

export interface MediaRule {
  /** How many of this kind one post may carry (min–max). */
  count: Sourced<[number, number]>;
  mimeTypes: Sourced<string[]>;
  maxBytes: Sourced<number>;
  /** width / height, inclusive. */
  aspectRatio?: Sourced<[number, number]>;
  durationSec?: Sourced<[number, number]>;
}

export interface PlatformLimits {
  /** Characters of the main text; `weighted` counts the way X does. */
  text: Sourced<{ max: number; counting: 'codepoints' | 'x-weighted' | 'utf8-bytes'; required: boolean }>;
  title?: Sourced<{ min: number; max: number; forbidden?: string }>;
  hashtags?: Sourced<number>;
  image?: MediaRule;
  video?: MediaRule;
  /** Instagram stories: their own media rules in place of `image` and `video` (one photo or video, shown 24 h). */
  story?: { image: MediaRule; video: MediaRule };
  /** Whether images and a video may share one post. */
  mixMedia: Sourced<boolean>;
  /** A post must carry media (Instagram, YouTube, TikTok). */
  mediaRequired: Sourced<boolean>;
  quotas: Record<string, Sourced<{ limit: number; windowSec: number; note?: string }>>;
}

const MB = 1024 * 1024;
const GB = 1024 * MB;

export const platformLimits: Record<Platform, PlatformLimits> = {
  facebook: {
    text: s({ max: 63206, counting: 'codepoints', required: false }, '2026-12-07', 'third-party composer limits (Facebook documents no number)', false),
    image: {
      count: s([1, 10], '2026-12-07', "Warta's choice: multi-photo posts through attached_media; Graph sets no documented maximum", false),
      mimeTypes: s(['image/jpeg', 'image/png'], '2026-12-07', 'Graph error subcode 1366046 (PLATFORMS.md §1.1)'),
      maxBytes: s(4 * MB, '2026-12-07', 'Graph error subcode 1366046: photo must be under 4 MB'),
    },
    video: {
      count: s([1, 1], '2026-12-07', 'Graph /{page-id}/videos: one video per post'),
      mimeTypes: s(['video/mp4', 'video/quicktime'], '2026-12-07', 'Graph video upload guide', false),
      maxBytes: s(10 * GB, '2026-12-07', 'Graph video upload guide', false),
      durationSec: s([1, 240 * 60], '2026-12-07', 'Graph video upload guide', false),
    },
    mixMedia: s(false, '2026-12-07', 'Graph: photos go through attached_media, a video through /videos'),
    mediaRequired: s(false, '2026-12-07', 'Pages API "Posts"'),
    quotas: {
      pageCallsPerDay: s(
        { limit: 4800, windowSec: 86400, note: 'times engaged users; the live budget is in X-Business-Use-Case-Usage' },
        '2026-12-07',
        'Graph "Rate Limits" (BUC)',
      ),
    },
  },
  instagram: {
    text: s({ max: 2200, counting: 'codepoints', required: false }, '2026-12-07', 'IG User Media ref (caption); Postiz maxLength'),
    hashtags: s(5, '2026-12-07', 'Instagram announcement 2025-12-19 (was 30)', false),
    image: {
      count: s([1, 10], '2026-12-07', 'Content Publishing guide: carousel 2–10 children'),
      mimeTypes: s(['image/jpeg'], '2026-12-07', 'Content Publishing guide: JPEG is the only image format'),
      maxBytes: s(8 * MB, '2026-12-07', 'IG User Media ref, image specifications'),
      aspectRatio: s([4 / 5, 1.91], '2026-12-07', 'IG User Media ref, image specifications'),
    },
    video: {
      count: s([1, 10], '2026-12-07', 'Reels: one video; a carousel may hold videos as children'),
      mimeTypes: s(['video/mp4', 'video/quicktime'], '2026-12-07', 'IG User Media ref, Reels specifications'),
      maxBytes: s(300 * MB, '2026-12-07', 'IG User Media ref, Reels specifications (third parties now say 1 GB)'),
      durationSec: s([3, 15 * 60], '2026-12-07', 'IG User Media ref, Reels specifications'),
      aspectRatio: s([0.01, 10], '2026-12-07', 'IG User Media ref, Reels specifications (9:16 recommended)'),
    },
    story: {
      image: {
        count: s([1, 1], '2026-12-07', 'IG User Media ref: a STORIES container holds one image_url or video_url'),
        mimeTypes: s(['image/jpeg'], '2026-12-07', 'Content Publishing guide: JPEG is the only image format'),
        maxBytes: s(8 * MB, '2026-12-07', 'IG User Media ref, image specifications'),
      },
      video: {
        count: s([1, 1], '2026-12-07', 'IG User Media ref: a STORIES container holds one image_url or video_url'),
        mimeTypes: s(['video/mp4', 'video/quicktime'], '2026-12-07', 'IG User Media ref, story video specifications'),
        maxBytes: s(100 * MB, '2026-12-07', 'story video specifications as third parties quote them (Sprinklr, Repliz)', false),
        durationSec: s([3, 60], '2026-12-07', 'story video specifications as third parties quote them (Sprinklr, Repliz)', false),
      },
    },
    mixMedia: s(true, '2026-12-07', 'A carousel may mix images and videos'),
    mediaRequired: s(true, '2026-12-07', 'Content Publishing guide: every post is a media container'),
    quotas: {
      postsPer24h: s(
        { limit: 50, windowSec: 86400, note: 'a carousel counts as 1; read content_publishing_limit' },
        '2026-12-07',
        'IG User Media Publish ref (2025-01-21)',
      ),
      containersPer24h: s({ limit: 400, windowSec: 86400 }, '2026-12-07', 'IG User Media ref'),
    },
  },
  x: {
    text: s({ max: 280, counting: 'x-weighted', required: true }, '2026-12-07', 'docs.x.com "Counting characters" (non-premium accounts)'),
    image: {
      count: s([1, 4], '2026-12-07', 'POST /2/tweets: media_ids 1–4'),
      mimeTypes: s(['image/jpeg', 'image/png', 'image/webp', 'image/gif'], '2026-12-07', 'media upload ref', false),
      maxBytes: s(5 * MB, '2026-12-07', 'media best practices (GIF 15 MB)', false),
    },
    video: {
      count: s([1, 1], '2026-12-07', 'POST /2/tweets: one video, never mixed with images'),
      mimeTypes: s(['video/mp4', 'video/quicktime'], '2026-12-07', 'media best practices', false),
      maxBytes: s(512 * MB, '2026-12-07', 'media best practices', false),
      durationSec: s([0.5, 140], '2026-12-07', 'media best practices', false),
      aspectRatio: s([1 / 3, 3], '2026-12-07', 'media best practices', false),
    },
    mixMedia: s(false, '2026-12-07', 'Mixpost config; X refuses images with a video'),
    mediaRequired: s(false, '2026-12-07', 'POST /2/tweets'),
    quotas: {
      postsPer15min: s({ limit: 200, windowSec: 900 }, '2026-12-07', 'docs.x.com "manage Posts" rate limits, per user'),
      postsPer3h: s({ limit: 300, windowSec: 10800, note: 'shared with reposts' }, '2026-12-07', 'developer.x.com "manage tweets", per user per app'),
    },
  },
  youtube: {
    text: s({ max: 5000, counting: 'utf8-bytes', required: false }, '2026-12-07', 'videos resource: snippet.description at most 5000 bytes'),
    title: s({ min: 2, max: 100, forbidden: '<>' }, '2026-12-07', 'videos resource: snippet.title ≤ 100 characters, no < or >; minimum 2 from Postiz dto'),
    video: {
      count: s([1, 1], '2026-12-07', 'videos.insert'),
      mimeTypes: s(
        ['video/mp4', 'video/quicktime', 'video/webm', 'application/octet-stream'],
        '2026-12-07',
        'videos.insert: video/* or application/octet-stream',
      ),
      maxBytes: s(256 * GB, '2026-12-07', 'videos.insert: maximum file size 256 GB'),
      durationSec: s([1, 12 * 3600], '2026-12-07', 'YouTube help: 12 hours for verified accounts (15 min otherwise)', false),
    },
    mixMedia: s(false, '2026-12-07', 'one video per insert'),
    mediaRequired: s(true, '2026-12-07', 'videos.insert'),
    quotas: {
      unitsPerDay: s({ limit: 10000, windowSec: 86400, note: 'resets at midnight Pacific Time' }, '2026-12-07', 'Determine quota cost'),
      insertsPerDay: s(
        { limit: 100, windowSec: 86400, note: 'own bucket, 1 per call; older pages say 1600 units of the 10 000' },
        '2026-12-07',
        'Determine quota cost (2025–2026 version)',
      ),
    },
  },
  tiktok: {
    text: s({ max: 2200, counting: 'codepoints', required: false }, '2026-12-07', 'Direct Post ref: post_info.title, 2200 UTF-16 runes'),
    title: s({ min: 0, max: 90 }, '2026-12-07', 'Photo post ref: post_info.title ≤ 90 (description ≤ 4000)'),
    image: {
      count: s([1, 35], '2026-12-07', 'Photo post ref: photo_images up to 35'),
      mimeTypes: s(['image/jpeg', 'image/webp'], '2026-12-07', 'Content Posting API media restrictions', false),
      maxBytes: s(20 * MB, '2026-12-07', 'Content Posting API media restrictions', false),
    },
    video: {
      count: s([1, 1], '2026-12-07', 'Direct Post ref'),
      mimeTypes: s(['video/mp4', 'video/quicktime', 'video/webm'], '2026-12-07', 'Content Posting API media restrictions'),
      maxBytes: s(4 * GB, '2026-12-07', 'Content Posting API media restrictions', false),
      durationSec: s([3, 600], '2026-12-07', 'creator_info max_video_post_duration_sec decides; 600 s is the common value', false),
    },
    mixMedia: s(false, '2026-12-07', 'a TikTok post is a video or photos'),
    mediaRequired: s(true, '2026-12-07', 'Content Posting API'),
    quotas: {
      initPerMinute: s({ limit: 6, windowSec: 60 }, '2026-12-07', 'Direct Post ref: 6 requests per minute per user token'),
      creatorInfoPerMinute: s({ limit: 20, windowSec: 60 }, '2026-12-07', 'Query Creator Info ref'),
      statusPerMinute: s({ limit: 30, windowSec: 60 }, '2026-12-07', 'Get Post Status ref'),
      unauditedUsersPer24h: s({ limit: 5, windowSec: 86400, note: 'unaudited clients post SELF_ONLY only' }, '2026-12-07', 'content-sharing guidelines'),
    },
  },
};
