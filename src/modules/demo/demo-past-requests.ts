import { addDays, daysBetween, type LocalDate, weekdayOf } from '../hari-kerja/local-date.ts';
import type { Channel, RequesterType } from '../permohonan/terms.ts';
import type { TransitionInput } from '../permohonan/transition.ts';

// Requests of the two quarters before the first start, so the public KIP reports of finished
// quarters have something to show. Fictional people and topics; the outcomes follow a fixed
// pattern so the numbers are the same on every installation.

/** One past request: when it came, from whom, and its decision `workingDays` after receipt. */
export type PastRequest = {
  unit: string;
  receivedOn: LocalDate;
  channel: Channel;
  requesterType: RequesterType;
  requesterName: string;
  requesterEmail: string | null;
  requesterPhone: string | null;
  informationDetails: string;
  /** The decision, dated by its notice `workingDays` working days after receipt. */
  decision: Exclude<TransitionInput, { ke: 'diproses' | 'diperpanjang' }>;
  workingDays: number;
};

const names = [
  'Yulius Bria',
  'Ningsih Radja',
  'Kornelis Tefa',
  'Agnes Bunga',
  'Hendrikus Nahak',
  'Selvi Lomi',
  'Obed Tualaka',
  'Rosalia Dimu',
  'Lukas Amalo',
  'Wilhelmina Sogen',
  'Paulus Koli',
  'Ester Riwu',
  'Viktor Lake',
  'Martha Ninu',
  'Simon Ndun',
  'Yuliana Kapitan',
];
const groups: Array<[RequesterType, string]> = [
  ['badan_hukum', 'Lembaga Bantuan Hukum Lontar'],
  ['kelompok_orang', 'Forum Pemuda Pulau Sabu'],
  ['badan_hukum', 'Koperasi Nelayan Tanjung Batu'],
  ['kelompok_orang', 'Komunitas Guru Honorer Nusa Lontar'],
];
const channelCycle: Channel[] = [
  'website',
  'email',
  'datang_langsung',
  'whatsapp',
  'website',
  'surat',
  'instagram',
  'telepon',
  'facebook',
  'email',
  'x',
  'website',
];

const topics: Record<string, string[]> = {
  bpsdmd: [
    'Rencana kerja dan anggaran pelatihan tahun berjalan',
    'Daftar peserta pelatihan kepemimpinan pengawas angkatan II',
    'Standar biaya pelatihan teknis',
    'Laporan kinerja instansi pemerintah tahun lalu',
    'Jadwal pelatihan dasar CPNS semester ini',
    'Hasil evaluasi penyelenggaraan pelatihan daring',
    'Daftar widyaiswara dan bidang keahliannya',
    'Prosedur peminjaman aula dan asrama',
  ],
  diskominfo: [
    'Daftar aplikasi layanan publik pemerintah provinsi',
    'Anggaran langganan internet kantor kecamatan',
    'Laporan gangguan jaringan antarpulau',
    'Data indeks sistem pemerintahan berbasis elektronik',
    'Rencana pembangunan menara telekomunikasi desa',
    'Laporan layanan pengaduan masyarakat',
  ],
};

// Outcome and service time in working days, in turn. The 14-day decision is late: a report dated
// between its deadline and its notice counts it as not answered in time.
const pattern: Array<{ decision: PastRequest['decision']; workingDays: number }> = [
  { decision: { ke: 'dikabulkan_seluruhnya' }, workingDays: 3 },
  { decision: { ke: 'dikabulkan_seluruhnya' }, workingDays: 5 },
  {
    decision: { ke: 'dikabulkan_sebagian', bagian: [{ bagian: 'Nomor telepon dan alamat pribadi', alasan: 'Data pribadi (Pasal 17 huruf h)' }] },
    workingDays: 7,
  },
  { decision: { ke: 'dikabulkan_seluruhnya' }, workingDays: 9 },
  { decision: { ke: 'ditolak', dasar: 'belum_didokumentasikan', alasan: 'Dokumen masih disusun.' }, workingDays: 6 },
  { decision: { ke: 'dikabulkan_seluruhnya' }, workingDays: 2 },
  { decision: { ke: 'ditarik', alasan: 'Pemohon menarik permohonannya.' }, workingDays: 4 },
  { decision: { ke: 'dikabulkan_seluruhnya' }, workingDays: 14 },
  { decision: { ke: 'diteruskan', tujuan: 'Sekretariat Daerah Provinsi Nusa Lontar' }, workingDays: 3 },
  {
    decision: { ke: 'dikabulkan_sebagian', bagian: [{ bagian: 'Lampiran kontrak', alasan: 'Rahasia dagang pihak ketiga (Pasal 17 huruf b)' }] },
    workingDays: 8,
  },
];

/** The first day of the quarter `back` quarters before the one holding `today`. */
function quarterStart(today: LocalDate, back: number): LocalDate {
  const year = Number(today.slice(0, 4));
  const index = Math.floor((Number(today.slice(5, 7)) - 1) / 3) - back;
  const y = year + Math.floor(index / 4);
  const q = ((index % 4) + 4) % 4;
  return `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
}

/** `count` requests of `unit` spread over weekdays of the two quarters before today's. */
function requestsOf(unit: string, count: number, today: LocalDate, offset: number): PastRequest[] {
  const from = quarterStart(today, 2);
  const to = addDays(quarterStart(today, 0), -1);
  const span = daysBetween(from, to);
  const unitTopics = topics[unit] ?? [];
  return Array.from({ length: count }, (_, i) => {
    let receivedOn = addDays(from, Math.floor(((i + 0.5) * span) / count));
    while ([0, 6].includes(weekdayOf(receivedOn))) receivedOn = addDays(receivedOn, 1);
    const n = i + offset;
    const group = n % 5 === 4 ? groups[n % groups.length]! : null;
    const name = group ? group[1] : names[n % names.length]!;
    const channel = channelCycle[n % channelCycle.length]!;
    const slug = name.toLowerCase().replace(/[^a-z]+/g, '.');
    return {
      unit,
      receivedOn,
      channel,
      requesterType: group ? group[0] : 'perseorangan',
      requesterName: name,
      requesterEmail: channel === 'email' || channel === 'website' ? `${slug}@warga.example` : null,
      requesterPhone: channel === 'whatsapp' || channel === 'telepon' ? `0812 5550 ${String(2000 + n).padStart(4, '0')}` : null,
      informationDetails: unitTopics[n % unitTopics.length]!,
      ...pattern[n % pattern.length]!,
    };
  });
}

/** Past requests of the demo units: 20 for BPSDMD, 10 for Diskominfo, over the last two quarters. */
export function demoPastRequests(today: LocalDate): PastRequest[] {
  return [...requestsOf('bpsdmd', 20, today, 0), ...requestsOf('diskominfo', 10, today, 3)];
}
