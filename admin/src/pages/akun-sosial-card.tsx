import { formatDateTime, t } from '../i18n.ts';
import { Link } from '../ui/link.tsx';
import { useLoad } from '../ui/load.tsx';
import { platformName } from './akun-sosial-types.ts';

type Warning = {
  akunId: string;
  unitName: string;
  platform: string;
  nama: string;
  peringatan: 'perlu_sambung_ulang' | 'segera_kedaluwarsa';
  tokenExpiresAt: string | null;
  /** The date the warning names: the refresh token's end when that is what runs out. */
  peringatanSampai: string | null;
};

/** On the home screen of the people who keep accounts: accounts to reconnect or about to expire. */
export function AkunSosialWarningCard({ show }: { show: boolean }) {
  const warnings = useLoad<{ items: Warning[] }>(show ? '/sosial/akun/peringatan' : null);
  const items = warnings.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <div className="alert alert-warn" role="alert">
      <p>{t('sosial.card.title')}</p>
      <ul>
        {items.map((w) => (
          <li key={w.akunId}>
            {t('sosial.card.item', { platform: platformName(w.platform), name: w.nama, unit: w.unitName })}:{' '}
            {t(`sosial.warn.${w.peringatan}`, { date: formatDateTime(w.peringatanSampai ?? w.tokenExpiresAt) })}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/akun-sosial">{t('sosial.card.open')}</Link>
      </p>
    </div>
  );
}
