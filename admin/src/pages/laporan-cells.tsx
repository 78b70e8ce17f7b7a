import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { currentLang, t } from '../i18n.ts';
import type { LaporanSearch } from '../routes/search.ts';
import type { Breakdown, Cell } from './laporan-terms.ts';

/** Where the numbers of one report lead: the screen's address with a cell's rows open, and which cell is open. */
export type CellNav = { searchFor: (sel: string) => LaporanSearch; open: string | null };

const locale = () => (currentLang() === 'en' ? 'en-GB' : 'id-ID');

/** A share the Indonesian way: "33,3%". */
export const formatPercent = (n: number) => `${n.toLocaleString(locale(), { maximumFractionDigits: 1 })}%`;
/** A number of days with one decimal: "4,5". */
export const formatDays = (n: number) => n.toLocaleString(locale(), { maximumFractionDigits: 1 });

/**
 * A report number that opens the rows behind it. A real link (the address holds the open cell), named
 * for screen readers by what it counts; a zero opens nothing, so it stays plain text.
 */
export function CellLink({ cell, what, nav }: { cell: Pick<Cell, 'jumlah' | 'sel'>; what: string; nav: CellNav }) {
  if (cell.jumlah === 0) return <>0</>;
  const open = nav.open === cell.sel;
  return (
    <Link
      to="/laporan"
      search={nav.searchFor(cell.sel)}
      className={open ? 'cell-link cell-open' : 'cell-link'}
      data-sel={cell.sel}
      aria-current={open ? 'true' : undefined}
      aria-label={t('lap.openRows', { n: cell.jumlah, what })}
    >
      {cell.jumlah}
    </Link>
  );
}

/**
 * A table that scrolls inside its own box on a phone, not the page. The box is a named region
 * and focusable, so a keyboard user can scroll it too.
 */
export function TableBox({ id, caption, children }: { id: string; caption: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-wrap" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="report-table">
        <caption id={`${id}-caption`}>{caption}</caption>
        {children}
      </table>
    </section>
  );
}

/** One of seed 003's tables: No., the row's name, the number (a link to its rows) and its share, then the total. */
export function BreakdownTable({ id, caption, first, b, nav }: { id: string; caption: string; first: string; b: Breakdown; nav: CellNav }) {
  return (
    <TableBox id={id} caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('lap.col.no')}</th>
          <th scope="col">{first}</th>
          <th scope="col" className="num">
            {t('lap.col.count')}
          </th>
          <th scope="col" className="num">
            {t('lap.col.percent')}
          </th>
        </tr>
      </thead>
      <tbody>
        {b.baris.map((row, i) => (
          <tr key={row.kunci}>
            <td>{i + 1}.</td>
            <th scope="row">{row.label}</th>
            <td className="num">
              <CellLink cell={row} what={`${caption} — ${row.label}`} nav={nav} />
            </td>
            <td className="num">{formatPercent(row.persen)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <th scope="row">{t('lap.total')}</th>
          <td className="num">
            <CellLink cell={b.jumlah} what={`${caption} — ${t('lap.total')}`} nav={nav} />
          </td>
          <td className="num">{formatPercent(b.jumlah.persen)}</td>
        </tr>
      </tfoot>
    </TableBox>
  );
}
