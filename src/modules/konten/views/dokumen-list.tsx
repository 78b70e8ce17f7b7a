import { t } from '../../../i18n/catalogue.ts';
import { numberFormat } from '../../../lib/date-format.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import type { DokumenPublik } from '../public-dokumen.ts';

// What a reader knows a file as; anything else is named by its file name's extension.
const jenisBerkas: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/zip': 'ZIP',
  'text/csv': 'CSV',
  'text/plain': 'TXT',
};

/** "PDF" from the recognised type, or the name's extension in capitals. */
export function jenisDokumen(d: Pick<DokumenPublik, 'mediaType' | 'name'>): string {
  return jenisBerkas[d.mediaType] ?? (/\.([A-Za-z0-9]{1,5})$/.exec(d.name)?.[1]?.toUpperCase() || d.mediaType);
}

/** A size in the reader's language: "1,2 MB", "340 KB" (1 KB = 1024 bytes, as file managers show). */
export function ukuranBerkas(lang: SiteContext['lang'], bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  const digits = i === 0 || value >= 10 ? 0 : 1;
  return `${numberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${units[i]}`;
}

/** A publication's documents, each a download link that says the file's type and size before anyone spends data on it. */
export function DokumenList({ ctx, dokumen, hrefOf }: { ctx: SiteContext; dokumen: DokumenPublik[]; hrefOf(id: string): string }) {
  return (
    <section class="dokumen" aria-labelledby="dokumen">
      <h2 id="dokumen">{t(ctx.lang, 'konten.publik.dokumen')}</h2>
      {dokumen.length === 0 ? (
        <p class="empty">{t(ctx.lang, 'konten.publik.dokumen_kosong')}</p>
      ) : (
        <ul class="link-list">
          {dokumen.map((d) => (
            <li key={d.id}>
              <a href={hrefOf(d.id)} download>
                {t(ctx.lang, 'konten.publik.unduh', { nama: d.name })}
              </a>{' '}
              <small>({t(ctx.lang, 'konten.publik.dokumen_info', { jenis: jenisDokumen(d), ukuran: ukuranBerkas(ctx.lang, d.sizeBytes) })})</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
