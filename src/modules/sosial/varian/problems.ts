import { checkVariant, type LimitProblem, type MediaFacts } from '../limits/check-variant.ts';
import { platformNames, renderSosialMessage } from '../messages.ts';
import type { Platform } from '../platform.ts';
import { type VarianMessageKey, varianMessages } from './messages.ts';
import type { AnySettings, SettingsOf } from './settings.ts';

/*
 * Everything that keeps a variant from being published: the platform's limits (checkVariant) and
 * what its own switches ask of the media and of each other. Pure, so the admin's editor runs the
 * same code live and the server runs it again when the head approves.
 */

/** A problem at one field of a variant (`text`, `title`, `thread.1`, `media`, `media.2`, `pengaturan.privacyLevel`). */
export type VariantProblem = Omit<LimitProblem, 'code'> & { code: string };

/** The variant as checked: its effective text, media facts in order and switches. */
export type CheckedVariant = { text: string; title: string | null; thread: string[]; media: MediaFacts[]; settings: AnySettings };

/** What the check needs to know of the account. */
export type AccountFacts = {
  platform: Platform;
  /** `manual`: a person posts by hand and chooses TikTok's privacy in the app. */
  mode: string;
  /** TikTok: the creator's privacy options from creator_info; null while not known. */
  privacyOptions: readonly string[] | null;
  /** The item's public address (Facebook link posts). */
  link: string | null;
};

const YOUTUBE_TAGS_MAX = 500;

/** Every problem of one variant, empty when it can be published. `platformLabel` names the account in messages. */
export function variantProblems(v: CheckedVariant, account: AccountFacts, platformLabel?: string): VariantProblem[] {
  const { platform } = account;
  const label = platformLabel ?? platformNames[platform];
  const story = platform === 'instagram' && (v.settings as SettingsOf<'instagram'>).postType === 'story';
  const problems: VariantProblem[] = checkVariant(platform, { text: v.text, title: v.title ?? undefined, thread: v.thread }, v.media, { story }).map((p) =>
    platformLabel ? relabel(p, platformLabel) : p,
  );
  const add = (field: string, code: VarianMessageKey, params: Record<string, string | number> = {}) => {
    const all = { platform: label, ...params };
    problems.push({ field, code, params: all, message: { id: render('id', code, all), en: render('en', code, all) } });
  };
  const images = v.media.filter((m) => m.kind === 'image').length;
  const videos = v.media.filter((m) => m.kind === 'video').length;
  const count = v.media.length;

  if (platform === 'instagram') {
    const { postType } = v.settings as SettingsOf<'instagram'>;
    if (postType === 'single' && count !== 1) add('media', 'sosial.varian.ig_single');
    if (postType === 'carousel' && (count < 2 || count > 10)) add('media', 'sosial.varian.ig_carousel', { actual: count });
    if (postType === 'reel' && (count !== 1 || videos !== 1)) add('media', 'sosial.varian.ig_reel');
    if (postType === 'story' && count !== 1) add('media', 'sosial.varian.ig_story');
  }
  if (platform === 'facebook') {
    const { postType } = v.settings as SettingsOf<'facebook'>;
    if (postType === 'link' && count > 0) add('media', 'sosial.varian.fb_link_media');
    if (postType === 'link' && !account.link) add('pengaturan.postType', 'sosial.varian.fb_link_missing');
    if (postType === 'photos' && (images === 0 || videos > 0)) add('media', 'sosial.varian.fb_photos');
    if (postType === 'video' && (count !== 1 || videos !== 1)) add('media', 'sosial.varian.fb_video');
  }
  if (platform === 'youtube') {
    const length = (v.settings as SettingsOf<'youtube'>).tags.join(',').length;
    if (length > YOUTUBE_TAGS_MAX) add('pengaturan.tags', 'sosial.varian.yt_tags_too_long', { max: YOUTUBE_TAGS_MAX, actual: length });
  }
  if (platform === 'tiktok') tiktokProblems(v.settings as SettingsOf<'tiktok'>, account, add);
  return problems;
}

function tiktokProblems(s: SettingsOf<'tiktok'>, account: AccountFacts, add: (field: string, code: VarianMessageKey) => void) {
  // A draft in the creator's inbox, or a post made by hand, gets its privacy in the TikTok app.
  const choosesHere = account.mode === 'api' && s.postMode === 'DIRECT_POST';
  if (choosesHere && account.privacyOptions === null) add('pengaturan.privacyLevel', 'sosial.varian.tt_privacy_unknown');
  else if (choosesHere && s.privacyLevel === null) add('pengaturan.privacyLevel', 'sosial.varian.tt_privacy_required');
  else if (choosesHere && s.privacyLevel && !account.privacyOptions?.includes(s.privacyLevel))
    add('pengaturan.privacyLevel', 'sosial.varian.tt_privacy_not_offered');
  if (s.commercial && !s.yourBrand && !s.brandedContent) add('pengaturan.commercial', 'sosial.varian.tt_commercial_choice');
  if (s.commercial && s.brandedContent && s.privacyLevel === 'SELF_ONLY') add('pengaturan.privacyLevel', 'sosial.varian.tt_branded_private');
}

function render(lang: 'id' | 'en', key: VarianMessageKey, params: Record<string, string | number>): string {
  return varianMessages[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The same problem with the account named where the platform was ("X “Humas NTT”"). */
function relabel(p: LimitProblem, label: string): VariantProblem {
  const params = { ...p.params, platform: label };
  return { ...p, params, message: { id: renderSosialMessage('id', p.code, params), en: renderSosialMessage('en', p.code, params) } };
}
