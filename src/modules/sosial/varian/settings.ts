import { z } from 'zod';
import type { Platform } from '../platform.ts';
import { facebookPostTypes, instagramPostTypes, tiktokPostModes, tiktokPrivacyLevels, xReplySettings, youtubeCategories, youtubePrivacy } from './options.ts';

/*
 * Each platform's own switches of a variant, validated with zod. Pure (no server imports): the
 * admin's editor imports the same schemas and defaults. The keys are the ones the adapters read
 * (`privacyStatus`, `categoryId`, `tags`, `privacyLevel`, `postMode`…), so the publisher passes
 * them on through `adapterSettings`.
 */

const tag = z.string().trim().min(1).max(100);

export const settingsSchemas = {
  x: z.strictObject({ replySettings: z.enum(xReplySettings) }),
  instagram: z.strictObject({ postType: z.enum(instagramPostTypes) }),
  facebook: z.strictObject({ postType: z.enum(facebookPostTypes) }),
  youtube: z.strictObject({
    privacyStatus: z.enum(youtubePrivacy),
    categoryId: z.enum(youtubeCategories),
    // YouTube allows 500 characters of tags in all; checked with the other limits.
    tags: z.array(tag).max(50),
    madeForKids: z.boolean(),
  }),
  tiktok: z.strictObject({
    /** Nothing is chosen in advance (TikTok's content sharing guidelines): null until a person picks. */
    privacyLevel: z.enum(tiktokPrivacyLevels).nullable(),
    allowComment: z.boolean(),
    allowDuet: z.boolean(),
    allowStitch: z.boolean(),
    /** Commercial content disclosure: when on, "your brand" and/or "branded content" must be ticked. */
    commercial: z.boolean(),
    yourBrand: z.boolean(),
    brandedContent: z.boolean(),
    postMode: z.enum(tiktokPostModes),
  }),
} as const;

export type SettingsOf<P extends Platform> = z.output<(typeof settingsSchemas)[P]>;
export type AnySettings = { [P in Platform]: SettingsOf<P> }[Platform];

/** The settings a variant starts with; TikTok's interaction switches start off and its privacy unchosen. */
export function defaultSettings(platform: Platform, item: { tags: string[]; mediaKinds: readonly ('image' | 'video')[] }): AnySettings {
  switch (platform) {
    case 'x':
      return { replySettings: 'everyone' };
    case 'instagram':
      return { postType: item.mediaKinds.length > 1 ? 'carousel' : item.mediaKinds[0] === 'video' ? 'reel' : 'single' };
    case 'facebook':
      return { postType: item.mediaKinds.length === 0 ? 'link' : item.mediaKinds.includes('video') ? 'video' : 'photos' };
    case 'youtube':
      return { privacyStatus: 'public', categoryId: '25', tags: item.tags.slice(0, 50), madeForKids: false };
    case 'tiktok':
      return {
        privacyLevel: null,
        allowComment: false,
        allowDuet: false,
        allowStitch: false,
        commercial: false,
        yourBrand: false,
        brandedContent: false,
        postMode: 'DIRECT_POST',
      };
  }
}

/** The saved switches over the defaults, parsed; a key a person never saved keeps its default. */
export function effectiveSettings(platform: Platform, saved: Record<string, unknown>, defaults: AnySettings): AnySettings {
  const merged = { ...defaults, ...saved };
  const parsed = settingsSchemas[platform].safeParse(merged);
  // A stored value from an older version of these schemas falls back to the defaults rather than failing a read.
  return parsed.success ? parsed.data : defaults;
}

/** The switches in the adapters' words (PublishRequest.settings). */
export function adapterSettings(platform: Platform, s: AnySettings): Record<string, string | boolean | string[] | null> {
  if (platform === 'tiktok') {
    const t = s as SettingsOf<'tiktok'>;
    return {
      privacyLevel: t.privacyLevel,
      disableComment: !t.allowComment,
      disableDuet: !t.allowDuet,
      disableStitch: !t.allowStitch,
      brandOrganic: t.commercial && t.yourBrand,
      brandContent: t.commercial && t.brandedContent,
      postMode: t.postMode,
    };
  }
  return { ...s };
}
