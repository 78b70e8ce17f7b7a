import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import { fbsItems, jenisKonten, kategoriPublikasi, statusKonten, statusMediaCenter } from './terms.ts';

/** The words of the workflow in the reader's language, so screens never show a code. */
export function kontenKatalog(lang: Lang) {
  const label = (prefix: string, codes: readonly (string | number)[]) => codes.map((code) => ({ code, label: t(lang, `${prefix}${code}` as MessageKey) }));
  return {
    status: label('konten.status.', statusKonten),
    jenis: label('konten.jenis.', jenisKonten),
    kategori: label('konten.kategori.', kategoriPublikasi),
    fbs: label('konten.fbs.', fbsItems),
    mediaCenter: label('konten.mc.', statusMediaCenter),
  };
}
