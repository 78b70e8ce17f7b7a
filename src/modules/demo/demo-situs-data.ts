import type { KategoriPublikasi } from '../konten/terms.ts';
import type { Lanskap } from './demo-foto.ts';

// Fictional items that fill every section of each demo unit's site: announcements, events in the
// coming weeks, a publication with a small PDF, a photo set and a video. No real event is meant.

/** Who writes and who publishes in each unit (demo-data.ts keys); BPSDMD's items pass its redaktur. */
export const situsTim: Record<string, { penulis: string; redaktur?: string; kepala: string; medsos: string }> = {
  bpsdmd: { penulis: 'admin-medsos', redaktur: 'redaktur', kepala: 'kepala', medsos: 'admin-medsos' },
  diskominfo: { penulis: 'medsos-diskominfo', kepala: 'pj-diskominfo', medsos: 'medsos-diskominfo' },
  'dinas-pupr': { penulis: 'medsos-pupr', kepala: 'pj-pupr', medsos: 'medsos-pupr' },
};

export type SitusAgenda = {
  judul: string;
  ringkasan: string;
  tempat: string /** days from today */;
  hari: number;
  jam: string;
  sampaiJam: string;
  hariSelesai?: number;
};
export type SitusPengumuman = { judul: string; ringkasan: string; isi: string; hariLalu: number };
export type SitusPublikasi = { judul: string; ringkasan: string; kategori: KategoriPublikasi; berkas: string; baris: string[]; hariLalu: number };
export type SitusGaleri = { judul: string; ringkasan: string; hariLalu: number; lanskap: Lanskap[] };
export type SitusVideo = { judul: string; ringkasan: string; youtube: string; hariLalu: number };

export type SitusUnit = {
  agenda: SitusAgenda[];
  pengumuman: SitusPengumuman[];
  publikasi: SitusPublikasi[];
  galeri: SitusGaleri;
  video: SitusVideo;
};

const lanskap = (nama: string, alt: string, keterangan: string, warna: [string, string, string, string], air?: string): Lanskap => ({
  nama,
  langit: [warna[0], warna[1]],
  matahari: { x: 1200, y: 240, r: 60, warna: '#fff6dc' },
  bukitJauh: warna[2],
  bukitDekat: warna[3],
  depan: air ? { jenis: 'air', warna: air } : { jenis: 'jalan', warna: '#b9a98c' },
  alt,
  keterangan,
});

export const situsDemo: Record<string, SitusUnit> = {
  bpsdmd: {
    agenda: [
      {
        judul: 'Pembukaan Latsar CPNS Golongan III Angkatan IV',
        ringkasan: 'Apel pembukaan pelatihan dasar bagi 40 CPNS golongan III.',
        tempat: 'Aula Kampus BPSDMD, Kota Lontar',
        hari: 4,
        jam: '08:00',
        sampaiJam: '11:00',
      },
      {
        judul: 'Seminar Proyek Perubahan PKA Angkatan II',
        ringkasan: 'Peserta PKA memaparkan proyek perubahan di hadapan penguji dan mentor.',
        tempat: 'Ruang Kelas Flamboyan',
        hari: 11,
        jam: '09:00',
        sampaiJam: '15:00',
        hariSelesai: 12,
      },
      {
        judul: 'Pelatihan Arsiparis Perangkat Daerah',
        ringkasan: 'Pelatihan lima hari bagi arsiparis perangkat daerah.',
        tempat: 'Ruang Kelas Cendana',
        hari: 18,
        jam: '08:00',
        sampaiJam: '16:00',
        hariSelesai: 22,
      },
      {
        judul: 'Rapat Evaluasi Pelatihan Semester II',
        ringkasan: 'Evaluasi penyelenggaraan pelatihan bersama widyaiswara.',
        tempat: 'Ruang Rapat Utama',
        hari: -6,
        jam: '09:00',
        sampaiJam: '12:00',
      },
    ],
    pengumuman: [
      {
        judul: 'Jadwal Ujian Akhir Latsar CPNS Angkatan III',
        ringkasan: 'Ujian akhir berlangsung di kampus BPSDMD; peserta membawa kartu ujian.',
        isi: 'Peserta hadir 30 menit sebelum ujian dan membawa kartu ujian serta alat tulis. Peserta yang berhalangan wajib memberi tahu panitia.',
        hariLalu: 2,
      },
      {
        judul: 'Perubahan Jam Layanan Perpustakaan Kampus',
        ringkasan: 'Perpustakaan kampus buka hingga pukul 19.00 WITA selama masa pelatihan.',
        isi: 'Selama masa pelatihan, perpustakaan kampus melayani peserta hingga pukul 19.00 WITA pada hari kerja.',
        hariLalu: 9,
      },
    ],
    publikasi: [
      {
        judul: 'Modul Pelatihan Dasar: Etika Publik',
        ringkasan: 'Modul ringkas untuk peserta Latsar CPNS.',
        kategori: 'materi',
        berkas: 'modul-etika-publik.pdf',
        baris: ['Modul Pelatihan Dasar CPNS', 'Etika Publik (contoh demo)'],
        hariLalu: 12,
      },
      {
        judul: 'Peraturan Kepala Badan tentang Tata Tertib Peserta',
        ringkasan: 'Tata tertib peserta pelatihan di kampus BPSDMD.',
        kategori: 'peraturan',
        berkas: 'tata-tertib-peserta.pdf',
        baris: ['Peraturan Kepala Badan', 'Tata Tertib Peserta (contoh demo)'],
        hariLalu: 30,
      },
      {
        judul: 'Proyek Perubahan: Layanan Cuti Daring Satu Pintu',
        ringkasan: 'Ringkasan proyek perubahan peserta PKA angkatan I.',
        kategori: 'proyek_perubahan',
        berkas: 'proper-cuti-daring.pdf',
        baris: ['Proyek Perubahan PKA', 'Layanan Cuti Daring (contoh demo)'],
        hariLalu: 20,
      },
    ],
    galeri: {
      judul: 'Galeri: Kegiatan Lapangan Peserta PKA',
      ringkasan: 'Foto kegiatan lapangan peserta pelatihan kepemimpinan administrator (ilustrasi).',
      hariLalu: 5,
      lanskap: [
        lanskap('lapangan-1.jpg', 'Ilustrasi jalan desa berliku di antara bukit hijau', 'Perjalanan menuju lokasi studi lapangan (ilustrasi).', [
          '#9fd0ef',
          '#e8f4fb',
          '#86a878',
          '#4d7444',
        ]),
        lanskap(
          'lapangan-2.jpg',
          'Ilustrasi bendungan kecil dengan air biru di kaki bukit',
          'Embung desa yang dikunjungi peserta (ilustrasi).',
          ['#f2c58a', '#fbeedb', '#8f9f7a', '#5d6f4a'],
          '#4f86ad',
        ),
      ],
    },
    video: {
      judul: 'Video: Sekilas Kampus BPSDMD',
      ringkasan: 'Profil singkat kampus dan fasilitas pelatihan.',
      youtube: 'https://youtu.be/NusaLontar2',
      hariLalu: 7,
    },
  },
  diskominfo: {
    agenda: [
      {
        judul: 'Kelas Menulis Berita untuk Humas Perangkat Daerah',
        ringkasan: 'Kelas praktik menulis berita kegiatan bagi humas.',
        tempat: 'Ruang Rapat Diskominfo',
        hari: 6,
        jam: '09:00',
        sampaiJam: '13:00',
      },
      {
        judul: 'Rapat Koordinasi Media Center',
        ringkasan: 'Koordinasi bulanan admin pendamping dan koordinator Media Center.',
        tempat: 'Ruang Media Center',
        hari: 13,
        jam: '10:00',
        sampaiJam: '12:00',
      },
      {
        judul: 'Monev Keterbukaan Informasi Publik',
        ringkasan: 'Pemantauan dan evaluasi layanan PPID perangkat daerah.',
        tempat: 'Aula Diskominfo',
        hari: 20,
        jam: '08:30',
        sampaiJam: '15:00',
      },
    ],
    pengumuman: [
      {
        judul: 'Pendaftaran Akun Aplikasi Persuratan Elektronik',
        ringkasan: 'Perangkat daerah mendaftarkan operator persuratan hingga akhir bulan.',
        isi: 'Setiap perangkat daerah mendaftarkan dua operator persuratan melalui surat resmi ke Diskominfo.',
        hariLalu: 3,
      },
    ],
    publikasi: [
      {
        judul: 'Panduan Pengelolaan Media Sosial Perangkat Daerah',
        ringkasan: 'Panduan ringkas akun media sosial resmi.',
        kategori: 'materi',
        berkas: 'panduan-medsos.pdf',
        baris: ['Panduan Media Sosial', 'Perangkat Daerah (contoh demo)'],
        hariLalu: 15,
      },
    ],
    galeri: {
      judul: 'Galeri: Kelas Fotografi Kegiatan',
      ringkasan: 'Hasil latihan peserta kelas fotografi kegiatan (ilustrasi).',
      hariLalu: 4,
      lanskap: [
        lanskap(
          'kelas-foto-1.jpg',
          'Ilustrasi teluk biru dengan bukit hijau di seberang',
          'Latihan memotret pemandangan teluk (ilustrasi).',
          ['#6fb0e0', '#dff0fa', '#7aa58f', '#3f6f57'],
          '#2f7fae',
        ),
        lanskap('kelas-foto-2.jpg', 'Ilustrasi jalan lurus menuju bukit di bawah langit cerah', 'Latihan komposisi garis (ilustrasi).', [
          '#8cc4e6',
          '#eef6fb',
          '#a7b58a',
          '#6b8450',
        ]),
      ],
    },
    video: {
      judul: 'Video: Cara Memeriksa Kabar Sebelum Membagikan',
      ringkasan: 'Tiga langkah sederhana memeriksa kabar.',
      youtube: 'https://youtu.be/NusaLontar3',
      hariLalu: 6,
    },
  },
  'dinas-pupr': {
    agenda: [
      {
        judul: 'Sosialisasi Perbaikan Jembatan Lontar Dua',
        ringkasan: 'Penjelasan jadwal dan pengalihan lalu lintas kepada warga.',
        tempat: 'Kantor Kelurahan Lontar',
        hari: 5,
        jam: '15:00',
        sampaiJam: '17:00',
      },
      {
        judul: 'Bimbingan Teknis Pengawasan Jalan Desa',
        ringkasan: 'Bimtek bagi pengawas lapangan pekerjaan jalan desa.',
        tempat: 'Aula Dinas PUPR',
        hari: 15,
        jam: '08:00',
        sampaiJam: '16:00',
        hariSelesai: 16,
      },
    ],
    pengumuman: [
      {
        judul: 'Pengalihan Arus Selama Perbaikan Jalan Lingkar Utara',
        ringkasan: 'Kendaraan berat dialihkan melalui jalan provinsi selama dua pekan.',
        isi: 'Selama perbaikan, kendaraan berat dialihkan. Kendaraan pribadi tetap dapat melintas dengan kecepatan rendah.',
        hariLalu: 1,
      },
    ],
    publikasi: [
      {
        judul: 'Standar Pelayanan Rekomendasi Teknis',
        ringkasan: 'Persyaratan, waktu, dan biaya layanan rekomendasi teknis.',
        kategori: 'peraturan',
        berkas: 'standar-pelayanan-rekomtek.pdf',
        baris: ['Standar Pelayanan', 'Rekomendasi Teknis (contoh demo)'],
        hariLalu: 25,
      },
    ],
    galeri: {
      judul: 'Galeri: Pemeliharaan Jalan Provinsi',
      ringkasan: 'Pekerjaan pemeliharaan rutin jalan provinsi (ilustrasi).',
      hariLalu: 8,
      lanskap: [
        lanskap('jalan-1.jpg', 'Ilustrasi jalan beraspal melintasi perbukitan', 'Ruas jalan setelah pemeliharaan (ilustrasi).', [
          '#a8d2ee',
          '#f0f8fd',
          '#93a77e',
          '#5e7a4b',
        ]),
        lanskap(
          'jalan-2.jpg',
          'Ilustrasi jalan di tepi danau dengan bukit di kejauhan',
          'Ruas jalan di tepi danau (ilustrasi).',
          ['#f0b98a', '#fbe6d2', '#8f8f7a', '#56604a'],
          '#5a8db0',
        ),
      ],
    },
    video: {
      judul: 'Video: Perbaikan Lantai Jembatan',
      ringkasan: 'Tahapan perbaikan lantai jembatan dalam dua menit.',
      youtube: 'https://youtu.be/NusaLontar4',
      hariLalu: 3,
    },
  },
};
