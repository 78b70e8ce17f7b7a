import type { Status } from '../permohonan/terms.ts';

/**
 * The status rows of the report. Seed 003 has three (dipenuhi, "ditolak/tidak dijawab", diproses);
 * `ditolak` is that second row: refused, or left without a written notice past its deadline (a
 * request is then not answered, not still in process). A withdrawn or forwarded request is none of
 * those, so each gets its own row: every request is counted exactly once and the rows add up to
 * the requests received.
 */
export const statusGroups = ['dipenuhi', 'ditolak', 'diproses', 'ditarik', 'diteruskan'] as const;
export type StatusGroup = (typeof statusGroups)[number];

const groupOf: Record<Status, StatusGroup> = {
  dikabulkan_seluruhnya: 'dipenuhi',
  dikabulkan_sebagian: 'dipenuhi',
  ditolak: 'ditolak',
  terdaftar: 'diproses',
  diproses: 'diproses',
  diperpanjang: 'diproses',
  ditarik: 'ditarik',
  diteruskan: 'diteruskan',
};

/** The report row a request's status falls in (before the unanswered ones are moved to `ditolak`). */
export function statusGroupOf(status: Status): StatusGroup {
  return groupOf[status];
}

/** Statuses whose decision time counts in the average service time: a grant or a refusal. */
export const decidedStatuses: readonly Status[] = ['dikabulkan_seluruhnya', 'dikabulkan_sebagian', 'ditolak'];

/** Service-time bands in working days: within the answer limit, within the extension, beyond both. */
export const serviceBands = ['0-10', '11-17', 'lebih-17'] as const;
export type ServiceBand = (typeof serviceBands)[number];

/** The band of a service time (UU 14/2008 Pasal 22(7) 10 days, (8) +7 days). */
export function serviceBandOf(days: number): ServiceBand {
  if (days <= 10) return '0-10';
  if (days <= 17) return '11-17';
  return 'lebih-17';
}

/**
 * The text that groups "most requested information": case, punctuation and spacing do not make
 * two requests different ("Laporan keuangan 2025." = "laporan  keuangan 2025").
 */
export function normaliseInformation(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
