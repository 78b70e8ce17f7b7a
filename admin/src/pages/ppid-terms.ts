import { t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';

// The PPID vocabularies and API shapes as the server defines them (src/modules/permohonan/terms.ts,
// transition.ts, src/modules/informasi/klasifikasi.ts, src/modules/hari-kerja/data/types.ts).

export const statuses = ['terdaftar', 'diproses', 'diperpanjang', 'dikabulkan_seluruhnya', 'dikabulkan_sebagian', 'ditolak', 'ditarik', 'diteruskan'] as const;
export type Status = (typeof statuses)[number];

/**
 * A copy of the server's table of allowed status changes, only to offer the actions that make
 * sense; the server checks every change again and stays the authority.
 */
export const allowedTransitions: Record<Status, readonly Status[]> = {
  terdaftar: ['diproses', 'ditarik', 'diteruskan'],
  diproses: ['diperpanjang', 'dikabulkan_seluruhnya', 'dikabulkan_sebagian', 'ditolak', 'ditarik', 'diteruskan'],
  diperpanjang: ['dikabulkan_seluruhnya', 'dikabulkan_sebagian', 'ditolak', 'ditarik', 'diteruskan'],
  dikabulkan_seluruhnya: [],
  dikabulkan_sebagian: [],
  ditolak: [],
  ditarik: [],
  diteruskan: [],
};

export const channels = ['website', 'email', 'surat', 'telepon', 'datang_langsung', 'instagram', 'facebook', 'x', 'whatsapp'] as const;
/** Staff enter what did not come through the web form. */
export const staffChannels = channels.filter((c) => c !== 'website');
export const requesterTypes = ['perseorangan', 'kelompok_orang', 'badan_hukum'] as const;
export const obtainMethods = ['melihat_membaca_mendengarkan_mencatat', 'salinan_softcopy', 'salinan_hardcopy'] as const;
export const copyDeliveries = ['ambil_langsung', 'kurir', 'pos', 'faksimili', 'email'] as const;
export const pasal17Letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export const refusalGrounds = [...pasal17Letters.map((l) => `pasal_17_${l}`), 'tidak_dikuasai', 'belum_didokumentasikan'] as const;

export type Decision =
  | { kind: 'dikabulkan_seluruhnya' }
  | { kind: 'dikabulkan_sebagian'; bagian: Array<{ bagian: string; alasan: string }> }
  | { kind: 'ditolak'; dasar: string; pemegang?: string }
  | { kind: 'ditarik' }
  | { kind: 'diteruskan'; tujuan: string };

export type PermohonanListItem = {
  id: string;
  number: string;
  status: Status;
  channel: string;
  requesterType: string;
  informationDetails: string;
  receivedAt: string;
  dueDate: string | null;
  extendedDueDate: string | null;
  decidedAt: string | null;
  /** Open and past its running deadline: not answered in time (UU 14/2008 Pasal 22(7)–(8)). */
  overdue: boolean;
  /** Open and due from today to the second working day after it. */
  dueSoon: boolean;
};

export type Permohonan = {
  id: string;
  unitId: string;
  number: string;
  status: Status;
  channel: string;
  receivedAt: string;
  registeredAt: string;
  requesterType: string;
  requesterName: string;
  requesterAddress: string;
  requesterOccupation: string | null;
  requesterPhone: string | null;
  requesterEmail: string | null;
  informationDetails: string;
  purpose: string;
  obtainMethod: string;
  copyDelivery: string | null;
  dueDate: string | null;
  extendedDueDate: string | null;
  extensionReason: string | null;
  decidedAt: string | null;
  decision: Decision | null;
};

export type HistoryEntry = { id: string; fromStatus: Status | null; toStatus: Status; actorLabel: string; at: string; note: string | null };
export type PermohonanDetail = Permohonan & { history: HistoryEntry[] };

export const klasifikasiList = ['berkala', 'serta_merta', 'setiap_saat', 'dikecualikan'] as const;
export type Klasifikasi = (typeof klasifikasiList)[number];
export const bentukList = ['softcopy', 'hardcopy', 'keduanya'] as const;

export type Informasi = {
  id: string;
  unitId: string;
  klasifikasi: Klasifikasi;
  judul: string;
  ringkasan: string;
  penguasaInformasi: string;
  waktuPembuatan: string | null;
  tempatPembuatan: string | null;
  bentuk: string;
  jangkaWaktuPenyimpanan: string | null;
  tautan: Array<{ judul: string; url: string }>;
  tanggalTerbit: string | null;
  pembaruanBerikutnya: string | null;
  pasal17Huruf: string | null;
  dasarHukum: string | null;
  ujiKonsekuensi: string | null;
  masaPengecualian: string | null;
  pengecualianBerakhir: string | null;
  penetapanNomor: string | null;
  penetapanTanggal: string | null;
  diarsipkanAt: string | null;
  alasanArsip: string | null;
  perluDiperbarui: boolean;
  perluDibukaKembali: boolean;
};

export const holidayTypes = ['libur_nasional', 'cuti_bersama', 'keppres', 'lokal'] as const;
export type Holiday = { id: string; tenantId: string | null; date: string; type: string; name: string; source: string; createdBy: string | null };
export type CalendarStatus = { hariIni: string; tahun: Array<{ tahun: number; sumber: string }>; peringatan: string | null; peringatanTahun: number | null };
export type DueDateAnswer = {
  mulai: string;
  hari: number;
  tz: string;
  jatuhTempo: string;
  dilewati: Array<{ tanggal: string; alasan: string; jenis: string; sumber: string | null }>;
};

/** The roles whose units the PPID screens offer; the menu itself follows session.tsx's abilities. */
export const ppidRoles = ['ppid_utama', 'ppid_pelaksana', 'atasan_ppid', 'evaluator'];
/** The roles that process requests and keep the information list (policy `permohonan.process`, `informasi.manage`). */
export const ppidOfficerRoles = ['ppid_utama', 'ppid_pelaksana'];

/** A refusal ground in words (Pasal 17 letter with its short text, not held, not documented). */
export function groundText(ground: string): string {
  const letter = /^pasal_17_([a-j])$/.exec(ground)?.[1];
  if (letter) return t('pmh.ground.pasal17', { letter, text: t(`pasal17.${letter}` as MessageKey) });
  return t(`pmh.ground.${ground}` as MessageKey);
}

/** A status in words. */
export function statusText(status: string): string {
  return t(`pmh.status.${status}` as MessageKey);
}
