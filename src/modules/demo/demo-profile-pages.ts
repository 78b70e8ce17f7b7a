// The Profil pages (seed 000 §2) of the three demo units. Everything is fictional: the province,
// its history, its people and its numbers.

type Page = { slug: string; title: string; body: string };

const bpsdmd: Page[] = [
  {
    slug: 'sejarah',
    title: 'Sejarah Singkat',
    body: `BPSDMD Provinsi Nusa Lontar berawal dari Balai Pendidikan dan Pelatihan Pegawai yang dibentuk pada tahun 1986 di Kota Batu Lontar, dengan dua ruang kelas dan satu asrama.

Pada tahun 2009 balai ini menjadi Badan Pendidikan dan Pelatihan Daerah, dan sejak 2017 berganti nama menjadi Badan Pengembangan Sumber Daya Manusia Daerah. Sejak itu BPSDMD menyelenggarakan pengembangan kompetensi aparatur sipil negara di seluruh kabupaten dan kota Nusa Lontar, termasuk pelatihan jarak jauh bagi pegawai di pulau-pulau terluar.

## Tonggak penting

- 1986: Balai Pendidikan dan Pelatihan Pegawai berdiri;
- 2009: menjadi Badan Diklat Daerah;
- 2017: menjadi BPSDMD;
- 2021: kelas daring pertama untuk 14 kecamatan kepulauan;
- 2025: pusat asesmen kompetensi mulai melayani seluruh perangkat daerah.`,
  },
  {
    slug: 'visi-misi-tupoksi',
    title: 'Visi, Misi dan Tupoksi',
    body: `## Visi

Aparatur Nusa Lontar yang kompeten, berintegritas dan melayani.

## Misi

- Menyelenggarakan pelatihan yang bermutu dan merata;
- Mengembangkan pembelajaran daring bagi pegawai di daerah terpencil;
- Membangun kemitraan dengan perguruan tinggi dan lembaga pelatihan.

## Tugas pokok

Membantu Gubernur melaksanakan fungsi penunjang urusan pemerintahan di bidang pengembangan sumber daya manusia aparatur.

## Fungsi

- Penyusunan kebijakan teknis pengembangan kompetensi;
- Penyelenggaraan pelatihan kepemimpinan, manajerial, teknis dan fungsional;
- Penilaian kompetensi dan pemetaan talenta aparatur;
- Pelaksanaan administrasi badan.`,
  },
  {
    slug: 'akreditasi',
    title: 'Akreditasi',
    body: `BPSDMD Provinsi Nusa Lontar terakreditasi **A** sebagai lembaga penyelenggara pelatihan aparatur (sertifikat fiktif Nomor 0000/DEMO/2025, berlaku sampai 2030).

Program yang terakreditasi:

- Pelatihan Kepemimpinan Administrator dan Pengawas;
- Pelatihan Dasar Calon Pegawai Negeri Sipil;
- Pelatihan teknis pelayanan publik dan pengelolaan keuangan daerah.`,
  },
  {
    slug: 'struktur-organisasi',
    title: 'Struktur Organisasi',
    body: `## Pimpinan

- Kepala Badan;
- Sekretaris, membawahi Subbagian Umum dan Kepegawaian serta Subbagian Keuangan dan Program.

## Bidang

- Bidang Manajerial: pelatihan kepemimpinan dan manajerial;
- Bidang Teknis: pelatihan teknis dan fungsional;
- Bidang Pemerintahan: pengembangan kompetensi pemerintahan dan sertifikasi;
- Kelompok Jabatan Fungsional Widyaiswara.`,
  },
  {
    slug: 'sdm',
    title: 'Sumber Daya Manusia',
    body: `Per Januari 2026 BPSDMD didukung 96 pegawai:

- 18 widyaiswara;
- 52 pegawai negeri sipil struktural dan fungsional lain;
- 11 pegawai pemerintah dengan perjanjian kerja (PPPK);
- 15 tenaga harian lepas, termasuk juru kamera dan pengelola situs.

Setiap widyaiswara menempuh paling sedikit 20 jam pengembangan kompetensi setiap tahun.`,
  },
  {
    slug: 'fasilitas',
    title: 'Fasilitas',
    body: `- 12 ruang kelas ber-AC dengan proyektor, dua di antaranya untuk kelas hibrida;
- Asrama 120 tempat tidur, termasuk 6 kamar ramah disabilitas;
- Laboratorium komputer 40 unit dan studio rekaman pembelajaran daring;
- Perpustakaan dengan 4.000 judul dan ruang baca terbuka untuk umum;
- Aula serbaguna 300 kursi dan lapangan olahraga.

Fasilitas dapat dipinjam perangkat daerah lain melalui Subbagian Umum.`,
  },
];

const diskominfo: Page[] = [
  {
    slug: 'sejarah',
    title: 'Sejarah Singkat',
    body: `Dinas Komunikasi dan Informatika Provinsi Nusa Lontar dibentuk pada tahun 2016 dari penggabungan Biro Humas dan Kantor Pengolahan Data Elektronik.

Sejak 2020 Diskominfo menjadi Media Center Pemerintah Provinsi: mengelola akun media sosial resmi Pemerintah Provinsi, mendampingi tim publikasi di setiap perangkat daerah, dan menjadi PPID Utama provinsi.`,
  },
  {
    slug: 'visi-misi-tupoksi',
    title: 'Visi, Misi dan Tupoksi',
    body: `## Visi

Informasi publik Nusa Lontar yang terbuka, cepat dan dapat dipercaya.

## Misi

- Menyebarluaskan informasi pembangunan ke seluruh pulau;
- Mengelola layanan informasi publik sesuai Undang-Undang Keterbukaan Informasi Publik;
- Membangun infrastruktur dan aplikasi pemerintahan berbasis elektronik.

## Tugas pokok

Membantu Gubernur melaksanakan urusan pemerintahan bidang komunikasi dan informatika, statistik dan persandian.`,
  },
  {
    slug: 'akreditasi',
    title: 'Penghargaan',
    body: `- Badan Publik Informatif pada Monitoring dan Evaluasi Keterbukaan Informasi Publik tingkat provinsi 2025 (fiktif);
- Peringkat terbaik pengelolaan Sistem Pemerintahan Berbasis Elektronik wilayah timur 2024 (fiktif).`,
  },
  {
    slug: 'struktur-organisasi',
    title: 'Struktur Organisasi',
    body: `- Kepala Dinas;
- Sekretariat;
- Bidang Informasi dan Komunikasi Publik (Media Center);
- Bidang Aplikasi Informatika;
- Bidang Statistik dan Persandian;
- Unit Pelaksana Teknis Layanan Pengadaan Secara Elektronik.`,
  },
  {
    slug: 'sdm',
    title: 'Sumber Daya Manusia',
    body: `Diskominfo didukung 74 pegawai, di antaranya 9 pranata hubungan masyarakat, 14 pranata komputer, 6 statistisi dan 4 sandiman, serta 12 tenaga harian lepas untuk peliputan dan produksi video.`,
  },
  {
    slug: 'fasilitas',
    title: 'Fasilitas',
    body: `- Ruang Media Center dengan studio siaran langsung;
- Ruang layanan informasi publik (PPID) yang ramah disabilitas, buka pada hari kerja;
- Pusat data provinsi dan ruang kendali jaringan antarpulau.`,
  },
];

const dinasPupr: Page[] = [
  {
    slug: 'sejarah',
    title: 'Sejarah Singkat',
    body: `Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Nusa Lontar merupakan kelanjutan dari Dinas Pekerjaan Umum yang berdiri sejak provinsi ini terbentuk.

Dinas ini membangun dan memelihara jalan provinsi sepanjang 1.420 km (angka fiktif), jaringan irigasi, dan sarana air bersih di pulau-pulau kecil.`,
  },
  {
    slug: 'visi-misi-tupoksi',
    title: 'Visi, Misi dan Tupoksi',
    body: `## Visi

Infrastruktur yang menghubungkan setiap pulau Nusa Lontar.

## Misi

- Membangun dan memelihara jalan serta jembatan provinsi;
- Menyediakan air baku dan air bersih bagi permukiman;
- Menata ruang wilayah yang tangguh bencana.`,
  },
  {
    slug: 'akreditasi',
    title: 'Sertifikasi',
    body: `Laboratorium pengujian bahan konstruksi Dinas PUPR bersertifikat ISO/IEC 17025 (sertifikat fiktif, berlaku sampai 2028).`,
  },
  {
    slug: 'struktur-organisasi',
    title: 'Struktur Organisasi',
    body: `- Kepala Dinas;
- Sekretariat;
- Bidang Bina Marga;
- Bidang Cipta Karya;
- Bidang Sumber Daya Air;
- Unit Pelaksana Teknis Laboratorium dan Peralatan.`,
  },
  {
    slug: 'sdm',
    title: 'Sumber Daya Manusia',
    body: `Dinas PUPR didukung 188 pegawai, di antaranya 41 tenaga teknik sipil, 12 perencana tata ruang dan 23 pengawas lapangan.`,
  },
  {
    slug: 'fasilitas',
    title: 'Fasilitas',
    body: `- Laboratorium pengujian bahan;
- Bengkel dan gudang alat berat di tiga pulau;
- Ruang layanan informasi dan pengaduan jalan rusak.`,
  },
];

/** Every Profil page of the demo units, by unit slug. */
export const demoProfilePages: Record<string, Page[]> = { bpsdmd, diskominfo, 'dinas-pupr': dinasPupr };
