import type { LaporanSearch } from '../routes/search.ts';
import type { Me } from '../types.ts';
import { todayIn } from '../zone.ts';

// The KIP report's API shapes as the server defines them (src/modules/laporan-kip/build-report.ts,
// compile-report.ts, cell-rows.ts, period.ts). Labels arrive in the reader's language.

/** One number of the report with its share and the selection (`sel`) that lists its rows. */
export type Cell = { jumlah: number; persen: number; sel: string };
export type Row = Cell & { kunci: string; label: string };
/** A table of seed 003's shape: numbered rows, then the total. */
export type Breakdown = { baris: Row[]; jumlah: Cell };
export type ReportKind = 'triwulan' | 'tahunan';

export type LaporanKip = {
  jenis: ReportKind;
  periode: { jenis: ReportKind; dari: string; sampai: string; label: string };
  perSaluran: Breakdown;
  pemohon: Breakdown;
  status: Breakdown;
  /** The "Ditolak/tidak dijawab" row split: refused with a notice (`ditolak`), not answered in time (`tidak-dijawab`). */
  ditolakRincian: Breakdown;
  /** The date status is counted on: the period's last day (or today while it runs), or today. */
  statusPer: { dasar: StatusBasis; tanggal: string };
  saluran: Array<{ saluran: string; label: string; pemohon: Breakdown; status: Breakdown }>;
  waktuLayanan: { rataRataHariKerja: number | null; terhitung: Cell; tidakTerhitung: Cell; sebaran: Breakdown };
  informasiTerbanyak: Array<{ peringkat: number; teks: string; jumlah: number; sel: string }>;
  alasanPenolakan: Breakdown;
  sengketa: Breakdown;
  pasal12: {
    a_diterima: Cell;
    b_rataRataHariKerja: number | null;
    c_dikabulkan: Cell;
    c_ditolak: Cell;
    c_tidakDijawab: Cell;
  };
  teks: ReportTexts;
  lingkup: { tenant: { id: string; name: string }; unit: { id: string; name: string; slug: string } | null; nama: string };
  zonaWaktu: { iana: string; label: string };
  dibuatPada: string;
  catatan: string[];
};

export type ReportTexts = { kendala: string; rekomendasi: string; tindakLanjut: string; diperbaruiPada: string | null };
export const textFields = ['kendala', 'rekomendasi', 'tindakLanjut'] as const;
export type TextField = (typeof textFields)[number];

/** A request a cell counted: the facts it was counted by, never the requester's personal data. */
export type CellRequest = {
  id: string;
  number: string;
  unitId: string;
  channel: string;
  requesterType: string;
  status: string;
  receivedDay: string;
  decidedDay: string | null;
  refusalGround: string | null;
  informationDetails: string;
  serviceDays: number | null;
  /** The status today, when the report counts an earlier date. */
  statusSekarang: string;
  /** The deadline that ran on the report's date. */
  jatuhTempo: string | null;
  /** No written notice by the report's date although the deadline had passed. */
  tidakDijawab: boolean;
};
export type CellDispute = {
  id: string;
  unitId: string;
  kiRegistrationNumber: string;
  registeredOn: string;
  stage: string;
  rulingOn: string | null;
  keberatanNumber: string;
  permohonanId: string;
  permohonanNumber: string;
};
export type CellRows =
  | { sel: string; jenis: 'permohonan'; jumlah: number; baris: CellRequest[] }
  | { sel: string; jenis: 'sengketa'; jumlah: number; baris: CellDispute[] };

/** Who reads reports (policy `laporan.view`): the unit's PPID, admins, and evaluators for every unit. */
export const reportRoles = ['ppid_utama', 'ppid_pelaksana'];

/** Whether this person reads every unit's report and the tenant's (admins and evaluators). */
export function readsAllReports(me: Me): boolean {
  return me.user.isAdmin || me.roles.some((r) => r.role === 'evaluator');
}

/** Whether the KIP report menu entry is shown to this person. */
export function mayViewReports(me: Me): boolean {
  return readsAllReports(me) || me.roles.some((r) => reportRoles.includes(r.role));
}

/** Whether this person may write a report's texts and export its register with personal data (unit PPID or admin). */
export function mayWriteReport(me: Me, unitId: string | null): boolean {
  if (me.user.isAdmin) return true;
  return unitId !== null && me.roles.some((r) => r.unitId === unitId && reportRoles.includes(r.role));
}

/** How the period is chosen on the screen; the API only knows `jenis` and the two dates. */
export type PeriodMode = 'triwulan' | 'tahunan' | 'rentang';
export type Period = { jenis: ReportKind; dari: string; sampai: string; statusPer?: StatusBasis };

/** The date status is counted on: the period's last day (the default, a finished period does not change) or today. */
export const statusBases = ['akhir-periode', 'hari-ini'] as const;
export type StatusBasis = (typeof statusBases)[number];
/** The status basis in an address or API query: only `hari-ini` is written, the default is left out. */
const basisParam = (p: Period): Record<string, string> => (p.statusPer === 'hari-ini' ? { statusPer: 'hari-ini' } : {});

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day of a quarter (1–4) of a year. */
export function quarterPeriod(year: number, quarter: number): Period {
  const endMonth = quarter * 3;
  return { jenis: 'triwulan', dari: `${year}-${pad(endMonth - 2)}-01`, sampai: `${year}-${pad(endMonth)}-${lastDay(year, endMonth)}` };
}

export function yearPeriod(year: number): Period {
  return { jenis: 'tahunan', dari: `${year}-01-01`, sampai: `${year}-12-31` };
}

/** The quarter that holds today in the tenant's zone: the report asked for first. */
export function currentQuarter(timeZone: string, now = new Date()): Period {
  const today = todayIn(timeZone, now);
  return quarterPeriod(Number(today.slice(0, 4)), Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1);
}

/** How the chooser shows a period: as a quarter, a whole year (annual report), or two dates. */
export function modeOf(p: Period): { mode: PeriodMode; year: number; quarter: number } {
  const year = Number(p.dari.slice(0, 4));
  const quarter = Math.floor((Number(p.dari.slice(5, 7)) - 1) / 3) + 1;
  const q = quarterPeriod(year, quarter);
  if (p.jenis === 'triwulan' && p.dari === q.dari && p.sampai === q.sampai) return { mode: 'triwulan', year, quarter };
  const y = yearPeriod(year);
  if (p.jenis === 'tahunan' && p.dari === y.dari && p.sampai === y.sampai) return { mode: 'tahunan', year, quarter };
  return { mode: 'rentang', year, quarter };
}

const isDay = (s: string | null): s is string => s !== null && /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * The report the address asks for: `unit` (a unit's id, `semua` for the whole tenant, or none for
 * the default), `jenis`, `dari`, `sampai`, and `statusPer=hari-ini` for status as of today.
 * Without a full period it is the current quarter.
 */
export function periodFromSearch(search: LaporanSearch, timeZone: string): Period {
  const dari = search.dari ?? null;
  const sampai = search.sampai ?? null;
  const jenis: ReportKind = search.jenis === 'tahunan' ? 'tahunan' : 'triwulan';
  const basis: Pick<Period, 'statusPer'> = search.statusPer === 'hari-ini' ? { statusPer: 'hari-ini' } : {};
  if (isDay(dari) && isDay(sampai)) return { jenis, dari, sampai, ...basis };
  return { ...(jenis === 'tahunan' ? yearPeriod(Number(todayIn(timeZone).slice(0, 4))) : currentQuarter(timeZone)), ...basis };
}

/** The value of the unit chooser that stands for the whole tenant. */
export const ALL_UNITS = 'semua';

/** The API query of a report: its unit (left out for the whole tenant), period and status basis. */
export function reportQuery(unitId: string | null, p: Period, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ ...(unitId ? { unit: unitId } : {}), jenis: p.jenis, dari: p.dari, sampai: p.sampai, ...basisParam(p), ...extra });
  return `?${q.toString()}`;
}

/** The screen's address (`/laporan?…`) for a report, with the cell whose rows are open. */
export function screenSearch(unit: string, p: Period, sel?: string): LaporanSearch {
  return { unit, jenis: p.jenis, dari: p.dari, sampai: p.sampai, statusPer: p.statusPer === 'hari-ini' ? 'hari-ini' : undefined, sel };
}
