import type { InformasiInput } from '../informasi/fields.ts';
import type { NewPermohonan } from '../permohonan/register-permohonan.ts';
import type { TransitionInput } from '../permohonan/transition.ts';

// The demo PPID portal: information lists, the service standards and requests, all fictional.
// Dates are relative to the first start, so due dates, extensions and "overdue" make sense then.

type DemoInformasi = Omit<InformasiInput, 'tanggalTerbit'> & { terbitHariLalu: number | null };

const base = {
  waktuPembuatan: null,
  tempatPembuatan: 'Kota Batu Lontar',
  jangkaWaktuPenyimpanan: '5 tahun',
  tautan: [],
  pembaruanBerikutnya: undefined,
  pasal17Huruf: null,
  dasarHukum: null,
  ujiKonsekuensi: null,
  masaPengecualian: null,
  pengecualianBerakhir: null,
  penetapanNomor: null,
  penetapanTanggal: null,
};

/** A few DIP items and one exemption per unit that runs a PPID. */
export const demoInformasi: Record<string, DemoInformasi[]> = {
  bpsdmd: [
    {
      ...base,
      klasifikasi: 'berkala',
      judul: 'Laporan Realisasi Anggaran Semester I',
      ringkasan: 'Realisasi belanja pelatihan dan operasional BPSDMD per program, Januari–Juni.',
      penguasaInformasi: 'Sub Bagian Keuangan',
      bentuk: 'keduanya',
      terbitHariLalu: 60,
    },
    {
      ...base,
      klasifikasi: 'berkala',
      judul: 'Kalender Pelatihan ASN Tahun Berjalan',
      ringkasan: 'Jadwal pelatihan dasar, kepemimpinan dan teknis beserta kuota per kabupaten.',
      penguasaInformasi: 'Bidang Teknis',
      bentuk: 'softcopy',
      terbitHariLalu: 30,
    },
    {
      ...base,
      klasifikasi: 'serta_merta',
      judul: 'Penundaan Pelatihan Tatap Muka karena Cuaca Ekstrem',
      ringkasan: 'Pelatihan di kampus Pulau Lontar Timur dialihkan ke kelas daring selama peringatan gelombang tinggi.',
      penguasaInformasi: 'Sekretariat',
      bentuk: 'softcopy',
      terbitHariLalu: 12,
    },
    {
      ...base,
      klasifikasi: 'setiap_saat',
      judul: 'Daftar Sarana dan Prasarana Kampus Pelatihan',
      ringkasan: 'Asrama, ruang kelas, laboratorium komputer dan kendaraan operasional beserta kondisinya.',
      penguasaInformasi: 'Sub Bagian Umum',
      bentuk: 'hardcopy',
      terbitHariLalu: 200,
    },
    {
      ...base,
      klasifikasi: 'dikecualikan',
      judul: 'Soal dan Kunci Jawaban Ujian Pelatihan Dasar',
      ringkasan: 'Bank soal ujian akhir pelatihan dasar CPNS.',
      penguasaInformasi: 'Bidang Teknis',
      bentuk: 'softcopy',
      terbitHariLalu: null,
      pasal17Huruf: 'i',
      dasarHukum: 'UU 14/2008 Pasal 17 huruf i',
      ujiKonsekuensi: 'Membuka soal sebelum ujian membuat hasil ujian tidak lagi mengukur kompetensi peserta.',
      masaPengecualian: 'sampai ujian angkatan terakhir tahun berjalan selesai',
      pengecualianBerakhir: '2027-12-31',
      penetapanNomor: '045/PPID-BPSDMD/2026',
      penetapanTanggal: '2026-01-20',
    },
  ],
  diskominfo: [
    {
      ...base,
      klasifikasi: 'berkala',
      judul: 'Rencana Strategis Diskominfo 2025–2029',
      ringkasan: 'Tujuan, sasaran, program dan indikator kinerja dinas lima tahun.',
      penguasaInformasi: 'Sekretariat',
      bentuk: 'softcopy',
      terbitHariLalu: 90,
    },
    {
      ...base,
      klasifikasi: 'setiap_saat',
      judul: 'Daftar Aplikasi dan Layanan Digital Pemerintah Provinsi',
      ringkasan: 'Aplikasi yang dikelola dinas, pemiliknya dan alamat layanannya.',
      penguasaInformasi: 'Bidang Aplikasi Informatika',
      bentuk: 'softcopy',
      terbitHariLalu: 45,
    },
  ],
};

/** The service standards pages (stored as site pages), per unit. */
export const demoPpidPages: Record<string, Array<{ slug: 'ppid-maklumat' | 'ppid-sop' | 'ppid-jam-layanan'; title: string; body: string }>> = {
  bpsdmd: [
    {
      slug: 'ppid-maklumat',
      title: 'Maklumat Pelayanan Informasi Publik',
      body: 'Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan informasi publik sesuai standar pelayanan yang telah ditetapkan, dan apabila tidak menepati janji ini kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.\n\nKepala BPSDMD Provinsi Nusa Lontar',
    },
    {
      slug: 'ppid-sop',
      title: 'SOP Layanan Informasi Publik',
      body: 'Ditetapkan dengan Keputusan Kepala BPSDMD Nomor 046/PPID-BPSDMD/2026.\n\n## SOP Pelayanan Permohonan Informasi\n\n- Pemohon mengisi formulir permohonan (daring atau di ruang layanan).\n- Petugas memeriksa kelengkapan dan memberi nomor pendaftaran serta kode pelacakan.\n- PPID memutuskan paling lambat 10 hari kerja, dapat diperpanjang 7 hari kerja dengan alasan tertulis.\n- Pemohon menerima pemberitahuan tertulis beserta informasinya.\n\n## SOP Pengajuan Keberatan\n\n- Pemohon mengajukan keberatan paling lambat 30 hari kerja setelah alasan keberatan timbul.\n- Atasan PPID memberi tanggapan tertulis paling lambat 30 hari kerja.\n\n## SOP Penetapan Informasi yang Dikecualikan\n\n- PPID melakukan uji konsekuensi bersama unit pemilik informasi.\n- Hasilnya ditetapkan dengan keputusan PPID dan dicantumkan dalam Daftar Informasi yang Dikecualikan.',
    },
    {
      slug: 'ppid-jam-layanan',
      title: 'Jam Layanan Informasi',
      body: 'Senin–Kamis: 08.00–12.00 (shift pagi), 13.00–16.00 (shift siang)\nJumat: 08.00–11.00 (shift pagi), 13.30–16.30 (shift siang)\nSabtu, Minggu: tutup\n\nRuang layanan informasi berada di lobi Gedung A, Jl. Cendana No. 21.',
    },
  ],
  diskominfo: [
    {
      slug: 'ppid-maklumat',
      title: 'Maklumat Pelayanan Informasi Publik',
      body: 'Kami berjanji memberikan pelayanan informasi publik yang cepat, tepat waktu, berbiaya ringan dan dengan cara sederhana.',
    },
    { slug: 'ppid-jam-layanan', title: 'Jam Layanan Informasi', body: 'Senin–Jumat: 08.00–15.30' },
  ],
};

type DemoRequest = {
  unit: string;
  /** Calendar days before the first start it was received, at 09.00 in the tenant's zone. */
  daysAgo: number;
  input: Omit<NewPermohonan, 'receivedAt' | 'requesterAddress' | 'requesterOccupation' | 'copyDelivery' | 'purpose' | 'obtainMethod'> &
    Partial<Pick<NewPermohonan, 'obtainMethod' | 'copyDelivery'>>;
  steps: TransitionInput[];
  objection?: boolean;
};

const person = (name: string, email: string | null, phone: string | null) => ({ requesterName: name, requesterEmail: email, requesterPhone: phone });

/** A dozen requests in every state, through the request module, so numbers and history are real. */
export const demoRequests: DemoRequest[] = [
  {
    unit: 'bpsdmd',
    daysAgo: 13,
    input: {
      channel: 'website',
      requesterType: 'perseorangan',
      ...person('Yohana Liu', 'yohana@warga.example', null),
      informationDetails: 'Jumlah peserta pelatihan dasar per kabupaten tahun lalu',
    },
    steps: [{ ke: 'diproses' }, { ke: 'dikabulkan_seluruhnya' }],
  },
  {
    unit: 'bpsdmd',
    daysAgo: 12,
    input: {
      channel: 'email',
      requesterType: 'badan_hukum',
      ...person('Yayasan Literasi Lontar', 'sekretariat@literasi.example', null),
      informationDetails: 'Kurikulum pelatihan kepemimpinan administrator',
    },
    steps: [{ ke: 'diproses' }, { ke: 'dikabulkan_sebagian', bagian: [{ bagian: 'Nama pengajar', alasan: 'Data pribadi (Pasal 17 huruf h)' }] }],
  },
  {
    unit: 'bpsdmd',
    daysAgo: 11,
    input: {
      channel: 'surat',
      requesterType: 'perseorangan',
      ...person('Gabriel Nome', null, '0812 5550 0101'),
      informationDetails: 'Soal ujian pelatihan dasar angkatan III',
    },
    steps: [{ ke: 'diproses' }, { ke: 'ditolak', dasar: 'pasal_17_i', alasan: 'Soal ujian termasuk informasi yang dikecualikan.' }],
    objection: true,
  },
  {
    unit: 'bpsdmd',
    daysAgo: 10,
    input: {
      channel: 'datang_langsung',
      requesterType: 'kelompok_orang',
      ...person('Kelompok Tani Sabu Jaya', null, '0813 5550 0102'),
      informationDetails: 'Data pelatihan penyuluh pertanian',
    },
    steps: [{ ke: 'diproses' }, { ke: 'diteruskan', tujuan: 'Dinas Pertanian Provinsi Nusa Lontar' }],
  },
  {
    unit: 'bpsdmd',
    daysAgo: 14,
    input: {
      channel: 'whatsapp',
      requesterType: 'perseorangan',
      ...person('Marselina Dethan', null, '0815 5550 0103'),
      informationDetails: 'Biaya pelatihan teknis bagi pegawai kabupaten',
    },
    steps: [{ ke: 'ditarik', alasan: 'Pemohon sudah memperoleh informasinya dari situs.' }],
  },
  {
    unit: 'bpsdmd',
    daysAgo: 4,
    input: {
      channel: 'website',
      requesterType: 'perseorangan',
      ...person('Ricky Haning', 'ricky@warga.example', null),
      informationDetails: 'Laporan evaluasi pascapelatihan tiga tahun terakhir',
    },
    steps: [{ ke: 'diproses' }, { ke: 'diperpanjang', alasan: 'Dokumen tersebar di tiga bidang dan perlu dihimpun.' }],
  },
  {
    unit: 'bpsdmd',
    daysAgo: 3,
    input: {
      channel: 'instagram',
      requesterType: 'perseorangan',
      ...person('Dewi Ratu Kana', null, null),
      informationDetails: 'Jadwal pelatihan daring bulan depan',
    },
    steps: [{ ke: 'diproses' }],
  },
  {
    unit: 'bpsdmd',
    daysAgo: 1,
    input: {
      channel: 'website',
      requesterType: 'badan_hukum',
      ...person('CV Sasando Digital', 'info@sasando.example', null),
      informationDetails: 'Spesifikasi laboratorium komputer kampus utama',
    },
    steps: [],
  },
  {
    unit: 'diskominfo',
    daysAgo: 12,
    input: {
      channel: 'email',
      requesterType: 'perseorangan',
      ...person('Antonius Bani', 'anton@warga.example', null),
      informationDetails: 'Anggaran pengembangan aplikasi layanan publik',
    },
    steps: [{ ke: 'diproses' }, { ke: 'dikabulkan_seluruhnya' }],
  },
  {
    unit: 'diskominfo',
    daysAgo: 9,
    input: {
      channel: 'telepon',
      requesterType: 'perseorangan',
      ...person('Fransiska Taneo', null, '0812 5550 0104'),
      informationDetails: 'Hasil survei kepuasan layanan internet desa',
    },
    steps: [{ ke: 'diproses' }, { ke: 'ditolak', dasar: 'belum_didokumentasikan' }],
  },
  {
    unit: 'diskominfo',
    daysAgo: 6,
    input: {
      channel: 'x',
      requesterType: 'kelompok_orang',
      ...person('Komunitas Warganet Lontar', null, null),
      informationDetails: 'Daftar titik akses internet gratis',
    },
    steps: [{ ke: 'diproses' }],
  },
  {
    unit: 'diskominfo',
    daysAgo: 2,
    input: {
      channel: 'facebook',
      requesterType: 'perseorangan',
      ...person('Imanuel Lada', null, null),
      informationDetails: 'Statistik kunjungan situs pemerintah provinsi',
    },
    steps: [],
  },
];
