import { apiDownload } from '../api.ts';
import { t } from '../i18n.ts';
import { FormStatus, useForm } from '../ui/form.tsx';

type Props = {
  /** The API query of the report (unit and period). */
  query: string;
  /** The unit's PPID and admins may take the register with the requesters' contacts. */
  mayExportPersonal: boolean;
};

/**
 * The report as Word or PDF and the register as CSV or XLSX. Fetched, then saved, so a refusal —
 * the PDF's 503 when the server has no Chromium — shows here as the server's message.
 */
export function ReportDownloads({ query, mayExportPersonal }: Props) {
  const form = useForm([]);
  const get = (file: string, personal = false) =>
    void form.run(() => apiDownload(`/laporan-kip/${file}${query}${personal ? '&dataPribadi=1' : ''}`, file), t('lap.downloaded'));
  const button = (text: string, file: string, personal = false) => (
    <button type="button" className="btn-secondary" aria-disabled={form.busy} onClick={() => get(file, personal)}>
      {text}
    </button>
  );
  return (
    <section className="card" aria-labelledby="lap-downloads">
      <h2 id="lap-downloads">{t('lap.downloads')}</h2>
      <FormStatus form={form} />
      <div className="actions">
        {button(t('lap.docx'), 'laporan.docx')}
        {button(t('lap.pdf'), 'laporan.pdf')}
      </div>
      <p className="hint">{t('lap.registerNote')}</p>
      <div className="actions">
        {button(t('lap.registerCsv'), 'register.csv')}
        {button(t('lap.registerXlsx'), 'register.xlsx')}
      </div>
      {mayExportPersonal && (
        <section className="report-personal" aria-labelledby="lap-personal" aria-describedby="lap-personal-note">
          <h3 id="lap-personal">{t('lap.personal')}</h3>
          <p id="lap-personal-note" className="alert alert-warn">
            {t('lap.personalNote')}
          </p>
          <div className="actions">
            {button(t('lap.personalCsv'), 'register.csv', true)}
            {button(t('lap.personalXlsx'), 'register.xlsx', true)}
          </div>
        </section>
      )}
    </section>
  );
}
