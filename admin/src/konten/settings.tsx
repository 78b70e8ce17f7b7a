import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { queryClient } from '../query.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import { FormStatus, useForm } from '../ui/form.tsx';

/** The unit's content setting: whether every item goes through the redaktur. The head (konten.settings) changes it. */
export function KontenSettings({ unitId }: { unitId: string }) {
  const { me } = useSession();
  const key = ['konten', 'pengaturan', unitId];
  const setting = useQuery({ queryKey: key, queryFn: () => api<{ wajibRedaktur: boolean }>(`/konten/pengaturan/${unitId}`) });
  const form = useForm(['wajibRedaktur']);
  const mayChange = hasUnitRole(me, unitId, 'penanggung_jawab');
  const change = (wajibRedaktur: boolean) =>
    form.run(async () => {
      queryClient.setQueryData(key, await api<{ wajibRedaktur: boolean }>(`/konten/pengaturan/${unitId}`, { method: 'PUT', body: { wajibRedaktur } }));
      await queryClient.invalidateQueries({ queryKey: ['konten'] });
    }, t('set.saved'));
  return (
    <section className="card" aria-labelledby="set-title">
      <h2 id="set-title">{t('set.title')}</h2>
      {setting.error && <p className="alert alert-error">{setting.error.message}</p>}
      {setting.data && (
        <div className="check">
          <input
            id="wajib-redaktur"
            type="checkbox"
            checked={setting.data.wajibRedaktur}
            disabled={!mayChange || form.busy}
            onChange={(e) => void change(e.target.checked)}
            aria-describedby="wajib-redaktur-hint"
          />
          <label htmlFor="wajib-redaktur">{t('set.wajibRedaktur')}</label>
        </div>
      )}
      <p id="wajib-redaktur-hint" className="hint">
        {t('set.wajibRedakturHint')}
      </p>
      <FormStatus form={form} />
    </section>
  );
}
