import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import { TableRegion } from '../ppid-portal/table-region.tsx';
import { asOfNote } from './as-of.ts';
import type { KipReport } from './build-report.ts';
import { formatDays, formatPercent } from './labels.ts';
import { BreakdownTable, CrossTable } from './portal-tables.tsx';

/** The officer's texts in the report's order, only those written. */
function writtenTexts(r: KipReport) {
  return (
    [
      ['kendala', 'laporan_kip.section.kendala', r.teks.kendala],
      ['rekomendasi', 'laporan_kip.section.rekomendasi', r.teks.rekomendasi],
      ['tindak-lanjut', 'laporan_kip.section.tindak_lanjut', r.teks.tindakLanjut],
    ] as const
  )
    .map(([id, key, text]) => ({
      id,
      key,
      lines: text
        .split(/\n+/)
        .map((l) => l.trim())
        .filter(Boolean),
    }))
    .filter((x) => x.lines.length > 0);
}

/**
 * A finished period's report as public HTML: the tables of the KIP report (seed 003) with counts
 * and shares, the per-channel breakdowns, service time in working days, the most requested
 * information by rank, disputes, and the officer's texts. Nothing here names a requester: the
 * report holds counts, labels and the officer's own texts only — except the information text,
 * which this page leaves out (see `TopInformation`).
 */
export function PortalReport({ r, notes, lang }: { r: KipReport; notes: string[]; lang: Lang }) {
  const m = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const received = r.status.jumlah.jumlah;
  const used = r.saluran.filter((s) => s.pemohon.jumlah.jumlah > 0);
  const texts = writtenTexts(r);
  const average = r.waktuLayanan.rataRataHariKerja;
  return (
    <>
      <h2 id="ringkasan">{m('laporan_kip.portal.summary')}</h2>
      <p>{asOfNote(r.statusPer, r.periode, lang)}</p>
      {r.jenis === 'tahunan' ? <p>{m('laporan_kip.summary.basis')}</p> : null}
      <dl class="facts">
        <dt>{m('laporan_kip.summary.received')}</dt>
        <dd>{received}</dd>
        <dt>{m('laporan_kip.summary.granted')}</dt>
        <dd>{`${r.pasal12.c_dikabulkan.jumlah} (${formatPercent(r.pasal12.c_dikabulkan.persen, lang)})`}</dd>
        <dt>{m('laporan_kip.summary.refused')}</dt>
        <dd>{`${r.pasal12.c_ditolak.jumlah} (${formatPercent(r.pasal12.c_ditolak.persen, lang)})`}</dd>
        <dt>{m('laporan_kip.summary.not_answered')}</dt>
        <dd>{`${r.pasal12.c_tidakDijawab.jumlah} (${formatPercent(r.pasal12.c_tidakDijawab.persen, lang)})`}</dd>
        <dt>{m('laporan_kip.summary.average')}</dt>
        <dd>{average === null ? '—' : formatDays(average, lang)}</dd>
        <dt>{m('laporan_kip.section.disputes')}</dt>
        <dd>{r.sengketa.jumlah.jumlah}</dd>
      </dl>

      {received === 0 ? (
        <p class="empty">{m('laporan_kip.portal.no_requests')}</p>
      ) : (
        <>
          <h2>{m('laporan_kip.section.channels')}</h2>
          <BreakdownTable id="t-media" caption={m('laporan_kip.section.channels')} head={m('laporan_kip.col.channel')} b={r.perSaluran} lang={lang} />

          <h2>{m('laporan_kip.section.requesters_all')}</h2>
          <BreakdownTable id="t-pemohon" caption={m('laporan_kip.section.requesters_all')} head={m('laporan_kip.col.requester')} b={r.pemohon} lang={lang} />
          <CrossTable
            id="t-pemohon-media"
            caption={m('laporan_kip.portal.by_channel_requesters')}
            head={m('laporan_kip.col.channel')}
            rows={used.map((s) => ({ key: s.saluran, label: s.label, b: s.pemohon }))}
            lang={lang}
          />

          <h2>{m('laporan_kip.section.status_all')}</h2>
          <BreakdownTable id="t-status" caption={m('laporan_kip.section.status_all')} head={m('laporan_kip.col.status')} b={r.status} lang={lang} />
          <CrossTable
            id="t-status-media"
            caption={m('laporan_kip.portal.by_channel_status')}
            head={m('laporan_kip.col.channel')}
            rows={used.map((s) => ({ key: s.saluran, label: s.label, b: s.status }))}
            lang={lang}
          />
          {r.ditolakRincian.jumlah.jumlah > 0 ? (
            <BreakdownTable id="t-ditolak" caption={m('laporan_kip.section.unanswered')} head={m('laporan_kip.col.status')} b={r.ditolakRincian} lang={lang} />
          ) : null}

          <h2>{m('laporan_kip.section.service_time')}</h2>
          <p>
            {average === null
              ? m('laporan_kip.average_none')
              : m('laporan_kip.average', { days: formatDays(average, lang), n: r.waktuLayanan.terhitung.jumlah })}
          </p>
          {r.waktuLayanan.terhitung.jumlah > 0 ? (
            <BreakdownTable id="t-waktu" caption={m('laporan_kip.col.band')} head={m('laporan_kip.col.band')} b={r.waktuLayanan.sebaran} lang={lang} />
          ) : null}

          <h2>{m('laporan_kip.section.top_information')}</h2>
          <TopInformation r={r} lang={lang} />

          {r.alasanPenolakan.jumlah.jumlah > 0 ? (
            <>
              <h2>{m('laporan_kip.section.refusals')}</h2>
              <BreakdownTable id="t-alasan" caption={m('laporan_kip.section.refusals')} head={m('laporan_kip.col.ground')} b={r.alasanPenolakan} lang={lang} />
            </>
          ) : null}
        </>
      )}

      <h2>{m('laporan_kip.section.disputes')}</h2>
      <p>{m('laporan_kip.disputes.count', { n: r.sengketa.jumlah.jumlah })}</p>
      {r.sengketa.jumlah.jumlah > 0 ? (
        <BreakdownTable id="t-sengketa" caption={m('laporan_kip.section.disputes')} head={m('laporan_kip.col.stage')} b={r.sengketa} lang={lang} />
      ) : null}

      {texts.length > 0 ? (
        <>
          <h2>{m('laporan_kip.portal.officer_texts')}</h2>
          {texts.map((x) => (
            <section key={x.id} aria-labelledby={`teks-${x.id}`}>
              <h3 id={`teks-${x.id}`}>{m(x.key)}</h3>
              {x.lines.map((line, i) => (
                <p key={String(i)}>{line}</p>
              ))}
            </section>
          ))}
        </>
      ) : null}

      <h2>{m('laporan_kip.section.notes')}</h2>
      <ul class="meta">
        {notes.map((note, i) => (
          <li key={String(i)}>{note}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * The most requested information by rank and count, without its text. The text is the request's
 * "rincian informasi", typed freely by each requester, and may carry a name, an ID number or an
 * address. The report does not treat it as publishable: nothing reviews or redacts it (the staff
 * report shows it as typed), and the public register deliberately never selects it
 * (ppid-portal/load-public-register.ts). So the public page keeps the counts and says why.
 */
function TopInformation({ r, lang }: { r: KipReport; lang: Lang }) {
  return (
    <>
      <p>{t(lang, 'laporan_kip.portal.information_withheld')}</p>
      <TableRegion captionId="t-informasi">
        <table>
          <caption id="t-informasi">{t(lang, 'laporan_kip.section.top_information')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'laporan_kip.portal.rank')}</th>
              <th scope="col" class="num">
                {t(lang, 'laporan_kip.col.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.informasiTerbanyak.map((i) => (
              <tr key={String(i.peringkat)}>
                <th scope="row">{t(lang, 'laporan_kip.portal.rank_value', { rank: i.peringkat })}</th>
                <td class="num">{i.jumlah}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
