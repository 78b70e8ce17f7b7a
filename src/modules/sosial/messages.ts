/**
 * Messages of social publishing: the limit problems of `checkVariant` and the classified failures
 * of the adapters. Not yet in `src/i18n/catalogue.ts` (outside this module's boundary): the
 * integrator registers `sosialMessages` there.
 */
export const sosialMessages = {
  id: {
    'sosial.limit.text_required': 'Teks wajib diisi untuk {platform}.',
    'sosial.limit.text_too_long': 'Teks terlalu panjang untuk {platform}: {actual} dari paling banyak {max} karakter.',
    'sosial.limit.text_too_long_bytes': 'Deskripsi terlalu panjang untuk {platform}: {actual} dari paling banyak {max} bita.',
    'sosial.limit.title_required': 'Judul wajib diisi untuk {platform}.',
    'sosial.limit.title_too_short': 'Judul terlalu pendek untuk {platform}: paling sedikit {min} karakter.',
    'sosial.limit.title_too_long': 'Judul terlalu panjang untuk {platform}: {actual} dari paling banyak {max} karakter.',
    'sosial.limit.title_forbidden': 'Judul untuk {platform} tidak boleh memuat tanda {chars}.',
    'sosial.limit.hashtags_too_many': 'Terlalu banyak tagar untuk {platform}: {actual}, paling banyak {max}.',
    'sosial.limit.media_required': '{platform} memerlukan foto atau video.',
    'sosial.limit.media_too_many': 'Terlalu banyak {kind} untuk {platform}: {actual}, paling banyak {max}.',
    'sosial.limit.media_too_few': 'Terlalu sedikit {kind} untuk {platform}: paling sedikit {min}.',
    'sosial.limit.media_kind': '{platform} tidak menerima {kind} pada unggahan ini.',
    'sosial.limit.media_mixed': '{platform} tidak menerima foto dan video dalam satu unggahan.',
    'sosial.limit.media_type': 'Format berkas ini tidak diterima {platform}.',
    'sosial.limit.media_too_large': 'Berkas terlalu besar untuk {platform}: paling besar {max} MB.',
    'sosial.limit.media_duration': 'Durasi video untuk {platform} harus {min}–{max} detik (video ini {actual} detik).',
    'sosial.limit.media_aspect': 'Perbandingan lebar dan tinggi tidak diterima {platform} (harus antara {min} dan {max}, berkas ini {actual}).',
  },
  en: {
    'sosial.limit.text_required': 'Text is required for {platform}.',
    'sosial.limit.text_too_long': 'The text is too long for {platform}: {actual} of at most {max} characters.',
    'sosial.limit.text_too_long_bytes': 'The description is too long for {platform}: {actual} of at most {max} bytes.',
    'sosial.limit.title_required': 'A title is required for {platform}.',
    'sosial.limit.title_too_short': 'The title is too short for {platform}: at least {min} characters.',
    'sosial.limit.title_too_long': 'The title is too long for {platform}: {actual} of at most {max} characters.',
    'sosial.limit.title_forbidden': 'A title for {platform} may not contain {chars}.',
    'sosial.limit.hashtags_too_many': 'Too many hashtags for {platform}: {actual}, at most {max}.',
    'sosial.limit.media_required': '{platform} needs a photo or a video.',
    'sosial.limit.media_too_many': 'Too many {kind} items for {platform}: {actual}, at most {max}.',
    'sosial.limit.media_too_few': 'Too few {kind} items for {platform}: at least {min}.',
    'sosial.limit.media_kind': '{platform} does not accept {kind} in this post.',
    'sosial.limit.media_mixed': '{platform} does not accept photos and a video in one post.',
    'sosial.limit.media_type': '{platform} does not accept this file format.',
    'sosial.limit.media_too_large': 'The file is too large for {platform}: at most {max} MB.',
    'sosial.limit.media_duration': 'A video for {platform} must last {min}–{max} seconds (this one lasts {actual}).',
    'sosial.limit.media_aspect': '{platform} does not accept this width-to-height ratio (it must be between {min} and {max}; this file is {actual}).',
  },
} as const;

export type SosialMessageKey = keyof (typeof sosialMessages)['id'];

export const platformNames = { facebook: 'Facebook', instagram: 'Instagram', x: 'X', youtube: 'YouTube', tiktok: 'TikTok' } as const;

export function renderSosialMessage(lang: 'id' | 'en', key: SosialMessageKey, params: Record<string, string | number>): string {
  return sosialMessages[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
