import { type MessageKey, t } from '../../../i18n/catalogue.ts';
import type { Bidang } from '../../org/find-units.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import { MAX_QUERY_CHARS } from '../query-words.ts';
import type { CariQueryProblem, CariRequest } from '../read-cari-query.ts';
import { jenisCari } from '../terms.ts';

type Props = {
  ctx: SiteContext;
  action: string;
  bidang: Bidang[];
  request: CariRequest;
  error?: CariQueryProblem;
  /** A notice above the form (too many searches). */
  notice?: string;
};

const YEARS_OFFERED = 10;

/** The search form: a GET form with plain fields, so it works without JavaScript and its address can be shared. */
export function CariForm({ ctx, action, bidang, request, error, notice }: Props) {
  const { lang } = ctx;
  const thisYear = new Date().getUTCFullYear();
  const years = Array.from({ length: YEARS_OFFERED }, (_, i) => thisYear - i);
  const errorId = error ? `${error.field}-error` : undefined;
  return (
    <search>
      {notice ? (
        <p class="form-alert" role="alert">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p class="form-alert" role="alert" id={errorId}>
          {t(lang, error.key, { max: thisYear + 1 })}
        </p>
      ) : null}
      <form class="search" method="get" action={action}>
        <label for="q">{t(lang, 'cari.label')}</label>
        <span>
          <input id="q" name="q" type="search" value={request.q} maxlength={MAX_QUERY_CHARS} />
          {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
          <button type="submit">{t(lang, 'cari.button')}</button>
        </span>
        <fieldset class="filters">
          <legend>{t(lang, 'cari.filters')}</legend>
          <label for="jenis">{t(lang, 'cari.jenis')}</label>
          <select id="jenis" name="jenis" aria-describedby={error?.field === 'jenis' ? errorId : undefined}>
            <option value="">{t(lang, 'cari.semua')}</option>
            {jenisCari.map((j) => (
              <option key={j} value={j} selected={request.jenis === j}>
                {t(lang, (j === 'dip' ? 'cari.jenis.dip' : `konten.jenis.${j}`) as MessageKey)}
              </option>
            ))}
          </select>
          {bidang.length > 0 ? (
            <>
              <label for="bidang">{t(lang, 'cari.bidang')}</label>
              <select id="bidang" name="bidang" aria-describedby={error?.field === 'bidang' ? errorId : undefined}>
                <option value="">{t(lang, 'cari.semua')}</option>
                {bidang.map((b) => (
                  <option key={b.id} value={b.slug} selected={request.bidang === b.slug}>
                    {b.name}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          <label for="tahun">{t(lang, 'cari.tahun')}</label>
          <select id="tahun" name="tahun" aria-describedby={error?.field === 'tahun' ? errorId : undefined}>
            <option value="">{t(lang, 'cari.semua')}</option>
            {years.map((y) => (
              <option key={String(y)} value={String(y)} selected={request.tahun === y}>
                {y}
              </option>
            ))}
          </select>
        </fieldset>
      </form>
    </search>
  );
}
