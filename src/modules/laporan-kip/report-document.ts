import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import { formatDateTime } from '../permohonan/format.ts';
import { asOfNote } from './as-of.ts';
import type { Breakdown } from './build-report.ts';
import type { BarChart } from './chart-svg.ts';
import type { LaporanKip } from './compile-report.ts';
import { formatDays, formatPercent } from './labels.ts';
import { breakdownChart } from './report-charts.ts';

/** A table as seed 003 lays it out: a caption ("Tabel 1. …"), a header, rows and the total row. */
export type DocTable = { caption: string; header: string[]; rows: string[][]; total: string[] | null };

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: DocTable }
  | { kind: 'chart'; chart: BarChart };

/** The content of a report document, in order; the Word and PDF renderers only format it. */
export type ReportDocument = { title: string; scope: string; period: string; blocks: Block[] };

/**
 * Lays a report out as a document: the tables of seed 003 with a chart each (per channel:
 * requesters, status), the service time, the most requested information, disputes, and for the
 * annual report the Pasal 12 summary with the grounds of refusal; then the officer's texts and
 * how the numbers are counted.
 */
export function reportDocument(r: LaporanKip, lang: Lang): ReportDocument {
  const m = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const blocks: Block[] = [];
  let tableNo = 0;
  let chartNo = 0;
  const heading = (text: string) => blocks.push({ kind: 'heading', text });
  const paragraph = (text: string) => blocks.push({ kind: 'paragraph', text });
  const table = (caption: string, header: string[], rows: string[][], total: string[] | null) =>
    blocks.push({ kind: 'table', table: { caption: `Tabel ${++tableNo}. ${caption}`, header, rows, total } });
  const pct = (n: number) => formatPercent(n, lang);
  const seedTable = <K extends string>(caption: string, first: string, b: Breakdown<K>) =>
    table(
      caption,
      [m('laporan_kip.col.no'), first, m('laporan_kip.col.count'), m('laporan_kip.col.percent')],
      b.baris.map((row, i) => [`${i + 1}.`, row.label, String(row.jumlah), pct(row.persen)]),
      ['', m('laporan_kip.total'), String(b.jumlah.jumlah), pct(b.jumlah.persen)],
    );
  const chart = <K extends string>(id: string, title: string, b: Breakdown<K>) =>
    blocks.push({ kind: 'chart', chart: breakdownChart(id, `Grafik ${++chartNo}. ${title}`, b, r.periode.label, lang) });
  const used = r.saluran.filter((s) => s.pemohon.jumlah.jumlah > 0);

  // Said first: a finished period's report counts status on its last day, unless asked for today.
  paragraph(asOfNote(r.statusPer, r.periode, lang));
  heading(`1. ${m('laporan_kip.section.channels')}`);
  seedTable(m('laporan_kip.section.channels'), m('laporan_kip.col.channel'), r.perSaluran);
  chart('grafik-saluran', m('laporan_kip.chart.channels'), r.perSaluran);

  // Seed 003 §2.2.3–2.2.4: a table and a chart per channel that had requests, then all channels.
  heading(`2. ${m('laporan_kip.section.requesters_all')}`);
  if (used.length === 0) paragraph(m('laporan_kip.no_information'));
  for (const s of used) {
    const title = m('laporan_kip.section.requesters', { channel: s.label });
    seedTable(title, m('laporan_kip.col.requester'), s.pemohon);
    chart(`grafik-pemohon-${s.saluran}`, title, s.pemohon);
  }
  seedTable(m('laporan_kip.section.requesters_all'), m('laporan_kip.col.requester'), r.pemohon);
  chart('grafik-pemohon', m('laporan_kip.chart.requesters'), r.pemohon);

  heading(`3. ${m('laporan_kip.section.status_all')}`);
  for (const s of used) {
    const title = m('laporan_kip.section.status', { channel: s.label });
    seedTable(title, m('laporan_kip.col.status'), s.status);
    chart(`grafik-status-${s.saluran}`, title, s.status);
  }
  seedTable(m('laporan_kip.section.status_all'), m('laporan_kip.col.status'), r.status);
  chart('grafik-status', m('laporan_kip.chart.status'), r.status);
  // The seed's "Ditolak/tidak dijawab" row, split: a refusal is an answer, silence is not (Pasal 35(1) c).
  if (r.ditolakRincian.jumlah.jumlah > 0) seedTable(m('laporan_kip.section.unanswered'), m('laporan_kip.col.status'), r.ditolakRincian);

  const w = r.waktuLayanan;
  heading(`4. ${m('laporan_kip.section.service_time')}`);
  paragraph(
    w.rataRataHariKerja === null
      ? m('laporan_kip.average_none')
      : m('laporan_kip.average', { days: formatDays(w.rataRataHariKerja, lang), n: w.terhitung.jumlah }),
  );
  seedTable(m('laporan_kip.section.service_time'), m('laporan_kip.col.band'), w.sebaran);

  heading(`5. ${m('laporan_kip.section.top_information')}`);
  if (r.informasiTerbanyak.length === 0) paragraph(m('laporan_kip.no_information'));
  else
    table(
      m('laporan_kip.section.top_information'),
      [m('laporan_kip.col.no'), m('laporan_kip.col.information'), m('laporan_kip.col.count')],
      r.informasiTerbanyak.map((i) => [`${i.peringkat}.`, i.teks, String(i.jumlah)]),
      null,
    );

  heading(`6. ${m('laporan_kip.section.disputes')}`);
  paragraph(m('laporan_kip.disputes.count', { n: r.sengketa.jumlah.jumlah }));
  if (r.sengketa.jumlah.jumlah > 0) seedTable(m('laporan_kip.section.disputes'), m('laporan_kip.col.stage'), r.sengketa);

  let n = 7;
  if (r.jenis === 'tahunan') {
    // UU 14/2008 Pasal 12 a–d, the numbers Perki 1/2021 Pasal 56 asks of the annual report.
    const p = r.pasal12;
    heading(`${n++}. ${m('laporan_kip.section.summary')}`);
    paragraph(m('laporan_kip.summary.basis'));
    table(
      m('laporan_kip.section.summary'),
      [m('laporan_kip.col.no'), m('laporan_kip.col.measure'), m('laporan_kip.col.count')],
      [
        ['a.', m('laporan_kip.summary.received'), String(p.a_diterima.jumlah)],
        ['b.', m('laporan_kip.summary.average'), p.b_rataRataHariKerja === null ? '-' : formatDays(p.b_rataRataHariKerja, lang)],
        ['c.', m('laporan_kip.summary.granted'), String(p.c_dikabulkan.jumlah)],
        ['', m('laporan_kip.summary.refused'), String(p.c_ditolak.jumlah)],
        ['', m('laporan_kip.summary.not_answered'), String(p.c_tidakDijawab.jumlah)],
        ['d.', m('laporan_kip.summary.grounds'), m('laporan_kip.summary.grounds_table')],
      ],
      null,
    );
    heading(`${n++}. ${m('laporan_kip.section.refusals')}`);
    seedTable(m('laporan_kip.section.refusals'), m('laporan_kip.col.ground'), p.d_alasanPenolakan);
  }
  for (const [key, text] of [
    ['laporan_kip.section.kendala', r.teks.kendala],
    ['laporan_kip.section.rekomendasi', r.teks.rekomendasi],
    ['laporan_kip.section.tindak_lanjut', r.teks.tindakLanjut],
  ] as const) {
    heading(`${n++}. ${m(key)}`);
    const lines = text
      .split(/\n+/)
      .map((l) => l.trim())
      .filter(Boolean);
    for (const line of lines.length ? lines : [m('laporan_kip.text_empty')]) paragraph(line);
  }
  heading(m('laporan_kip.section.notes'));
  for (const note of r.catatan) paragraph(note);
  paragraph(m('laporan_kip.generated', { at: formatDateTime(new Date(r.dibuatPada), r.zonaWaktu.iana, lang) }));
  return { title: m(`laporan_kip.title.${r.jenis}`), scope: r.lingkup.nama, period: r.periode.label, blocks };
}
