import { t } from '../../../i18n/catalogue.ts';
import type { Trail } from '../../site/unit-pages/page-trail.ts';
import { type Pasal17Huruf, pasal17Text } from '../klasifikasi.ts';
import { capitalise } from './dip-views.tsx';
import type { PublicDikRow } from './list-public-page.ts';
import { formatDate } from './portal-frame.tsx';

/**
 * One DIK entry: what is exempt and why — the Pasal 17 ground in words, the legal basis, the
 * consequence test, the period and the PPID decision. The summary of contents is never shown.
 */
export function DikEntry({ trail, item }: { trail: Trail; item: PublicDikRow & { perluDibukaKembali: boolean } }) {
  const { lang } = trail.ctx;
  const label = (field: 'pasal17Huruf' | 'dasarHukum' | 'ujiKonsekuensi' | 'masaPengecualian' | 'penetapan' | 'penguasaInformasi') =>
    capitalise(t(lang, `informasi.field.${field}`));
  const huruf = item.pasal17Huruf as Pasal17Huruf;
  const until = formatDate(trail, item.pengecualianBerakhir!);
  return (
    <section class="dik" aria-labelledby={`dik-${item.id}`}>
      <h2 id={`dik-${item.id}`}>{item.judul}</h2>
      {item.perluDibukaKembali ? <p class="flag">{t(lang, 'informasi.perlu_dibuka')}</p> : null}
      <dl class="facts">
        <dt>{label('penguasaInformasi')}</dt>
        <dd>{item.penguasaInformasi}</dd>
        <dt>{label('pasal17Huruf')}</dt>
        <dd>
          {t(lang, 'informasi.pasal17', { huruf })}: {pasal17Text[huruf][lang]}
        </dd>
        <dt>{label('dasarHukum')}</dt>
        <dd>{item.dasarHukum}</dd>
        <dt>{label('ujiKonsekuensi')}</dt>
        <dd>{item.ujiKonsekuensi}</dd>
        <dt>{label('masaPengecualian')}</dt>
        <dd>
          {item.masaPengecualian
            ? t(lang, 'informasi.masa_sampai', { masa: item.masaPengecualian, tanggal: until })
            : t(lang, 'informasi.sampai', { tanggal: until })}
        </dd>
        <dt>{label('penetapan')}</dt>
        <dd>{t(lang, 'informasi.penetapan', { nomor: item.penetapanNomor!, tanggal: formatDate(trail, item.penetapanTanggal!) })}</dd>
      </dl>
    </section>
  );
}
