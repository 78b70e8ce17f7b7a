import { type Lang, t } from '../../i18n/catalogue.ts';
import { TableRegion } from '../ppid-portal/table-region.tsx';
import type { Breakdown, Cell } from './build-report.ts';
import { formatPercent } from './labels.ts';

/**
 * A share drawn as a bar in 5% steps. The public pages' CSP allows no inline styles, so the width
 * is a class (`kip-w0` … `kip-w100` in site.css); the number beside it is what is read out.
 */
function Bar({ persen }: { persen: number }) {
  const step = Math.min(100, Math.max(0, Math.round(persen / 5) * 5));
  return <span class={`kip-bar kip-w${step}`} aria-hidden="true" />;
}

type BreakdownProps<K extends string> = { id: string; caption: string; head: string; b: Breakdown<K>; lang: Lang };

/** One table of seed 003's shape: a row per category with its count and share, then the total. */
export function BreakdownTable<K extends string>({ id, caption, head, b, lang }: BreakdownProps<K>) {
  return (
    <TableRegion captionId={id}>
      <table>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col" class="num">
              {t(lang, 'laporan_kip.col.count')}
            </th>
            <th scope="col" class="num">
              {t(lang, 'laporan_kip.col.percent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {b.baris.map((row) => (
            <tr key={row.kunci}>
              <th scope="row">{row.label}</th>
              <td class="num">{row.jumlah}</td>
              <td class="num">
                {formatPercent(row.persen, lang)}
                <Bar persen={row.persen} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t(lang, 'laporan_kip.total')}</th>
            <td class="num">{b.jumlah.jumlah}</td>
            <td class="num">{formatPercent(b.jumlah.persen, lang)}</td>
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}

type CrossRow<K extends string> = { key: string; label: string; b: Breakdown<K> };
type CrossProps<K extends string> = { id: string; caption: string; head: string; rows: CrossRow<K>[]; lang: Lang };

const countAndShare = (c: Cell, lang: Lang) => `${c.jumlah} (${formatPercent(c.persen, lang)})`;

/**
 * The per-channel breakdowns as one table: a row per channel that had requests, a column per
 * category with its count and its share of that channel's requests, then the channel's total.
 */
export function CrossTable<K extends string>({ id, caption, head, rows, lang }: CrossProps<K>) {
  const columns = rows[0]?.b.baris ?? [];
  return (
    <TableRegion captionId={id}>
      <table>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            {columns.map((c) => (
              <th key={c.kunci} scope="col" class="num">
                {c.label}
              </th>
            ))}
            <th scope="col" class="num">
              {t(lang, 'laporan_kip.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.b.baris.map((c) => (
                <td key={c.kunci} class="num">
                  {countAndShare(c, lang)}
                </td>
              ))}
              <td class="num">{row.b.jumlah.jumlah}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
