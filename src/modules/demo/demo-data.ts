import type { TeamRole, UnitKind } from '../org/roles.ts';
import { demoProfilePages } from './demo-profile-pages.ts';

// Everything here is fictional: the province, its agencies, the people and their NIPs.
// The `.example` domain is reserved (RFC 2606), so no demo mail can reach a real inbox.

export const DEMO_PASSWORD = 'warta-demo-2026';
export const DEMO_MAIL_DOMAIN = 'nusalontar.example';

export const demoTenant = {
  slug: 'nusa-lontar',
  name: 'Pemerintah Provinsi Nusa Lontar',
  kind: 'provinsi',
  timeZone: 'Asia/Makassar' as const,
  domain: 'nusalontar.example',
};

type DemoUnit = {
  slug: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  tier: number;
  isMediaCenter?: boolean;
  address: string;
  phone: string;
  bidang: string[];
};

export const demoUnits: DemoUnit[] = [
  {
    slug: 'diskominfo',
    name: 'Dinas Komunikasi dan Informatika',
    shortName: 'Diskominfo',
    kind: 'dinas',
    tier: 1,
    isMediaCenter: true,
    address: 'Jl. Lontar Raya No. 7, Kota Batu Lontar',
    phone: '(0380) 555-0107',
    bidang: ['Sekretariat', 'Informasi dan Komunikasi Publik', 'Aplikasi Informatika', 'Statistik dan Persandian'],
  },
  {
    slug: 'bpsdmd',
    name: 'Badan Pengembangan Sumber Daya Manusia Daerah',
    shortName: 'BPSDMD',
    kind: 'badan',
    tier: 1,
    address: 'Jl. Cendana No. 21, Kota Batu Lontar',
    phone: '(0380) 555-0121',
    bidang: ['Umum', 'Sekretariat', 'Manajerial', 'Teknis', 'Pemerintahan'],
  },
  {
    slug: 'dinas-pupr',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    shortName: 'Dinas PUPR',
    kind: 'dinas',
    tier: 1,
    address: 'Jl. Sasando No. 3, Kota Batu Lontar',
    phone: '(0380) 555-0133',
    bidang: ['Sekretariat', 'Bina Marga', 'Cipta Karya', 'Sumber Daya Air'],
  },
];

type DemoPerson = { key: string; name: string; nip: string | null; position: string; unit: string; role: TeamRole };

/** At least one demo account per team role, spread over the three units; every unit has a publishing team. */
export const demoPeople: DemoPerson[] = [
  { key: 'kepala', name: 'Dr. Yosefina Lede Kaka, M.Si', nip: '197203152000032004', position: 'Kepala Badan', unit: 'bpsdmd', role: 'penanggung_jawab' },
  {
    key: 'redaktur',
    name: 'Markus Hendrik Tallo, S.H',
    nip: '198006112006041009',
    position: 'Kepala Sub Bidang Sistem Informasi',
    unit: 'bpsdmd',
    role: 'redaktur',
  },
  { key: 'editor', name: 'Agustina Bere, S.T', nip: '198811232014022003', position: 'Pranata Komputer', unit: 'bpsdmd', role: 'editor' },
  { key: 'editor-video', name: 'Fransiskus Nggadas, S.Sn', nip: null, position: 'Tenaga Harian Lepas', unit: 'bpsdmd', role: 'editor_video' },
  { key: 'kameramen', name: 'Petrus Lay Riwu', nip: null, position: 'Tenaga Harian Lepas', unit: 'bpsdmd', role: 'kameramen' },
  {
    key: 'kontributor',
    name: 'Maria Imakulata Seran, S.Pd',
    nip: '199003082019032011',
    position: 'Widyaiswara Ahli Pertama',
    unit: 'bpsdmd',
    role: 'kontributor',
  },
  { key: 'admin-medsos', name: 'Ursula Ndolu, S.Kom', nip: '199207172020122008', position: 'Pranata Humas', unit: 'bpsdmd', role: 'admin_medsos' },
  { key: 'developer', name: 'Reinhard Adoe, S.Kom', nip: null, position: 'Tenaga Harian Lepas', unit: 'bpsdmd', role: 'developer' },
  { key: 'bidang', name: 'Yakobus Mone, S.E', nip: '198504022010011015', position: 'Kepala Bidang Teknis', unit: 'bpsdmd', role: 'bidang_terkait' },
  { key: 'ppid-pelaksana', name: 'Elisabeth Manu, S.Sos', nip: '198709142011012006', position: 'Analis Informasi', unit: 'bpsdmd', role: 'ppid_pelaksana' },
  {
    key: 'koordinator-mc',
    name: 'Stefanus Tanaem, S.I.Kom',
    nip: '197911252005011007',
    position: 'Kepala Bidang IKP',
    unit: 'diskominfo',
    role: 'koordinator_media_center',
  },
  { key: 'admin-pendamping', name: 'Kristina Mbuik, A.Md', nip: null, position: 'Tenaga Harian Lepas', unit: 'diskominfo', role: 'admin_pendamping' },
  { key: 'ppid-utama', name: 'Adrianus Kolo, S.H, M.H', nip: '197604302002121005', position: 'Sekretaris Dinas', unit: 'diskominfo', role: 'ppid_utama' },
  { key: 'atasan-ppid', name: 'Ir. Benediktus Pah, M.T', nip: '196908191996031003', position: 'Kepala Dinas', unit: 'diskominfo', role: 'atasan_ppid' },
  { key: 'evaluator', name: 'Theresia Lobo, S.Si', nip: '198902262015032002', position: 'Pranata Komputer Ahli Muda', unit: 'diskominfo', role: 'evaluator' },
  { key: 'anggota', name: 'Daniel Umbu Pati', nip: null, position: 'Tenaga Harian Lepas', unit: 'dinas-pupr', role: 'anggota' },
  // The other two units publish too (demo-konten.ts): each has a head who approves and a publisher who writes and posts.
  {
    key: 'pj-diskominfo',
    name: 'Drs. Yeremias Sogen Lado, M.Si',
    nip: '197505122000031002',
    position: 'Kepala Bidang Aplikasi Informatika',
    unit: 'diskominfo',
    role: 'penanggung_jawab',
  },
  {
    key: 'medsos-diskominfo',
    name: 'Serafina Ina Koten, S.I.Kom',
    nip: '199110282019022004',
    position: 'Pranata Humas Ahli Pertama',
    unit: 'diskominfo',
    role: 'admin_medsos',
  },
  {
    key: 'pj-pupr',
    name: 'Ir. Bonifasius Ledo Wuli, M.T',
    nip: '197708172002121003',
    position: 'Sekretaris Dinas',
    unit: 'dinas-pupr',
    role: 'penanggung_jawab',
  },
  { key: 'medsos-pupr', name: 'Anastasia Dhiu Bara, S.Kom', nip: '199402062020122009', position: 'Pranata Komputer', unit: 'dinas-pupr', role: 'admin_medsos' },
];

export const demoDecree = {
  number: '800/045/BPSDMD/2026',
  date: '2026-01-12',
  title: 'Pembentukan Tim Pengelola Website dan Media Sosial BPSDMD Provinsi Nusa Lontar Tahun 2026',
  signerName: 'Dr. Yosefina Lede Kaka, M.Si',
  signerPosition: 'Kepala Badan',
  unit: 'bpsdmd',
};

/** The Profil pages of each demo unit (fictional text), by unit slug. */
export const demoPages = demoProfilePages;
