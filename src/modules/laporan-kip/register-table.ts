import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import type { WorkingCalendar } from '../hari-kerja/calendar.ts';
import { formatDateTime } from '../permohonan/format.ts';
import { serviceDaysOf } from './count-requests.ts';
import { channelLabel, groundLabel, requesterLabel } from './labels.ts';
import type { RegisterRow } from './load-register.ts';

/** The register as a plain table (header + rows of text), the same for CSV and XLSX. */
export type RegisterTable = { header: string[]; rows: Array<Array<string | number>> };

const m = (lang: Lang, key: string) => t(lang, key as MessageKey);

/**
 * Lays the register out: number, receipt, channel, requester type, the personal-data columns only
 * when the rows carry them, the request, status, deadlines, decision date, service time in
 * working days (UU 14/2008 Pasal 12 b: the time each request took) and the decision's ground or note.
 */
export function registerTable(rows: readonly RegisterRow[], withPersonal: boolean, calendar: WorkingCalendar, timeZone: string, lang: Lang): RegisterTable {
  const days = rows.map((r) => serviceDaysOf(r, calendar));
  const header = [
    'Nomor',
    'Diterima',
    'Saluran',
    'Jenis pemohon',
    ...(withPersonal ? ['Nama pemohon', 'Alamat', 'Pekerjaan', 'Telepon', 'E-mail'] : []),
    'Rincian informasi',
    'Tujuan penggunaan',
    'Cara memperoleh',
    'Status',
    'Jatuh tempo',
    'Jatuh tempo perpanjangan',
    'Diputus',
    'Waktu layanan (hari kerja)',
    'Dasar penolakan / keterangan',
  ];
  const body = rows.map((r, i) => {
    const p = r.personal;
    return [
      r.number,
      formatDateTime(r.receivedAt, timeZone, lang),
      channelLabel(lang, r.channel),
      requesterLabel(lang, r.requesterType),
      ...(withPersonal ? [p?.name ?? '', p?.address ?? '', p?.occupation ?? '', p?.phone ?? '', p?.email ?? ''] : []),
      r.informationDetails,
      r.purpose,
      m(lang, `permohonan.obtainMethod.${r.obtainMethod}`),
      m(lang, `permohonan.status.${r.status}`),
      r.dueDate ?? '',
      r.extendedDueDate ?? '',
      r.decidedAt ? formatDateTime(r.decidedAt, timeZone, lang) : '',
      days[i] ?? '',
      [r.refusalGround ? groundLabel(lang, r.refusalGround) : '', r.decisionNote ?? ''].filter(Boolean).join(' — '),
    ];
  });
  return { header, rows: body };
}
