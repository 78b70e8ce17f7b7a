import { describe, expect, it } from 'vitest';
import { checkVariant, countHashtags, type MediaFacts } from './check-variant.ts';
import { platformLimits } from './platform-limits.ts';
import { findUrls, xWeightedLength } from './x-weighted-length.ts';

const MB = 1024 * 1024;
const jpeg = (w = 1080, h = 1080, bytes = 1 * MB): MediaFacts => ({ kind: 'image', mimeType: 'image/jpeg', bytes, width: w, height: h });
const mp4 = (durationSec: number, w = 1080, h = 1920, bytes = 50 * MB): MediaFacts => ({
  kind: 'video',
  mimeType: 'video/mp4',
  bytes,
  width: w,
  height: h,
  durationSec,
});

describe('X weighted length (hand-counted)', () => {
  it('counts Latin as 1, emoji as 2 (the docs example "Hello, world! 👋" is 16)', () => {
    expect(xWeightedLength('Hello, world! 👋')).toBe(16);
  });
  it('counts CJK as 2 each', () => expect(xWeightedLength('日本語')).toBe(6));
  it('counts a ZWJ family, a skin tone and a flag as one emoji each (2)', () => {
    expect(xWeightedLength('👨‍👩‍👧‍👦')).toBe(2);
    expect(xWeightedLength('🙋🏽')).toBe(2);
    expect(xWeightedLength('🇮🇩')).toBe(2);
  });
  it('normalises to NFC: café decomposed is 4', () => expect(xWeightedLength('cafe\u0301')).toBe(4));
  it('counts curly quotes (U+201C/D) as 1', () => expect(xWeightedLength('“kutip”')).toBe(7));
  it('counts every URL as 23 whatever its length; trailing dot stays text', () => {
    // "Kunjungi " 9 + URL 23 + " untuk info" 11 = 43
    expect(xWeightedLength('Kunjungi https://diskominfo.example.go.id/berita/2026/12/07/sangat-panjang-sekali untuk info')).toBe(43);
    // "Lihat " 6 + 23 + "." 1 = 30
    expect(xWeightedLength('Lihat https://a.id/x.')).toBe(30);
    expect(findUrls('Lihat https://a.id/x. dan warta.go.id')).toEqual(['https://a.id/x', 'warta.go.id']);
    expect(xWeightedLength('warta.go.id')).toBe(23);
  });
  it('280 Latin characters pass, 281 do not; 140 CJK pass, 141 do not', () => {
    expect(checkVariant('x', { text: 'a'.repeat(280) }, [])).toEqual([]);
    const [problem] = checkVariant('x', { text: 'a'.repeat(281) }, []);
    expect(problem).toMatchObject({ field: 'text', code: 'sosial.limit.text_too_long', params: { max: 280, actual: 281 } });
    expect(problem!.message.id).toBe('Teks terlalu panjang untuk X: 281 dari paling banyak 280 karakter.');
    expect(problem!.message.en).toBe('The text is too long for X: 281 of at most 280 characters.');
    expect(checkVariant('x', { text: '語'.repeat(140) }, [])).toEqual([]);
    expect(checkVariant('x', { text: '語'.repeat(141) }, [])[0]!.params.actual).toBe(282);
  });
  it('checks each post of a thread under its own field', () => {
    const problems = checkVariant('x', { text: 'satu', thread: ['dua', 'b'.repeat(300)] }, []);
    expect(problems.map((p) => p.field)).toEqual(['thread.2']);
  });
  it('allows up to 4 images, refuses 5 and refuses images with a video', () => {
    expect(checkVariant('x', { text: 'foto' }, [jpeg(), jpeg(), jpeg(), jpeg()])).toEqual([]);
    expect(checkVariant('x', { text: 'foto' }, [jpeg(), jpeg(), jpeg(), jpeg(), jpeg()])[0]).toMatchObject({
      code: 'sosial.limit.media_too_many',
      params: { max: 4, actual: 5 },
    });
    expect(checkVariant('x', { text: 'x' }, [jpeg(), mp4(30, 1280, 720)]).map((p) => p.code)).toEqual(['sosial.limit.media_mixed']);
  });
  it('refuses a video longer than 140 s', () => {
    expect(checkVariant('x', { text: 'v' }, [mp4(141, 1280, 720)])[0]).toMatchObject({
      field: 'media.0',
      code: 'sosial.limit.media_duration',
      params: { min: 0.5, max: 140, actual: 141 },
    });
  });
});

describe('Instagram', () => {
  it('counts hashtags: words after #, not numbers-only, not inside words', () => {
    expect(countHashtags('#Jatim #info_publik ok#no #123 #2026kita')).toBe(3);
  });
  it('allows 5 hashtags and refuses 6 (limit since December 2025)', () => {
    expect(platformLimits.instagram.hashtags?.value).toBe(5);
    expect(checkVariant('instagram', { text: '#a #b #c #d #e' }, [jpeg()])).toEqual([]);
    const [p] = checkVariant('instagram', { text: '#a #b #c #d #e #f' }, [jpeg()]);
    expect(p).toMatchObject({ field: 'text', code: 'sosial.limit.hashtags_too_many', params: { max: 5, actual: 6 } });
    expect(p!.message.id).toBe('Terlalu banyak tagar untuk Instagram: 6, paling banyak 5.');
  });
  it('caption of 2200 passes, 2201 does not (emoji counts as one code point here)', () => {
    expect(checkVariant('instagram', { text: `${'x'.repeat(2199)}😀` }, [jpeg()])).toEqual([]);
    expect(checkVariant('instagram', { text: 'x'.repeat(2201) }, [jpeg()])[0]!.params.actual).toBe(2201);
  });
  it('needs media; accepts 4:5 and 1.91:1, refuses 0.72; JPEG only; 8 MB', () => {
    expect(checkVariant('instagram', { text: 'x' }, [])[0]!.code).toBe('sosial.limit.media_required');
    expect(checkVariant('instagram', { text: 'x' }, [jpeg(1080, 1350), jpeg(1080, 566)])).toEqual([]);
    // 1080 / 1500 = 0.72 < 0.8
    expect(checkVariant('instagram', { text: 'x' }, [jpeg(1080, 1500)])[0]).toMatchObject({
      code: 'sosial.limit.media_aspect',
      params: { min: 0.8, max: 1.91, actual: 0.72 },
    });
    expect(checkVariant('instagram', { text: 'x' }, [{ ...jpeg(), mimeType: 'image/png' }])[0]!.code).toBe('sosial.limit.media_type');
    expect(checkVariant('instagram', { text: 'x' }, [jpeg(1080, 1080, 9 * MB)])[0]).toMatchObject({ code: 'sosial.limit.media_too_large', params: { max: 8 } });
  });
  it('a carousel holds at most 10 items of any kind; reels last 3 s–15 min', () => {
    expect(
      checkVariant(
        'instagram',
        { text: 'x' },
        Array.from({ length: 11 }, () => jpeg()),
      )[0],
    ).toMatchObject({ params: { max: 10, actual: 11 } });
    expect(checkVariant('instagram', { text: 'x' }, [mp4(2)])[0]).toMatchObject({
      code: 'sosial.limit.media_duration',
      params: { min: 3, max: 900, actual: 2 },
    });
  });
  it('keeps the daily publishing quota as data (50 per 24 h)', () => {
    expect(platformLimits.instagram.quotas.postsPer24h!.value).toMatchObject({ limit: 50, windowSec: 86400 });
  });
});

describe('YouTube', () => {
  it('needs a title of 2–100 characters without < or >', () => {
    expect(checkVariant('youtube', { text: '', title: 'Ab' }, [mp4(60)])).toEqual([]);
    expect(checkVariant('youtube', { text: '', title: '' }, [mp4(60)])[0]!.code).toBe('sosial.limit.title_required');
    expect(checkVariant('youtube', { text: '', title: 'A' }, [mp4(60)])[0]).toMatchObject({
      field: 'title',
      code: 'sosial.limit.title_too_short',
      params: { min: 2 },
    });
    expect(checkVariant('youtube', { text: '', title: 'a'.repeat(101) }, [mp4(60)])[0]).toMatchObject({
      code: 'sosial.limit.title_too_long',
      params: { max: 100, actual: 101 },
    });
    expect(checkVariant('youtube', { text: '', title: 'Rapat <b>' }, [mp4(60)])[0]!.code).toBe('sosial.limit.title_forbidden');
  });
  it('counts the description in UTF-8 bytes: 2501 × "é" = 5002 bytes', () => {
    const [p] = checkVariant('youtube', { text: 'é'.repeat(2501), title: 'Judul' }, [mp4(60)]);
    expect(p).toMatchObject({ field: 'text', code: 'sosial.limit.text_too_long_bytes', params: { max: 5000, actual: 5002 } });
  });
  it('refuses images', () => {
    expect(checkVariant('youtube', { text: '', title: 'Judul' }, [jpeg()]).map((p) => p.code)).toEqual(['sosial.limit.media_kind']);
  });
});

describe('TikTok and Facebook', () => {
  it('TikTok: video 3–600 s, photo title ≤ 90, up to 35 photos', () => {
    expect(checkVariant('tiktok', { text: 'x' }, [mp4(3)])).toEqual([]);
    expect(checkVariant('tiktok', { text: 'x' }, [mp4(601)])[0]!.params).toMatchObject({ min: 3, max: 600, actual: 601 });
    expect(checkVariant('tiktok', { text: 'x', title: 't'.repeat(91) }, [jpeg()])[0]).toMatchObject({ field: 'title', params: { max: 90, actual: 91 } });
    expect(
      checkVariant(
        'tiktok',
        { text: 'x' },
        Array.from({ length: 36 }, () => jpeg()),
      )[0],
    ).toMatchObject({ params: { max: 35, actual: 36 } });
  });
  it('Facebook: text-only posts allowed; a photo over 4 MB is refused', () => {
    expect(checkVariant('facebook', { text: 'Pengumuman' }, [])).toEqual([]);
    expect(checkVariant('facebook', { text: 'x' }, [jpeg(1080, 1080, 5 * MB)])[0]).toMatchObject({ field: 'media.0', params: { max: 4 } });
  });
  it('every limit names its source and the date it was checked', () => {
    for (const limits of Object.values(platformLimits)) {
      expect(limits.text.source).not.toBe('');
      expect(limits.text.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const q of Object.values(limits.quotas)) expect(q.source).not.toBe('');
    }
  });
});

describe('Instagram stories follow their own media rules', () => {
  it('a 9:16 photo is fine as a story, refused as a feed post (4:5–1.91:1)', () => {
    expect(checkVariant('instagram', { text: '' }, [jpeg(1080, 1920)], { story: true })).toEqual([]);
    expect(checkVariant('instagram', { text: '' }, [jpeg(1080, 1920)]).map((p) => p.code)).toEqual(['sosial.limit.media_aspect']);
  });
  it('a story video lasts 3–60 s and weighs at most 100 MB; a reel may be longer and heavier', () => {
    expect(checkVariant('instagram', { text: '' }, [mp4(60)], { story: true })).toEqual([]);
    const [long] = checkVariant('instagram', { text: '' }, [mp4(90)], { story: true });
    expect(long).toMatchObject({ field: 'media.0', code: 'sosial.limit.media_duration', params: { min: 3, max: 60, actual: 90 } });
    const [heavy] = checkVariant('instagram', { text: '' }, [mp4(30, 1080, 1920, 150 * MB)], { story: true });
    expect(heavy).toMatchObject({ code: 'sosial.limit.media_too_large', params: { max: 100 } });
    expect(checkVariant('instagram', { text: '' }, [mp4(90, 1080, 1920, 150 * MB)])).toEqual([]);
  });
  it('keeps each story value with its date and source, and says which are third-party', () => {
    const story = platformLimits.instagram.story!;
    expect(story.video.durationSec).toMatchObject({ value: [3, 60], checked: '2026-12-07', verified: false });
    expect(story.image.mimeTypes.value).toEqual(['image/jpeg']);
  });
});
