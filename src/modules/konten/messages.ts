/** Messages of the content workflow (news, articles, announcements, publications, events, galleries, videos). */
export const kontenMessages = {
  id: {
    'konten.isi_invalid': 'Isi naskah memuat bagian yang tidak dikenal editor. Muat ulang editor lalu simpan lagi.',
    'konten.transition_refused': 'Naskah tidak dapat dipindahkan dari tahap "{from}" ke "{to}".',
    'konten.render.video_link': 'Putar video di YouTube',
    'konten.render.video_note': 'Video dibuka di YouTube; tidak ada yang dimuat dari YouTube sebelum Anda mengekliknya.',
  },
  en: {
    'konten.isi_invalid': 'The text contains parts the editor does not know. Reload the editor and save again.',
    'konten.transition_refused': 'The item cannot move from "{from}" to "{to}".',
    'konten.render.video_link': 'Play the video on YouTube',
    'konten.render.video_note': 'The video opens on YouTube; nothing is loaded from YouTube before you click.',
  },
} as const;
