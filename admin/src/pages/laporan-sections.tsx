import { t } from '../i18n.ts';
import { BreakdownTable, CellLink, type CellNav, formatDays, formatPercent, TableBox } from './laporan-cells.tsx';
import type { Breakdown, LaporanKip } from './laporan-terms.ts';

type TableSpec = { id: string; caption: string; first: string; b: Breakdown };

/** The report's tables in the order of seed 003, named once for the screen and for the rows' heading. */
function tablesOf(r: LaporanKip) {
  const used = r.saluran.filter((s) => s.pemohon.jumlah.jumlah > 0);
  return {
    overall: [
      { id: 'lap-channels', caption: t('lap.sec.channels'), first: t('lap.col.channel'), b: r.perSaluran },
      { id: 'lap-requesters', caption: t('lap.sec.requesters'), first: t('lap.col.requester'), b: r.pemohon },
      { id: 'lap-status', caption: t('lap.sec.status'), first: t('lap.col.status'), b: r.status },
      // Seed 003's "Ditolak/tidak dijawab" row, split: a refusal is an answer, silence past the deadline is not.
      { id: 'lap-unanswered', caption: t('lap.sec.unanswered'), first: t('lap.col.status'), b: r.ditolakRincian },
    ] satisfies TableSpec[],
    perChannel: used.map((s) => ({
      saluran: s.saluran,
      label: s.label,
      n: s.pemohon.jumlah.jumlah,
      tables: [
        { id: `lap-requesters-${s.saluran}`, caption: t('lap.sec.requestersOf', { channel: s.label }), first: t('lap.col.requester'), b: s.pemohon },
        { id: `lap-status-${s.saluran}`, caption: t('lap.sec.statusOf', { channel: s.label }), first: t('lap.col.status'), b: s.status },
      ] satisfies TableSpec[],
    })),
    bands: { id: 'lap-bands', caption: t('lap.sec.serviceBands'), first: t('lap.col.band'), b: r.waktuLayanan.sebaran } satisfies TableSpec,
    refusals: { id: 'lap-refusals', caption: t('lap.sec.refusals'), first: t('lap.col.ground'), b: r.alasanPenolakan } satisfies TableSpec,
    disputes: { id: 'lap-disputes', caption: t('lap.sec.disputes'), first: t('lap.col.stage'), b: r.sengketa } satisfies TableSpec,
  };
}

/** What each number of the report counts, in words, for the heading of its rows (first table wins). */
export function describeCells(r: LaporanKip): Map<string, string> {
  const names = new Map<string, string>();
  const add = (sel: string, what: string) => {
    if (!names.has(sel)) names.set(sel, what);
  };
  const tables = tablesOf(r);
  for (const spec of [...tables.overall, ...tables.perChannel.flatMap((c) => c.tables), tables.bands, tables.refusals, tables.disputes]) {
    for (const row of spec.b.baris) add(row.sel, `${spec.caption} — ${row.label}`);
    add(spec.b.jumlah.sel, `${spec.caption} — ${t('lap.total')}`);
  }
  add(r.waktuLayanan.terhitung.sel, t('lap.counted'));
  add(r.waktuLayanan.tidakTerhitung.sel, t('lap.uncounted'));
  for (const i of r.informasiTerbanyak) add(i.sel, `${t('lap.sec.top')} — ${i.peringkat}. ${i.teks}`);
  return names;
}

/** Every table of the report, each number opening its rows. */
export function ReportSections({ report: r, nav }: { report: LaporanKip; nav: CellNav }) {
  const tables = tablesOf(r);
  const w = r.waktuLayanan;
  return (
    <>
      <section aria-labelledby="lap-h-requests">
        <h2 id="lap-h-requests">{t('lap.sec.requests')}</h2>
        {tables.overall.map((spec) => (
          <BreakdownTable key={spec.id} {...spec} nav={nav} />
        ))}
      </section>

      <section aria-labelledby="lap-h-per-channel">
        <h2 id="lap-h-per-channel">{t('lap.sec.perChannel')}</h2>
        <p>{tables.perChannel.length > 0 ? t('lap.perChannelIntro') : t('lap.perChannelNone')}</p>
        {tables.perChannel.map((c) => (
          <details key={c.saluran} className="report-details">
            <summary>{t('lap.channelSummary', { channel: c.label, n: c.n })}</summary>
            {c.tables.map((spec) => (
              <BreakdownTable key={spec.id} {...spec} nav={nav} />
            ))}
          </details>
        ))}
      </section>

      <section aria-labelledby="lap-h-time">
        <h2 id="lap-h-time">{t('lap.sec.serviceTime')}</h2>
        <p className="report-average">{w.rataRataHariKerja === null ? t('lap.averageNone') : t('lap.average', { days: formatDays(w.rataRataHariKerja) })}</p>
        <ul className="report-facts">
          <li>
            {t('lap.counted')}: <CellLink cell={w.terhitung} what={t('lap.counted')} nav={nav} />
          </li>
          {w.tidakTerhitung.jumlah > 0 && (
            <li>
              {t('lap.uncounted')}: <CellLink cell={w.tidakTerhitung} what={t('lap.uncounted')} nav={nav} />
            </li>
          )}
        </ul>
        <BreakdownTable {...tables.bands} nav={nav} />
      </section>

      <section aria-labelledby="lap-h-top">
        <h2 id="lap-h-top">{t('lap.sec.top')}</h2>
        {r.informasiTerbanyak.length === 0 ? (
          <p>{t('lap.topNone')}</p>
        ) : (
          <TableBox id="lap-top" caption={t('lap.sec.top')}>
            <thead>
              <tr>
                <th scope="col">{t('lap.col.rank')}</th>
                <th scope="col">{t('lap.col.information')}</th>
                <th scope="col" className="num">
                  {t('lap.col.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.informasiTerbanyak.map((i) => (
                <tr key={i.sel}>
                  <td>{i.peringkat}.</td>
                  <th scope="row" className="wrap">
                    {i.teks}
                  </th>
                  <td className="num">
                    <CellLink cell={i} what={`${t('lap.sec.top')} — ${i.peringkat}. ${i.teks}`} nav={nav} />
                  </td>
                </tr>
              ))}
            </tbody>
          </TableBox>
        )}
      </section>

      <section aria-labelledby="lap-h-refusals">
        <h2 id="lap-h-refusals">{t('lap.sec.refusals')}</h2>
        <BreakdownTable {...tables.refusals} nav={nav} />
      </section>

      <section aria-labelledby="lap-h-disputes">
        <h2 id="lap-h-disputes">{t('lap.sec.disputes')}</h2>
        <p>
          {t('lap.disputesCount')} <CellLink cell={r.sengketa.jumlah} what={`${t('lap.sec.disputes')} — ${t('lap.total')}`} nav={nav} />
        </p>
        {r.sengketa.jumlah.jumlah > 0 && <BreakdownTable {...tables.disputes} nav={nav} />}
      </section>

      {r.jenis === 'tahunan' && <AnnualSummary report={r} nav={nav} />}
    </>
  );
}

/** The four numbers of UU 14/2008 Pasal 12 the annual report announces. */
function AnnualSummary({ report: r, nav }: { report: LaporanKip; nav: CellNav }) {
  const p = r.pasal12;
  const rows = [
    { key: 'a', label: t('lap.sum.received'), value: <CellLink cell={p.a_diterima} what={t('lap.sum.received')} nav={nav} />, share: null },
    { key: 'b', label: t('lap.sum.average'), value: p.b_rataRataHariKerja === null ? '—' : formatDays(p.b_rataRataHariKerja), share: null },
    {
      key: 'c1',
      label: t('lap.sum.granted'),
      value: <CellLink cell={p.c_dikabulkan} what={t('lap.sum.granted')} nav={nav} />,
      share: formatPercent(p.c_dikabulkan.persen),
    },
    {
      key: 'c2',
      label: t('lap.sum.refused'),
      value: <CellLink cell={p.c_ditolak} what={t('lap.sum.refused')} nav={nav} />,
      share: formatPercent(p.c_ditolak.persen),
    },
    {
      key: 'c3',
      label: t('lap.sum.notAnswered'),
      value: <CellLink cell={p.c_tidakDijawab} what={t('lap.sum.notAnswered')} nav={nav} />,
      share: formatPercent(p.c_tidakDijawab.persen),
    },
  ];
  return (
    <section aria-labelledby="lap-h-summary">
      <h2 id="lap-h-summary">{t('lap.sec.summary')}</h2>
      <TableBox id="lap-summary" caption={t('lap.sec.summary')}>
        <thead>
          <tr>
            <th scope="col">{t('lap.col.measure')}</th>
            <th scope="col" className="num">
              {t('lap.col.count')}
            </th>
            <th scope="col" className="num">
              {t('lap.col.percent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.value}</td>
              <td className="num">{row.share ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </TableBox>
      <p>{t('lap.sum.grounds')}</p>
    </section>
  );
}
