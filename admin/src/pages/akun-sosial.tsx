import { useNavigate } from '@tanstack/react-router';
import { t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import type { AkunSosialSearch } from '../routes/search.ts';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { AplikasiSection } from './akun-sosial-apps.tsx';
import { PickAccount } from './akun-sosial-pick.tsx';
import type { AkunUnit, Aplikasi } from './akun-sosial-types.ts';
import { UnitAccounts } from './akun-sosial-unit.tsx';

const problems = ['kedaluwarsa', 'sesi', 'ditolak', 'gagal', 'kosong', 'akun_lain'];

/** "Akun media sosial": what the last OAuth callback did, each unit's accounts, and the agency's apps. */
export function AkunSosialPage({ search }: { search: AkunSosialSearch }) {
  const navigate = useNavigate();
  const units = useLoad<{ units: AkunUnit[] }>('/sosial/akun');
  const apps = useLoad<{ items: Aplikasi[]; mayEdit: boolean }>('/sosial/aplikasi');
  const anyManaged = units.data?.units.some((u) => u.mayManage) ?? false;
  const simulated = units.data?.units.some((u) => u.akun.some((a) => a.simulasi)) || apps.data?.items.some((a) => a.simulasi);
  const clear = () => void navigate({ to: '/akun-sosial', search: {}, replace: true });
  return (
    <Page title={t('sosial.title')}>
      <p>{t('sosial.intro')}</p>
      {simulated && <p className="note">{t('sosial.simulationNote')}</p>}
      {search.terhubung && (
        <p className="alert alert-ok" role="status">
          {t('sosial.connected')}
        </p>
      )}
      {search.galat && problems.includes(search.galat) && (
        <p className="alert alert-error" role="alert">
          {t(`sosial.error.${search.galat}` as MessageKey)}
        </p>
      )}
      {search.pilih && (
        <PickAccount
          oauthId={search.pilih}
          onDone={() => {
            clear();
            units.reload();
          }}
        />
      )}
      <section aria-labelledby="sosial-units">
        <h2 id="sosial-units">{t('sosial.units')}</h2>
        <LoadState loaded={units} />
        {units.data?.units.length === 0 && <p className="empty">{t('sosial.noUnits')}</p>}
        {units.data?.units.map((u) => (
          <UnitAccounts key={u.unitId} unit={u} apps={apps.data?.items ?? []} onChange={units.reload} />
        ))}
      </section>
      {(anyManaged || apps.data?.mayEdit) && apps.data && <AplikasiSection apps={apps.data.items} mayEdit={apps.data.mayEdit} onSaved={apps.reload} />}
    </Page>
  );
}
