/**
 * Messages of the variants: the problems a variant's switches and media can have beside the text
 * limits of `checkVariant`, and the refusals of the variant API. Registered in the catalogue.
 */
export const varianMessages = {
  id: {
    'sosial.varian.ig_single': '{platform}: unggahan tunggal memuat tepat satu foto atau video.',
    'sosial.varian.ig_carousel': '{platform}: carousel memuat 2–10 foto atau video (sekarang {actual}).',
    'sosial.varian.ig_reel': '{platform}: reel memuat tepat satu video.',
    'sosial.varian.ig_story': '{platform}: story memuat tepat satu foto atau video.',
    'sosial.varian.fb_link_media': '{platform}: unggahan tautan tidak memuat foto atau video; pilih jenis “Foto” atau “Video”.',
    'sosial.varian.fb_link_missing': '{platform}: naskah ini belum punya alamat publik untuk dibagikan.',
    'sosial.varian.fb_photos': '{platform}: unggahan foto memuat satu foto atau lebih, tanpa video.',
    'sosial.varian.fb_video': '{platform}: unggahan video memuat tepat satu video.',
    'sosial.varian.yt_tags_too_long': '{platform}: tag terlalu panjang, {actual} dari paling banyak {max} karakter.',
    'sosial.varian.tt_privacy_required': '{platform}: pilih siapa yang boleh menonton.',
    'sosial.varian.tt_privacy_unknown':
      '{platform}: pilihan privasi belum diketahui (muncul setelah akun tersambung). Kirim sebagai draf ke kotak masuk TikTok, atau nonaktifkan akun ini.',
    'sosial.varian.tt_privacy_not_offered': '{platform}: pilihan privasi ini tidak tersedia untuk akun ini.',
    'sosial.varian.tt_commercial_choice': '{platform}: konten komersial harus menandai “Merek Anda”, “Konten bermerek”, atau keduanya.',
    'sosial.varian.tt_branded_private': '{platform}: konten bermerek tidak boleh diunggah dengan privasi “Hanya saya”.',
    'sosial.varian.media_not_in_item': 'Media nomor {index} bukan foto atau video naskah ini.',
    'sosial.varian.account_not_found': 'Akun media sosial ini tidak ada di unit naskah ini.',
    'sosial.varian.settings_invalid': 'Pengaturan {platform} tidak sah pada kolom {field}.',
    'sosial.varian.thread_only_x': 'Utas hanya untuk X.',
  },
  en: {
    'sosial.varian.ig_single': '{platform}: a single post holds exactly one photo or video.',
    'sosial.varian.ig_carousel': '{platform}: a carousel holds 2–10 photos or videos (now {actual}).',
    'sosial.varian.ig_reel': '{platform}: a reel holds exactly one video.',
    'sosial.varian.ig_story': '{platform}: a story holds exactly one photo or video.',
    'sosial.varian.fb_link_media': '{platform}: a link post holds no photo or video; choose “Photos” or “Video”.',
    'sosial.varian.fb_link_missing': '{platform}: this item has no public address to share yet.',
    'sosial.varian.fb_photos': '{platform}: a photo post holds one or more photos and no video.',
    'sosial.varian.fb_video': '{platform}: a video post holds exactly one video.',
    'sosial.varian.yt_tags_too_long': '{platform}: the tags are too long, {actual} of at most {max} characters.',
    'sosial.varian.tt_privacy_required': '{platform}: choose who may watch.',
    'sosial.varian.tt_privacy_unknown':
      '{platform}: the privacy options are not known yet (they come once the account is connected). Send it as a draft to the TikTok inbox, or turn this account off.',
    'sosial.varian.tt_privacy_not_offered': '{platform}: this privacy option is not offered to this account.',
    'sosial.varian.tt_commercial_choice': '{platform}: commercial content must tick “Your brand”, “Branded content” or both.',
    'sosial.varian.tt_branded_private': '{platform}: branded content cannot be posted as “Only me”.',
    'sosial.varian.media_not_in_item': 'Media number {index} is not a photo or video of this item.',
    'sosial.varian.account_not_found': 'This social media account is not in this item’s unit.',
    'sosial.varian.settings_invalid': 'The {platform} settings are not valid in field {field}.',
    'sosial.varian.thread_only_x': 'Threads are for X only.',
  },
} as const;

export type VarianMessageKey = keyof (typeof varianMessages)['id'];
