/** Words of the public content pages (news, articles and the other kinds on the unit's site). */
export const kontenPublicMessages = {
  id: {
    'konten.publik.terbit': 'Terbit {date}',
    'konten.publik.media_center': 'Dari perangkat daerah',
    'konten.publik.diperbarui': 'Diperbarui {date}',
    'konten.publik.belum_terbit': 'Belum terbit',
    'konten.publik.dijadwalkan': 'Dijadwalkan terbit {date}',
    'konten.publik.oleh': 'Oleh {nama}',
    'konten.publik.tag': 'Tag',
    'konten.publik.halaman_berita': 'Halaman daftar berita',
    'konten.publik.halaman_artikel': 'Halaman daftar artikel',
    'konten.publik.halaman_daftar': 'Halaman daftar',
    'konten.publik.semua_berita': 'Semua berita',
    'konten.publik.home_empty_hint':
      'Tim publikasi unit ini dapat menulis berita di halaman admin Warta. Berita tampil di sini setelah diperiksa redaktur, disetujui kepala unit, dan diterbitkan.',
    'konten.publik.artikel_intro': 'Tulisan ASN {unit}: gagasan, pengalaman, dan pengetahuan yang dibagikan.',
    'konten.publik.agenda_waktu': 'Waktu',
    'konten.publik.agenda_tempat': 'Tempat',
  },
  en: {
    'konten.publik.terbit': 'Published {date}',
    'konten.publik.media_center': 'From the agencies',
    'konten.publik.diperbarui': 'Updated {date}',
    'konten.publik.belum_terbit': 'Not published yet',
    'konten.publik.dijadwalkan': 'Scheduled for {date}',
    'konten.publik.oleh': 'By {nama}',
    'konten.publik.tag': 'Tags',
    'konten.publik.halaman_berita': 'Pages of the news list',
    'konten.publik.halaman_artikel': 'Pages of the article list',
    'konten.publik.halaman_daftar': 'Pages of the list',
    'konten.publik.semua_berita': 'All news',
    'konten.publik.home_empty_hint':
      "This unit's publication team writes news in Warta's admin. News appears here once the editor has checked it, the head of the unit has approved it, and it is published.",
    'konten.publik.artikel_intro': 'Writing by the civil servants of {unit}: ideas, experience and knowledge they share.',
    'konten.publik.agenda_waktu': 'When',
    'konten.publik.agenda_tempat': 'Where',
  },
} as const;
