import type { InformasiRow } from './schema.ts';

/** An item as the API and the portal show it, with the two warnings computed for a given day. */
export type InformasiView = InformasiRow & {
  /** berkala whose next-update date has passed: it is overdue for renewal. */
  perluDiperbarui: boolean;
  /** dikecualikan whose exemption period has ended: it must be reviewed and opened again. */
  perluDibukaKembali: boolean;
};

/**
 * Adds the warning flags. A date is "passed" from the day after it: a period ending today is still
 * in force today. Dates compare as `YYYY-MM-DD` strings.
 */
export function viewOf<R extends Pick<InformasiRow, 'klasifikasi' | 'pembaruanBerikutnya' | 'pengecualianBerakhir'> = InformasiRow>(
  row: R,
  today: string,
): R & Pick<InformasiView, 'perluDiperbarui' | 'perluDibukaKembali'> {
  return {
    ...row,
    perluDiperbarui: row.klasifikasi === 'berkala' && row.pembaruanBerikutnya !== null && row.pembaruanBerikutnya < today,
    perluDibukaKembali: row.klasifikasi === 'dikecualikan' && row.pengecualianBerakhir !== null && row.pengecualianBerakhir < today,
  };
}
