import { t } from '../i18n.ts';

/**
 * An account's marks beside its name, the same words and look on the accounts screen, the
 * variants and the publishing panel: simulated, must be reconnected, posted by hand. The leading
 * space keeps the name and the mark apart for screen readers too.
 */
export function AkunBadges({ akun }: { akun: { simulasi: boolean; status?: string; mode?: string } }) {
  return (
    <>
      {akun.simulasi && (
        <>
          {' '}
          <span className="badge badge-muted">{t('sosial.simulation')}</span>
        </>
      )}
      {akun.status === 'perlu_sambung_ulang' && (
        <>
          {' '}
          <span className="badge badge-warn">{t('sosial.status.perlu_sambung_ulang')}</span>
        </>
      )}
      {akun.mode === 'manual' && (
        <>
          {' '}
          <span className="badge">{t('sosial.status.manual')}</span>
        </>
      )}
    </>
  );
}
