/** Messages of the public sites' feeds, sitemaps and 404 page, Indonesian first. */
export const siteWebMessages = {
  id: {
    'site.feed.rss': '{judul} (RSS)',
    'site.feed.atom': '{judul} (Atom)',
    'site.feed.unit': 'Terbitan terbaru {unit}',
    'site.feed.jenis': '{jenis} — {unit}',
    'site.feed.bidang': 'Berita {bidang} — {unit}',
    'site.feed.description': 'Terbitan terbaru di situs {unit}.',
    'site.not_found.asked': 'Alamat yang Anda minta:',
    'site.not_found.sections': 'Bagian situs ini',
    'site.not_found.search': 'Cari di situs ini',
    'site.not_found.search_label': 'Kata yang dicari',
    'site.not_found.search_button': 'Cari',
  },
  en: {
    'site.feed.rss': '{judul} (RSS)',
    'site.feed.atom': '{judul} (Atom)',
    'site.feed.unit': 'Latest from {unit}',
    'site.feed.jenis': '{jenis} — {unit}',
    'site.feed.bidang': 'News of {bidang} — {unit}',
    'site.feed.description': 'The latest publications on the site of {unit}.',
    'site.not_found.asked': 'The address you asked for:',
    'site.not_found.sections': 'Sections of this site',
    'site.not_found.search': 'Search this site',
    'site.not_found.search_label': 'Search for',
    'site.not_found.search_button': 'Search',
  },
} as const;
