import { describe, expect, it } from 'vitest';
import { approvalHash, type BoundVariant } from './approval-hash.ts';
import { activeByDefault, derivedFields, effectiveVariant, type ItemMedia, type ItemSource } from './derive.ts';
import { type AccountFacts, type CheckedVariant, variantProblems } from './problems.ts';
import { adapterSettings, defaultSettings, type SettingsOf, settingsSchemas } from './settings.ts';

const photo = (id: string): ItemMedia => ({ id, kind: 'image', mimeType: 'image/jpeg', bytes: 300_000, width: 1200, height: 800, alt: 'a', thumbUrl: null });
const video: ItemMedia = {
  id: 'v1',
  kind: 'video',
  mimeType: 'video/mp4',
  bytes: 40_000_000,
  width: 1080,
  height: 1920,
  durationSec: 45,
  alt: '',
  thumbUrl: null,
};
const item: ItemSource = {
  judul: 'Gubernur meresmikan jembatan',
  ringkasan: 'Jembatan baru menghubungkan dua desa.',
  link: 'https://ujiprov.go.id/dinas-a/pengumuman/jembatan',
  coverMediaId: 'p1',
  tags: ['jembatan', 'infrastruktur'],
  media: [photo('p1'), photo('p2'), video],
};
const facts = (platform: AccountFacts['platform'], extra: Partial<AccountFacts> = {}): AccountFacts => ({
  platform,
  mode: 'api',
  privacyOptions: null,
  link: item.link,
  ...extra,
});
const codes = (v: CheckedVariant, a: AccountFacts) => variantProblems(v, a).map((p) => `${p.field}:${p.code}`);
const variant = (platform: AccountFacts['platform'], over: Partial<CheckedVariant> = {}): CheckedVariant => ({
  text: 'Teks',
  title: null,
  thread: [],
  media: [],
  settings: defaultSettings(platform, { tags: [], mediaKinds: [] }),
  ...over,
});

describe('defaults from the website item', () => {
  it('fills each platform from title, summary, link and featured image', () => {
    expect(derivedFields('x', item)).toEqual({ teks: `${item.judul}\n\n${item.link}`, judul: null, mediaIds: [] });
    expect(derivedFields('facebook', item)).toEqual({ teks: `${item.judul}\n\n${item.ringkasan}`, judul: null, mediaIds: [] });
    expect(derivedFields('instagram', item).mediaIds).toEqual(['p1']);
    expect(derivedFields('youtube', item)).toEqual({ teks: `${item.ringkasan}\n\n${item.link}`, judul: item.judul, mediaIds: ['v1'] });
    expect(derivedFields('tiktok', item).mediaIds).toEqual(['v1']);
  });

  it('a simple item needs no typing: its defaults break no limit on X, Facebook, Instagram and YouTube', () => {
    for (const platform of ['x', 'facebook', 'instagram', 'youtube'] as const) {
      const v = effectiveVariant(platform, null, item);
      const media = v.mediaIds.map((id) => item.media.find((m) => m.id === id)!);
      expect(variantProblems({ text: v.teks, title: v.judul, thread: v.utas, media, settings: v.pengaturan }, facts(platform)), platform).toEqual([]);
    }
  });

  it('a field follows the item until someone edits it', () => {
    const row = { aktif: true, teks: 'Teks sendiri', judul: 'lama', utas: [], mediaIds: ['p2'], pengaturan: {}, turunan: ['judul', 'mediaIds'] };
    const v = effectiveVariant('youtube', row, { ...item, judul: 'Judul baru' });
    expect(v.teks).toBe('Teks sendiri');
    expect(v.judul).toBe('Judul baru');
    expect(v.mediaIds).toEqual(['v1']);
    expect(effectiveVariant('x', null, item).aktif).toBe(true);
  });

  it('goes to an account by default only when the item fits it; TikTok waits for a person', () => {
    const text = { ...item, media: [] };
    expect(['facebook', 'x', 'instagram', 'youtube', 'tiktok'].map((p) => activeByDefault(p as never, item))).toEqual([true, true, true, true, false]);
    expect(['facebook', 'x', 'instagram', 'youtube', 'tiktok'].map((p) => activeByDefault(p as never, text))).toEqual([true, true, false, false, false]);
  });

  it('TikTok starts with no privacy chosen and every interaction off; Instagram picks its type from the media', () => {
    expect(defaultSettings('tiktok', { tags: [], mediaKinds: ['video'] })).toMatchObject({
      privacyLevel: null,
      allowComment: false,
      allowDuet: false,
      allowStitch: false,
      commercial: false,
    });
    expect(defaultSettings('instagram', { tags: [], mediaKinds: ['video'] })).toEqual({ postType: 'reel' });
    expect(defaultSettings('instagram', { tags: [], mediaKinds: ['image', 'image'] })).toEqual({ postType: 'carousel' });
    expect(defaultSettings('youtube', { tags: ['a'], mediaKinds: [] })).toEqual({ privacyStatus: 'public', categoryId: '25', tags: ['a'], madeForKids: false });
  });
});

describe('settings schemas', () => {
  it('refuses values a platform does not have, and unknown keys', () => {
    expect(settingsSchemas.x.safeParse({ replySettings: 'semua' }).success).toBe(false);
    expect(settingsSchemas.instagram.safeParse({ postType: 'carousel', extra: 1 }).success).toBe(false);
    expect(settingsSchemas.youtube.safeParse({ privacyStatus: 'public', categoryId: '99', tags: [], madeForKids: false }).success).toBe(false);
    expect(settingsSchemas.tiktok.safeParse({ ...defaultSettings('tiktok', { tags: [], mediaKinds: [] }), privacyLevel: 'EVERYONE' }).success).toBe(false);
  });

  it('speaks the adapters’ words for TikTok', () => {
    const s: SettingsOf<'tiktok'> = {
      ...(defaultSettings('tiktok', { tags: [], mediaKinds: [] }) as SettingsOf<'tiktok'>),
      allowComment: true,
      commercial: true,
      yourBrand: true,
    };
    expect(adapterSettings('tiktok', s)).toMatchObject({
      disableComment: false,
      disableDuet: true,
      disableStitch: true,
      brandOrganic: true,
      brandContent: false,
    });
  });
});

describe('limits per platform', () => {
  it('X counts its way: a URL is 23, CJK weighs 2, every thread post is checked', () => {
    const url = `https://ujiprov.go.id/${'a'.repeat(300)}`;
    expect(codes(variant('x', { text: `${'a'.repeat(256)} ${url}` }), facts('x'))).toEqual([]);
    expect(codes(variant('x', { text: 'a'.repeat(281) }), facts('x'))).toEqual(['text:sosial.limit.text_too_long']);
    expect(codes(variant('x', { text: '漢'.repeat(141) }), facts('x'))).toEqual(['text:sosial.limit.text_too_long']);
    expect(codes(variant('x', { thread: ['ok', 'b'.repeat(300)] }), facts('x'))).toEqual(['thread.2:sosial.limit.text_too_long']);
  });

  it('Instagram: the post type decides the media, 5 hashtags at most', () => {
    const ig = (postType: string, media: ItemMedia[], text = 'Teks') =>
      codes(variant('instagram', { text, media, settings: { postType } as never }), facts('instagram'));
    expect(ig('single', [photo('a')])).toEqual([]);
    expect(ig('single', [photo('a'), photo('b')])).toEqual(['media:sosial.varian.ig_single']);
    expect(ig('carousel', [photo('a')])).toEqual(['media:sosial.varian.ig_carousel']);
    expect(
      ig(
        'carousel',
        Array.from({ length: 11 }, (_, i) => photo(`p${i}`)),
      ),
    ).toContain('media:sosial.varian.ig_carousel');
    expect(ig('reel', [photo('a')])).toEqual(['media:sosial.varian.ig_reel']);
    expect(ig('story', [])).toContain('media:sosial.varian.ig_story');
    // A story takes the story rules: a tall photo is fine there, a video over 60 s is not.
    expect(ig('story', [{ ...photo('t'), width: 1080, height: 1920 }])).toEqual([]);
    expect(ig('single', [{ ...photo('t'), width: 1080, height: 1920 }])).toEqual(['media.0:sosial.limit.media_aspect']);
    expect(ig('story', [{ ...video, durationSec: 75 }])).toEqual(['media.0:sosial.limit.media_duration']);
    expect(ig('single', [photo('a')], '#a #b #c #d #e #f')).toEqual(['text:sosial.limit.hashtags_too_many']);
  });

  it('Facebook: a link post carries no media, a photo set no video, a video post one video', () => {
    const fb = (postType: string, media: ItemMedia[], link: string | null = item.link) =>
      codes(variant('facebook', { media, settings: { postType } as never }), facts('facebook', { link }));
    expect(fb('link', [])).toEqual([]);
    expect(fb('link', [photo('a')])).toEqual(['media:sosial.varian.fb_link_media']);
    expect(fb('link', [], null)).toEqual(['pengaturan.postType:sosial.varian.fb_link_missing']);
    expect(fb('photos', [photo('a'), photo('b')])).toEqual([]);
    expect(fb('photos', [])).toEqual(['media:sosial.varian.fb_photos']);
    expect(fb('video', [video])).toEqual([]);
    expect(fb('video', [photo('a')])).toContain('media:sosial.varian.fb_video');
  });

  it('YouTube: a title of 2–100 characters without < >, one video, tags within 500 characters', () => {
    const yt = (title: string | null, tags: string[] = [], media: ItemMedia[] = [video]) =>
      codes(variant('youtube', { title, media, settings: { ...defaultSettings('youtube', { tags, mediaKinds: [] }) } }), facts('youtube'));
    expect(yt('Judul video')).toEqual([]);
    expect(yt(null)).toEqual(['title:sosial.limit.title_required']);
    expect(yt('a')).toEqual(['title:sosial.limit.title_too_short']);
    expect(yt('a'.repeat(101))).toEqual(['title:sosial.limit.title_too_long']);
    expect(yt('a <b>')).toEqual(['title:sosial.limit.title_forbidden']);
    expect(
      yt(
        'Judul',
        Array.from({ length: 50 }, (_, i) => `tag-panjang-nomor-${i}`),
      ),
    ).toEqual(['pengaturan.tags:sosial.varian.yt_tags_too_long']);
    expect(yt('Judul', [], [])).toContain('media:sosial.limit.media_required');
  });

  it('TikTok: privacy from the creator’s options, chosen by a person; commercial content disclosed properly', () => {
    const base = defaultSettings('tiktok', { tags: [], mediaKinds: ['video'] }) as SettingsOf<'tiktok'>;
    const tt = (s: Partial<SettingsOf<'tiktok'>>, a: Partial<AccountFacts> = {}) =>
      codes(variant('tiktok', { media: [video], settings: { ...base, ...s } }), facts('tiktok', a));
    const offered = { privacyOptions: ['PUBLIC_TO_EVERYONE', 'SELF_ONLY'] };
    expect(tt({})).toEqual(['pengaturan.privacyLevel:sosial.varian.tt_privacy_unknown']);
    expect(tt({}, offered)).toEqual(['pengaturan.privacyLevel:sosial.varian.tt_privacy_required']);
    expect(tt({ privacyLevel: 'PUBLIC_TO_EVERYONE' }, offered)).toEqual([]);
    expect(tt({ privacyLevel: 'FOLLOWER_OF_CREATOR' }, offered)).toEqual(['pengaturan.privacyLevel:sosial.varian.tt_privacy_not_offered']);
    expect(tt({ postMode: 'MEDIA_UPLOAD' })).toEqual([]);
    expect(tt({}, { mode: 'manual' })).toEqual([]);
    expect(tt({ privacyLevel: 'PUBLIC_TO_EVERYONE', commercial: true }, offered)).toEqual(['pengaturan.commercial:sosial.varian.tt_commercial_choice']);
    expect(tt({ privacyLevel: 'SELF_ONLY', commercial: true, brandedContent: true }, offered)).toEqual([
      'pengaturan.privacyLevel:sosial.varian.tt_branded_private',
    ]);
  });

  it('names the account in both languages when asked', () => {
    const [p] = variantProblems(variant('x', { text: 'a'.repeat(300) }), facts('x'), 'X “Humas NTT”');
    expect(p?.message.id).toBe('Teks terlalu panjang untuk X “Humas NTT”: 300 dari paling banyak 280 karakter.');
    expect(p?.message.en).toBe('The text is too long for X “Humas NTT”: 300 of at most 280 characters.');
  });
});

describe('the approval hash over variants', () => {
  const v = (akunId: string, teks = 'Teks'): BoundVariant => ({ akunId, teks, judul: null, utas: [], mediaIds: [], pengaturan: { postType: 'link' } });
  const rev = 'a'.repeat(64);

  it('is the revision’s own hash when no variant is active', () => {
    expect(approvalHash(rev, [])).toBe(rev);
  });

  it('binds the revision and every active variant, whatever their order or key order', () => {
    const h = approvalHash(rev, [v('1'), v('2')]);
    expect(h).not.toBe(rev);
    expect(approvalHash(rev, [v('2'), v('1')])).toBe(h);
    expect(approvalHash(rev, [{ ...v('1'), pengaturan: { b: 1, a: 2 } }])).toBe(approvalHash(rev, [{ ...v('1'), pengaturan: { a: 2, b: 1 } }]));
    expect(approvalHash(rev, [v('1', 'Teks lain'), v('2')])).not.toBe(h);
    expect(approvalHash('b'.repeat(64), [v('1'), v('2')])).not.toBe(h);
    // Turning one off changes the set the head approved.
    expect(approvalHash(rev, [v('1')])).not.toBe(h);
  });
});
