import type { Atribut, JenisKonten } from '../konten/terms.ts';

// Fictional news and articles of the demo units: the activities of a training agency and two
// agencies that train their own staff and partners. No real person, event or figure is meant.

/** Where the demo leaves an item: published, or waiting on someone in the workflow. */
export type DemoKeadaan = 'terbit' | 'draf' | 'diajukan' | 'ditinjau' | 'dikembalikan' | 'menunggu_persetujuan' | 'disetujui' | 'dijadwalkan';

export type DemoKonten = {
  unit: string;
  jenis: JenisKonten;
  /** The demo person (demo-data.ts key) who writes it. */
  oleh: string;
  keadaan: DemoKeadaan;
  /** berita: the bidang's name in the unit. */
  bidang?: string;
  /** artikel: the demo person shown as its author. */
  penulis?: string;
  judul: string;
  ringkasan: string;
  /** Paragraphs; one starting with "## " is a heading. */
  isi: string[];
  tags?: string[];
  atribut?: Atribut;
  /** terbit: how many days ago it was published (the site sorts by this). */
  hariLalu?: number;
  /** ditinjau: how many of the nine FBS items the redaktur has confirmed so far. */
  fbs?: number;
  /** dikembalikan: the note it came back with. */
  catatan?: string;
  /** terbit: an edit made after publication, now under review while the published text stays up. */
  suntingan?: { ringkasan: string };
  /** Made before the unit turned its redaktur step on: it went straight to the head. */
  sebelumRedaktur?: boolean;
  /** terbit: proposed to the pemda's Media Center, and how far that went. */
  mediaCenter?: 'diusulkan' | 'diterima';
};

const bpsdmd: DemoKonten[] = [
  {
    unit: 'bpsdmd',
    jenis: 'berita',
    oleh: 'editor',
    keadaan: 'terbit',
    bidang: 'Manajerial',
    hariLalu: 2,
    sebelumRedaktur: true,
    judul: 'Pelatihan Kepemimpinan Pengawas Angkatan III Resmi Dibuka',
    ringkasan:
      'Empat puluh pejabat pengawas dari sebelas perangkat daerah mengikuti Pelatihan Kepemimpinan Pengawas Angkatan III selama empat bulan, termasuk tiga pekan pembelajaran klasikal di kampus BPSDMD.',
    isi: [
      'Kepala BPSDMD Provinsi Nusa Lontar membuka Pelatihan Kepemimpinan Pengawas (PKP) Angkatan III di Aula Cendana, Senin pagi. Sebanyak empat puluh pejabat pengawas dari sebelas perangkat daerah provinsi dan kabupaten/kota mengikuti pelatihan yang berlangsung selama empat bulan ini.',
      'Dalam sambutannya, Kepala Badan menekankan bahwa pelatihan kepemimpinan bukan sekadar syarat administrasi jabatan. "Setiap peserta membawa satu persoalan nyata dari unit kerjanya, dan pulang dengan aksi perubahan yang bisa diukur hasilnya," ujarnya.',
      '## Tiga tahap pembelajaran',
      'Pelatihan terbagi atas pembelajaran mandiri secara daring, pembelajaran klasikal selama tiga pekan di kampus BPSDMD, dan tahap aktualisasi di tempat kerja masing-masing. Pada tahap akhir, setiap peserta mempresentasikan hasil aksi perubahannya di hadapan penguji, mentor, dan coach.',
      'Panitia menyiapkan asrama, perpustakaan, dan ruang diskusi kelompok yang dapat digunakan peserta hingga pukul 21.00 WITA. Materi dan jadwal lengkap dapat diunduh peserta melalui sistem pembelajaran daring BPSDMD.',
    ],
    tags: ['pelatihan kepemimpinan', 'PKP'],
    mediaCenter: 'diusulkan',
  },
  {
    unit: 'bpsdmd',
    jenis: 'berita',
    oleh: 'kontributor',
    keadaan: 'terbit',
    bidang: 'Teknis',
    hariLalu: 8,
    sebelumRedaktur: true,
    judul: 'Bimbingan Teknis Analisis Jabatan bagi Pengelola Kepegawaian',
    ringkasan:
      'Tiga puluh lima pengelola kepegawaian belajar menyusun analisis jabatan dan analisis beban kerja langsung dari data unit kerja masing-masing dalam bimbingan teknis tiga hari.',
    isi: [
      'BPSDMD menyelenggarakan bimbingan teknis penyusunan analisis jabatan dan analisis beban kerja bagi tiga puluh lima pengelola kepegawaian perangkat daerah. Kegiatan berlangsung tiga hari di ruang kelas Lontar dan diakhiri dengan penyerahan dokumen rancangan oleh setiap peserta.',
      'Berbeda dari tahun sebelumnya, peserta diminta membawa data uraian tugas dan volume pekerjaan unit kerjanya sendiri. Dengan begitu, hasil latihan dapat langsung dipakai sebagai bahan usulan kebutuhan pegawai tahun berikutnya.',
      'Widyaiswara pengampu menjelaskan bahwa kesalahan yang paling sering ditemui adalah uraian tugas yang disalin dari jabatan lain tanpa disesuaikan. "Analisis jabatan yang baik berangkat dari pekerjaan yang benar-benar dikerjakan setiap hari," katanya.',
    ],
    tags: ['bimtek', 'kepegawaian'],
    mediaCenter: 'diterima',
  },
  {
    unit: 'bpsdmd',
    jenis: 'berita',
    oleh: 'editor',
    keadaan: 'terbit',
    bidang: 'Umum',
    hariLalu: 13,
    sebelumRedaktur: true,
    judul: 'Seratus Dua Puluh CPNS Mulai Pelatihan Dasar Golongan III',
    ringkasan:
      'Calon pegawai negeri sipil formasi tahun ini memulai Pelatihan Dasar dengan apel pembukaan dan pembagian kelompok aktualisasi; pembelajaran klasikal berlangsung selama dua puluh satu hari.',
    isi: [
      'Seratus dua puluh calon pegawai negeri sipil (CPNS) golongan III mengikuti apel pembukaan Pelatihan Dasar di lapangan kampus BPSDMD. Peserta dibagi ke dalam empat angkatan dan akan menjalani pembelajaran klasikal selama dua puluh satu hari.',
      'Pelatihan Dasar membekali CPNS dengan nilai dasar ASN, pemahaman kedudukan dan peran ASN, serta kemampuan mengaktualisasikan nilai tersebut di tempat kerja. Setiap peserta didampingi seorang coach dari widyaiswara dan seorang mentor dari unit kerjanya.',
      'Selama pelatihan, peserta tinggal di asrama dan mengikuti kegiatan pagi berupa senam dan diskusi kelompok. Panitia mengingatkan peserta untuk menjaga kesehatan dan melaporkan keluhan kepada petugas klinik kampus.',
    ],
    tags: ['latsar', 'CPNS'],
  },
  {
    unit: 'bpsdmd',
    jenis: 'berita',
    oleh: 'kontributor',
    keadaan: 'terbit',
    bidang: 'Teknis',
    hariLalu: 20,
    sebelumRedaktur: true,
    judul: 'Widyaiswara Susun Kurikulum Pembelajaran Daring untuk Pelatihan Teknis',
    ringkasan:
      'Dua belas widyaiswara menyusun ulang enam mata pelatihan teknis agar dapat diikuti secara daring oleh pegawai di pulau-pulau yang jauh dari ibu kota provinsi.',
    isi: [
      'Dua belas widyaiswara BPSDMD mengikuti lokakarya penyusunan kurikulum pembelajaran daring selama lima hari. Hasilnya, enam mata pelatihan teknis disusun ulang menjadi modul pendek yang dapat dipelajari mandiri dan diakhiri dengan tugas praktik.',
      'Langkah ini diambil karena banyak pegawai di pulau-pulau kecil kesulitan mengikuti pelatihan tatap muka. Biaya perjalanan dan waktu tempuh yang panjang sering membuat kuota pelatihan dari daerah tersebut tidak terisi.',
      'Modul daring pertama, tentang tata naskah dinas elektronik, dijadwalkan dibuka bulan depan. Pendaftaran akan diumumkan melalui laman ini dan surat edaran kepada perangkat daerah.',
    ],
    tags: ['widyaiswara', 'pembelajaran daring'],
    suntingan: {
      ringkasan:
        'Dua belas widyaiswara menyusun ulang enam mata pelatihan teknis agar dapat diikuti secara daring oleh pegawai di pulau-pulau yang jauh dari ibu kota provinsi. Modul pertama dibuka bulan depan.',
    },
  },
  {
    unit: 'bpsdmd',
    jenis: 'artikel',
    oleh: 'kontributor',
    penulis: 'kontributor',
    keadaan: 'terbit',
    hariLalu: 10,
    sebelumRedaktur: true,
    judul: 'Belajar dari Aksi Perubahan: Tiga Kebiasaan Kecil yang Mengubah Layanan',
    ringkasan:
      'Dari puluhan aksi perubahan alumni pelatihan kepemimpinan, yang bertahan lama justru yang paling sederhana. Tiga kebiasaan kecil membuat perbedaannya.',
    isi: [
      'Setiap tahun kami menguji puluhan aksi perubahan peserta pelatihan kepemimpinan. Ada aplikasi, ada prosedur baru, ada forum koordinasi. Setahun kemudian, ketika kami berkunjung ke unit kerja alumni, hanya sebagian yang masih berjalan. Yang bertahan ternyata bukan yang paling canggih.',
      '## Mulai dari keluhan yang nyata',
      'Aksi perubahan yang bertahan hampir selalu berangkat dari keluhan yang didengar sendiri oleh peserta: antrean yang panjang, berkas yang hilang, informasi yang simpang siur. Masalahnya jelas, sehingga orang di sekitarnya ikut merasa perlu memperbaikinya.',
      '## Libatkan yang akan meneruskan',
      'Peserta yang sejak awal mengajak staf pelaksana, bukan hanya atasan, lebih jarang meninggalkan aksi yang mati ketika ia pindah jabatan. Staf yang ikut merancang akan meneruskan.',
      '## Ukur dengan angka sederhana',
      'Jumlah berkas selesai per minggu, lama menunggu, jumlah keluhan. Angka sederhana yang dicatat rutin lebih meyakinkan daripada laporan tebal yang dibuat sekali di akhir pelatihan.',
    ],
    tags: ['aksi perubahan', 'kepemimpinan'],
  },
  {
    unit: 'bpsdmd',
    jenis: 'berita',
    oleh: 'editor',
    keadaan: 'diajukan',
    bidang: 'Teknis',
    judul: 'Peserta Pelatihan Pengadaan Barang/Jasa Kunjungi Layanan Pengadaan Elektronik',
    ringkasan: 'Tiga puluh peserta pelatihan pengadaan barang/jasa belajar langsung proses tender elektronik di layanan pengadaan provinsi.',
    isi: [
      'Tiga puluh peserta pelatihan pengadaan barang/jasa tingkat dasar melakukan kunjungan lapangan ke layanan pengadaan secara elektronik provinsi. Peserta mengamati proses tender dari pengumuman hingga penetapan pemenang.',
      'Kunjungan ini melengkapi materi kelas tentang prinsip pengadaan dan etika pengelola pengadaan. Peserta akan mengikuti ujian sertifikasi pada pekan berikutnya.',
    ],
    tags: ['pengadaan'],
  },
  {
    unit: 'bpsdmd',
    jenis: 'berita',
    oleh: 'kontributor',
    keadaan: 'ditinjau',
    bidang: 'Umum',
    fbs: 5,
    judul: 'Perpustakaan BPSDMD Perpanjang Jam Layanan Selama Masa Pelatihan',
    ringkasan: 'Selama pelatihan berlangsung, perpustakaan kampus BPSDMD buka hingga pukul 21.00 WITA setiap hari kerja.',
    isi: [
      'Perpustakaan kampus BPSDMD memperpanjang jam layanan hingga pukul 21.00 WITA setiap hari kerja selama masa pelatihan. Peserta dapat meminjam buku, menggunakan komputer, dan memakai ruang diskusi kelompok.',
      'Petugas perpustakaan juga membantu peserta mencari referensi untuk rancangan aksi perubahan dan laporan aktualisasi.',
    ],
    tags: ['perpustakaan'],
  },
  {
    unit: 'bpsdmd',
    jenis: 'berita',
    oleh: 'editor',
    keadaan: 'menunggu_persetujuan',
    bidang: 'Pemerintahan',
    judul: 'Alumni Pelatihan Dasar Terapkan Aktualisasi di Kantor Kecamatan',
    ringkasan: 'Evaluasi pascapelatihan menemukan sebagian besar alumni Pelatihan Dasar masih menjalankan kegiatan aktualisasinya enam bulan kemudian.',
    isi: [
      'Tim evaluasi pascapelatihan BPSDMD mengunjungi dua belas kantor kecamatan tempat alumni Pelatihan Dasar bertugas. Sebagian besar kegiatan aktualisasi, seperti papan informasi layanan dan buku tamu pengaduan, masih dijalankan enam bulan setelah pelatihan.',
      'Hasil evaluasi akan dipakai untuk memperbaiki materi aktualisasi pada angkatan berikutnya.',
    ],
    tags: ['evaluasi', 'latsar'],
  },
  {
    unit: 'bpsdmd',
    jenis: 'berita',
    oleh: 'kontributor',
    keadaan: 'dikembalikan',
    bidang: 'Manajerial',
    catatan:
      'Mohon lengkapi nama resmi kegiatan dan jumlah peserta. Foto siswa sekolah yang ikut menyambut peserta perlu izin orang tua atau diganti (FBS butir 8).',
    judul: 'Peserta PKA Studi Lapangan ke Kabupaten Tetangga',
    ringkasan: 'Peserta pelatihan kepemimpinan administrator mempelajari inovasi layanan kesehatan di kabupaten tetangga.',
    isi: [
      'Peserta pelatihan kepemimpinan administrator melakukan studi lapangan ke kabupaten tetangga untuk mempelajari inovasi layanan kesehatan keliling.',
      'Peserta disambut siswa sekolah dasar setempat dan berdiskusi dengan petugas puskesmas.',
    ],
    tags: ['PKA'],
  },
  {
    unit: 'bpsdmd',
    jenis: 'pengumuman',
    oleh: 'admin-medsos',
    keadaan: 'disetujui',
    sebelumRedaktur: true,
    judul: 'Pendaftaran Pelatihan Teknis Semester I Dibuka',
    ringkasan: 'Perangkat daerah dapat mengusulkan peserta pelatihan teknis semester I melalui surat resmi hingga akhir bulan.',
    isi: [
      'BPSDMD membuka pendaftaran pelatihan teknis semester I. Perangkat daerah mengusulkan peserta melalui surat resmi kepada Kepala BPSDMD dengan melampirkan daftar nama, NIP, dan jabatan.',
      'Kuota setiap pelatihan terbatas. Usulan yang masuk setelah batas waktu akan dipertimbangkan untuk semester berikutnya.',
    ],
  },
  {
    unit: 'bpsdmd',
    jenis: 'berita',
    oleh: 'editor',
    keadaan: 'dijadwalkan',
    sebelumRedaktur: true,
    bidang: 'Sekretariat',
    judul: 'BPSDMD Buka Pelatihan Pengelolaan Arsip Dinamis',
    ringkasan: 'Pelatihan pengelolaan arsip dinamis untuk arsiparis dan pengelola arsip perangkat daerah dibuka pekan depan.',
    isi: [
      'BPSDMD akan menyelenggarakan pelatihan pengelolaan arsip dinamis bagi arsiparis dan pengelola arsip perangkat daerah. Pelatihan berlangsung lima hari dan membahas penataan arsip aktif, jadwal retensi, dan alih media.',
      'Peserta diminta membawa contoh daftar arsip dari unit kerjanya untuk latihan.',
    ],
    tags: ['kearsipan'],
  },
  {
    unit: 'bpsdmd',
    jenis: 'video',
    oleh: 'editor-video',
    keadaan: 'draf',
    judul: 'Video: Apel Pembukaan Pelatihan Dasar CPNS',
    ringkasan: 'Rangkuman tiga menit apel pembukaan Pelatihan Dasar CPNS golongan III.',
    isi: ['Video ini merangkum apel pembukaan dan kegiatan hari pertama Pelatihan Dasar. Penyuntingan suara belum selesai.'],
    // A made-up address: the draft is not public, and nothing loads from YouTube unless clicked.
    atribut: { youtube: 'https://youtu.be/NusaLontar1' },
  },
  {
    unit: 'bpsdmd',
    jenis: 'berita',
    oleh: 'kameramen',
    keadaan: 'draf',
    bidang: 'Manajerial',
    judul: 'Diskusi Kelompok Peserta PKP Angkatan III Berlanjut hingga Malam',
    ringkasan: 'Catatan liputan pekan pertama PKP Angkatan III: peserta memakai ruang diskusi kelompok hingga malam.',
    isi: ['Catatan liputan dari kamera: kelompok tiga dan lima memakai ruang diskusi hingga pukul 21.00 WITA. Kutipan peserta dan keterangan foto menyusul.'],
  },
];

const diskominfo: DemoKonten[] = [
  {
    unit: 'diskominfo',
    jenis: 'berita',
    oleh: 'medsos-diskominfo',
    keadaan: 'terbit',
    bidang: 'Informasi dan Komunikasi Publik',
    hariLalu: 3,
    judul: 'Seratus Pengelola Media Sosial Perangkat Daerah Ikuti Pelatihan Penulisan Berita',
    ringkasan:
      'Diskominfo melatih pengelola media sosial dan situs web perangkat daerah menulis berita yang singkat, akurat, dan ramah pembaca ponsel, termasuk memeriksa fakta sebelum membagikan.',
    isi: [
      'Dinas Komunikasi dan Informatika menyelenggarakan pelatihan penulisan berita bagi seratus pengelola media sosial dan situs web perangkat daerah. Pelatihan berlangsung dua hari dalam empat kelas paralel.',
      'Materi meliputi struktur berita, penulisan judul yang jelas, pemilihan foto, serta daftar periksa sebelum membagikan informasi. Peserta berlatih menulis ulang siaran pers menjadi berita pendek yang nyaman dibaca di ponsel.',
      'Setiap perangkat daerah diminta menunjuk sedikitnya dua pengelola yang saling memeriksa tulisan sebelum terbit, sesuai pedoman tata kelola media sosial pemerintah daerah.',
    ],
    tags: ['media sosial', 'pelatihan'],
  },
  {
    unit: 'diskominfo',
    jenis: 'berita',
    oleh: 'medsos-diskominfo',
    keadaan: 'terbit',
    bidang: 'Aplikasi Informatika',
    hariLalu: 9,
    judul: 'Operator Layanan Aduan Daring Perangkat Daerah Dilatih Menjawab dalam Tiga Hari Kerja',
    ringkasan: 'Lima puluh operator layanan aduan daring belajar meneruskan aduan ke unit yang tepat dan menjawab warga dalam tiga hari kerja.',
    isi: [
      'Lima puluh operator layanan aduan daring dari seluruh perangkat daerah mengikuti pelatihan pengelolaan aduan. Peserta belajar memilah aduan, meneruskannya ke unit yang berwenang, dan menulis jawaban yang dapat dipahami warga.',
      'Diskominfo menargetkan setiap aduan dijawab paling lambat tiga hari kerja. Aduan yang memerlukan tindak lanjut lapangan diberi jawaban sementara berisi perkiraan waktu penyelesaian.',
      'Operator juga diingatkan untuk tidak menampilkan data pribadi pelapor pada jawaban yang dapat dilihat publik.',
    ],
    tags: ['aduan', 'layanan publik'],
  },
  {
    unit: 'diskominfo',
    jenis: 'berita',
    oleh: 'medsos-diskominfo',
    keadaan: 'terbit',
    bidang: 'Statistik dan Persandian',
    hariLalu: 16,
    judul: 'Pelatihan Keamanan Informasi bagi Pengelola Jaringan Perangkat Daerah',
    ringkasan: 'Pengelola jaringan perangkat daerah berlatih mengenali surel tipuan, mengelola kata sandi, dan melaporkan insiden keamanan.',
    isi: [
      'Bidang Statistik dan Persandian Diskominfo menggelar pelatihan keamanan informasi bagi pengelola jaringan perangkat daerah. Peserta berlatih mengenali surel tipuan dan tautan berbahaya melalui simulasi.',
      'Materi juga mencakup pengelolaan kata sandi, verifikasi dua langkah, dan alur pelaporan insiden kepada tim tanggap insiden provinsi.',
      'Setiap peserta pulang dengan daftar periksa keamanan sederhana untuk diterapkan di kantornya masing-masing.',
    ],
    tags: ['keamanan informasi', 'persandian'],
  },
  {
    unit: 'diskominfo',
    jenis: 'berita',
    oleh: 'medsos-diskominfo',
    keadaan: 'terbit',
    bidang: 'Statistik dan Persandian',
    hariLalu: 24,
    judul: 'Forum Data Daerah Sepakati Jadwal Pemutakhiran Data Sektoral',
    ringkasan: 'Walidata dan produsen data perangkat daerah menyepakati jadwal pemutakhiran data sektoral setiap triwulan.',
    isi: [
      'Forum Data Daerah menyepakati jadwal pemutakhiran data sektoral setiap triwulan. Rapat dihadiri walidata provinsi dan produsen data dari seluruh perangkat daerah.',
      'Sebelum rapat, peserta mengikuti kelas singkat tentang standar data dan metadata agar data yang diserahkan dapat langsung dipakai lintas perangkat daerah.',
    ],
    tags: ['satu data'],
  },
  {
    unit: 'diskominfo',
    jenis: 'berita',
    oleh: 'medsos-diskominfo',
    keadaan: 'menunggu_persetujuan',
    bidang: 'Informasi dan Komunikasi Publik',
    judul: 'Diskominfo Buka Kelas Fotografi Kegiatan untuk Humas Perangkat Daerah',
    ringkasan: 'Kelas fotografi kegiatan membantu humas perangkat daerah menghasilkan foto yang jelas dan menghormati privasi warga.',
    isi: [
      'Diskominfo membuka kelas fotografi kegiatan bagi humas perangkat daerah. Peserta belajar komposisi, pencahayaan, dan penulisan keterangan foto.',
      'Peserta juga membahas kapan foto warga memerlukan izin, terutama foto anak-anak.',
    ],
    tags: ['fotografi'],
  },
  {
    unit: 'diskominfo',
    jenis: 'pengumuman',
    oleh: 'medsos-diskominfo',
    keadaan: 'disetujui',
    judul: 'Pemeliharaan Jaringan Kantor Gubernur Sabtu Pagi',
    ringkasan: 'Layanan jaringan di kompleks kantor gubernur terhenti sementara pada Sabtu pukul 07.00–10.00 WITA.',
    isi: [
      'Diskominfo melakukan pemeliharaan perangkat jaringan. Layanan internet dan aplikasi internal di kompleks kantor gubernur terhenti sementara selama pemeliharaan.',
    ],
  },
];

const pupr: DemoKonten[] = [
  {
    unit: 'dinas-pupr',
    jenis: 'berita',
    oleh: 'medsos-pupr',
    keadaan: 'terbit',
    bidang: 'Bina Marga',
    hariLalu: 4,
    judul: 'Bimbingan Teknis Pengawasan Mutu Jalan bagi Pengawas Lapangan',
    ringkasan: 'Empat puluh pengawas lapangan belajar memeriksa mutu lapisan jalan, dari uji kepadatan hingga pencatatan harian pekerjaan.',
    isi: [
      'Dinas PUPR menyelenggarakan bimbingan teknis pengawasan mutu pekerjaan jalan bagi empat puluh pengawas lapangan. Peserta mempraktikkan uji kepadatan, pengukuran tebal lapisan, dan pencatatan harian pekerjaan.',
      'Bimbingan teknis ini digelar menjelang musim pekerjaan jalan agar setiap paket pekerjaan diawasi dengan cara yang sama.',
      'Pada hari terakhir, peserta mengunjungi ruas jalan yang sedang dikerjakan untuk berlatih langsung bersama penyedia jasa.',
    ],
    tags: ['jalan', 'pengawasan mutu'],
  },
  {
    unit: 'dinas-pupr',
    jenis: 'berita',
    oleh: 'medsos-pupr',
    keadaan: 'terbit',
    bidang: 'Sumber Daya Air',
    hariLalu: 11,
    judul: 'Kelompok Tani Dilatih Merawat Embung Desa',
    ringkasan: 'Pengurus kelompok tani dari enam desa belajar merawat embung dan saluran agar air bertahan hingga musim kemarau.',
    isi: [
      'Bidang Sumber Daya Air Dinas PUPR melatih pengurus kelompok tani dari enam desa merawat embung dan saluran pembawa. Pelatihan dilakukan langsung di lokasi embung.',
      'Peserta belajar membersihkan sedimen, memperbaiki tanggul kecil, dan mencatat tinggi muka air setiap pekan.',
      'Catatan tinggi muka air dikirim ke dinas melalui pesan singkat dan dipakai untuk merencanakan pemeliharaan berikutnya.',
    ],
    tags: ['embung', 'irigasi'],
  },
  {
    unit: 'dinas-pupr',
    jenis: 'berita',
    oleh: 'medsos-pupr',
    keadaan: 'terbit',
    bidang: 'Cipta Karya',
    hariLalu: 18,
    judul: 'Sosialisasi Persetujuan Bangunan Gedung bagi Aparatur Kabupaten/Kota',
    ringkasan: 'Aparatur kabupaten/kota mempelajari alur persetujuan bangunan gedung dan pemeriksaan dokumen teknis.',
    isi: [
      'Bidang Cipta Karya menggelar sosialisasi persetujuan bangunan gedung bagi aparatur kabupaten/kota. Peserta mempelajari alur permohonan, pemeriksaan dokumen teknis, dan penerbitan sertifikat laik fungsi.',
      'Sosialisasi ditutup dengan latihan memeriksa contoh dokumen rencana bangunan sederhana.',
    ],
    tags: ['bangunan gedung'],
  },
  {
    unit: 'dinas-pupr',
    jenis: 'berita',
    oleh: 'medsos-pupr',
    keadaan: 'terbit',
    bidang: 'Bina Marga',
    hariLalu: 27,
    judul: 'Enam Puluh Tukang Terima Sertifikat Kompetensi Kerja Konstruksi',
    ringkasan: 'Setelah pelatihan dan uji kompetensi, enam puluh tukang batu dan tukang besi menerima sertifikat kompetensi kerja.',
    isi: [
      'Enam puluh tukang batu dan tukang besi menerima sertifikat kompetensi kerja konstruksi setelah mengikuti pelatihan dan uji kompetensi yang difasilitasi Dinas PUPR.',
      'Sertifikat ini memudahkan para tukang bekerja pada proyek pemerintah yang mensyaratkan tenaga kerja bersertifikat.',
    ],
    tags: ['tenaga kerja konstruksi'],
  },
  {
    unit: 'dinas-pupr',
    jenis: 'berita',
    oleh: 'medsos-pupr',
    keadaan: 'menunggu_persetujuan',
    bidang: 'Sekretariat',
    judul: 'Dinas PUPR Latih Pengelola Barang Milik Daerah',
    ringkasan: 'Pengelola barang milik daerah berlatih mencatat dan memberi label aset peralatan berat.',
    isi: ['Sekretariat Dinas PUPR melatih pengelola barang milik daerah mencatat aset peralatan berat dan memasang label inventaris.'],
    tags: ['aset'],
  },
  {
    unit: 'dinas-pupr',
    jenis: 'pengumuman',
    oleh: 'medsos-pupr',
    keadaan: 'disetujui',
    judul: 'Penutupan Sementara Jembatan Lontar Dua untuk Perbaikan',
    ringkasan: 'Jembatan Lontar Dua ditutup untuk kendaraan roda empat selama perbaikan lantai jembatan.',
    isi: ['Selama perbaikan lantai jembatan, kendaraan roda empat dialihkan melalui jalan lingkar. Pejalan kaki dan kendaraan roda dua tetap dapat melintas.'],
  },
];

/** Every demo item, in the order they are created (each unit's published items from oldest). */
export const demoKonten: DemoKonten[] = [...bpsdmd, ...diskominfo, ...pupr];

/** Units that go without the redaktur step (the head's approval is still required). */
export const demoTanpaRedaktur = ['diskominfo', 'dinas-pupr'];
