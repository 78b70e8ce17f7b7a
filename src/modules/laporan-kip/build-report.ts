import type { Lang } from '../../i18n/catalogue.ts';
import { type DisputeStage, disputeStages } from '../keberatan/terms.ts';
import { type Channel, channels, type RefusalGround, type RequesterType, refusalGrounds, requesterTypes } from '../permohonan/terms.ts';
import type { AsOf } from './as-of.ts';
import { type ServiceBand, type StatusGroup, serviceBands, statusGroups } from './classify.ts';
import { type SengketaRow, sengketaMatches } from './count-sengketa.ts';
import { bandLabel, channelLabel, groundLabel, groupLabel, periodLabel, requesterLabel, stageLabel, unansweredLabel } from './labels.ts';
import type { Period } from './period.ts';
import { type CountedRequest, matches, parseSelection, TOP_INFORMATION, type UnansweredKind, unansweredKinds } from './selection.ts';

/** One number of the report with its share and the selection that lists its requests. */
export type Cell = { jumlah: number; persen: number; sel: string };
export type Row<K extends string> = Cell & { kunci: K; label: string };
/** A table of seed 003's shape: numbered rows, then the total row. */
export type Breakdown<K extends string> = { baris: Row<K>[]; jumlah: Cell };

export type ReportTexts = { kendala: string; rekomendasi: string; tindakLanjut: string; diperbaruiPada: string | null };

export type KipReport = {
  jenis: Period['jenis'];
  periode: Period & { label: string };
  perSaluran: Breakdown<Channel>;
  pemohon: Breakdown<RequesterType>;
  status: Breakdown<StatusGroup>;
  /** The "Ditolak/tidak dijawab" row split: refused with a notice, or not answered in time. */
  ditolakRincian: Breakdown<UnansweredKind>;
  /** The date the status of every request is counted on, and why that date. */
  statusPer: AsOf;
  saluran: Array<{ saluran: Channel; label: string; pemohon: Breakdown<RequesterType>; status: Breakdown<StatusGroup> }>;
  waktuLayanan: { rataRataHariKerja: number | null; terhitung: Cell; tidakTerhitung: Cell; sebaran: Breakdown<ServiceBand> };
  informasiTerbanyak: Array<{ peringkat: number; teks: string; jumlah: number; sel: string }>;
  alasanPenolakan: Breakdown<RefusalGround>;
  /** Disputes registered at the Komisi Informasi in the period, in all and per stage. */
  sengketa: Breakdown<DisputeStage>;
  /** The annual service numbers of UU 14/2008 Pasal 12 a–d, as cells of the tables above. */
  pasal12: {
    a_diterima: Cell;
    b_rataRataHariKerja: number | null;
    b_sebaran: Breakdown<ServiceBand>;
    c_dikabulkan: Cell;
    c_ditolak: Cell;
    /** Not answered in time: neither granted nor refused, shown beside c so a reader sees them. */
    c_tidakDijawab: Cell;
    d_alasanPenolakan: Breakdown<RefusalGround>;
  };
  teks: ReportTexts;
};

/** A share in percent with one decimal; 0 when there is nothing to share. */
export const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10);

/** The requests' information keys by how often they were asked, most first (ties alphabetical). */
export function topInformation(requests: readonly CountedRequest[]): Array<{ key: string; count: number; text: string }> {
  const groups = new Map<string, { count: number; text: string }>();
  for (const r of requests) {
    const g = groups.get(r.informationKey);
    if (g) g.count++;
    else groups.set(r.informationKey, { count: 1, text: r.informationDetails.trim() });
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, ...g }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, TOP_INFORMATION);
}

/**
 * The report's numbers. Every cell is counted by filtering the requests with its own selection,
 * the same filter the detail endpoint lists, so each number can be traced to register rows.
 */
export function buildReport(
  requests: readonly CountedRequest[],
  period: Period,
  asOf: AsOf,
  sengketa: readonly SengketaRow[],
  teks: ReportTexts,
  lang: Lang,
): KipReport {
  const top = topInformation(requests);
  const keys = top.map((t) => t.key);
  const count = (sel: string) => {
    const criteria = parseSelection(sel);
    return requests.filter((r) => matches(r, criteria, keys)).length;
  };
  const cell = (sel: string, whole: number): Cell => {
    const jumlah = count(sel);
    return { jumlah, persen: percentOf(jumlah, whole), sel };
  };
  const breakdown = <K extends string>(totalSel: string, dim: string, values: readonly K[], label: (k: K) => string): Breakdown<K> => {
    const total = count(totalSel);
    const prefix = totalSel === 'semua' ? '' : `${totalSel},`;
    return {
      baris: values.map((k) => ({ kunci: k, label: label(k), ...cell(`${prefix}${dim}:${k}`, total) })),
      jumlah: { jumlah: total, persen: total === 0 ? 0 : 100, sel: totalSel },
    };
  };
  const terhitung = requests.filter((r) => r.serviceDays !== null);
  // Decided = granted or refused with a notice; the unanswered have no decision to time.
  const decided = count('status:dipenuhi') + count('jawaban:ditolak');
  const sum = terhitung.reduce((s, r) => s + (r.serviceDays ?? 0), 0);
  const average = terhitung.length === 0 ? null : Math.round((sum * 10) / terhitung.length) / 10;
  const disputes = sengketa.length;
  const sebaran = breakdown('waktu:terhitung', 'waktu', serviceBands, (b) => bandLabel(lang, b));
  const alasanPenolakan = breakdown('jawaban:ditolak', 'alasan', refusalGrounds, (g) => groundLabel(lang, g));
  const received = count('semua');
  return {
    jenis: period.jenis,
    periode: { ...period, label: periodLabel(period, lang) },
    perSaluran: breakdown('semua', 'saluran', channels, (c) => channelLabel(lang, c)),
    pemohon: breakdown('semua', 'pemohon', requesterTypes, (r) => requesterLabel(lang, r)),
    status: breakdown('semua', 'status', statusGroups, (g) => groupLabel(lang, g)),
    ditolakRincian: breakdown('status:ditolak', 'jawaban', unansweredKinds, (k) => unansweredLabel(lang, k)),
    statusPer: asOf,
    saluran: channels.map((c) => ({
      saluran: c,
      label: channelLabel(lang, c),
      pemohon: breakdown(`saluran:${c}`, 'pemohon', requesterTypes, (r) => requesterLabel(lang, r)),
      status: breakdown(`saluran:${c}`, 'status', statusGroups, (g) => groupLabel(lang, g)),
    })),
    waktuLayanan: {
      rataRataHariKerja: average,
      terhitung: cell('waktu:terhitung', decided),
      tidakTerhitung: cell('waktu:tidak-terhitung', decided),
      sebaran,
    },
    informasiTerbanyak: top.map((t, i) => ({ peringkat: i + 1, teks: t.text, jumlah: t.count, sel: `informasi:${i + 1}` })),
    alasanPenolakan,
    sengketa: {
      baris: disputeStages.map((stage) => {
        const jumlah = sengketa.filter((d) => sengketaMatches(d, stage)).length;
        return { kunci: stage, label: stageLabel(lang, stage), jumlah, persen: percentOf(jumlah, disputes), sel: `sengketa:${stage}` };
      }),
      jumlah: { jumlah: disputes, persen: disputes === 0 ? 0 : 100, sel: 'sengketa' },
    },
    pasal12: {
      a_diterima: { jumlah: received, persen: received === 0 ? 0 : 100, sel: 'semua' },
      b_rataRataHariKerja: average,
      b_sebaran: sebaran,
      c_dikabulkan: cell('status:dipenuhi', received),
      c_ditolak: cell('jawaban:ditolak', received),
      c_tidakDijawab: cell('jawaban:tidak-dijawab', received),
      d_alasanPenolakan: alasanPenolakan,
    },
    teks,
  };
}
