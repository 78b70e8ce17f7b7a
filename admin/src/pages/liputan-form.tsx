import { useNavigate } from '@tanstack/react-router';
import { api } from '../api.ts';
import { formatDate, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { useSession } from '../session.tsx';
import type { Items } from '../types.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { type Liputan, peranList, type RencanaItem, type TeamPick, useNewsroomUnits, zoneName } from './redaksi-terms.ts';

const fields = ['kegiatan', 'tanggal', 'jam', 'tempat', 'catatan', 'rencanaItemId', 'petugas'];

function tomorrow(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A new assignment in the unit of `?unit=`. */
export function LiputanNewPage({ unit }: { unit: string | undefined }) {
  const navigate = useNavigate();
  const { loaded, chosen } = useNewsroomUnits(unit ?? null);
  return (
    <Page title={t('lpt.new')}>
      <LoadState loaded={loaded} />
      {chosen && (
        <LiputanForm
          unitId={chosen.id}
          onDone={(l) => void navigate({ to: '/liputan/$id', params: { id: l.id }, search: { baru: '1' } })}
          onCancel={() => void navigate({ to: '/liputan', search: { lihat: 'unit' } })}
        />
      )}
    </Page>
  );
}

/**
 * Makes or changes an assignment: activity, date and time in the tenant's zone, place, notes, the
 * plan item it carries out, and its crew picked from the unit's team with a part each.
 */
export function LiputanForm({ unitId, item, onDone, onCancel }: { unitId: string; item?: Liputan; onDone: (l: Liputan) => void; onCancel: () => void }) {
  const { me } = useSession();
  const form = useForm(fields);
  const team = useLoad<Items<TeamPick>>(`/units/${unitId}/liputan/tim`);
  const today = new Date().toISOString().slice(0, 10);
  const soon = new Date(Date.now() + 62 * 86_400_000).toISOString().slice(0, 10);
  const back = new Date(Date.now() - 31 * 86_400_000).toISOString().slice(0, 10);
  const plans = useLoad<Items<RencanaItem>>(`/units/${unitId}/rencana?dari=${back}&sampai=${soon}`);
  const has = (personId: string, peran: string) => item?.petugas.some((p) => p.personId === personId && p.peran === peran) ?? false;
  const crewError =
    form.errorFor('petugas') ?? [0, 1, 2, 3, 4, 5].map((i) => form.errorFor(`petugas.${i}.peran`) ?? form.errorFor(`petugas.${i}.personId`)).find(Boolean);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const el = e.currentTarget;
        const v = formValues(el);
        const petugas = new FormData(el).getAll('petugas').map((value) => {
          const [personId, peran] = String(value).split('|');
          return { personId, peran };
        });
        const body = {
          kegiatan: v.kegiatan ?? '',
          tanggal: v.tanggal ?? '',
          jam: v.jam ?? '',
          tempat: v.tempat ?? '',
          catatan: v.catatan ?? '',
          rencanaItemId: v.rencanaItemId ?? null,
          petugas,
        };
        void form.run(async () => {
          const saved = item ? await api<Liputan>(`/liputan/${item.id}`, { method: 'PATCH', body }) : await api<Liputan>(`/units/${unitId}/liputan`, { body });
          onDone(saved);
        });
      }}
    >
      <FormStatus form={form} />
      <Field label={t('lpt.kegiatan')} error={form.errorFor('kegiatan')}>
        {(a) => <input {...a} name="kegiatan" required maxLength={300} defaultValue={item?.kegiatan} />}
      </Field>
      <div className="field-row">
        <Field label={t('lpt.tanggal')} error={form.errorFor('tanggal')}>
          {(a) => <input {...a} name="tanggal" type="date" required min={item ? undefined : today} defaultValue={item?.tanggal ?? tomorrow()} />}
        </Field>
        <Field label={t('lpt.jam', { zone: zoneName(me) })} error={form.errorFor('jam')}>
          {(a) => <input {...a} name="jam" type="time" required defaultValue={item?.jam ?? '08:00'} />}
        </Field>
      </div>
      <Field label={t('lpt.tempat')} error={form.errorFor('tempat')}>
        {(a) => <input {...a} name="tempat" required maxLength={300} defaultValue={item?.tempat} />}
      </Field>
      <Field label={t('lpt.catatan')} optional={t('app.optional')} error={form.errorFor('catatan')}>
        {(a) => <textarea {...a} name="catatan" rows={3} maxLength={5000} defaultValue={item?.catatan} />}
      </Field>
      <Field label={t('lpt.rencana')} optional={t('app.optional')} error={form.errorFor('rencanaItemId')}>
        {(a) => (
          <select {...a} name="rencanaItemId" defaultValue={item?.rencanaItemId ?? ''}>
            <option value="">{t('lpt.noRencana')}</option>
            {(plans.data?.items ?? [])
              .filter((p) => p.status !== 'dibatalkan' || p.id === item?.rencanaItemId)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {formatDate(p.tanggal)}: {p.judul}
                </option>
              ))}
          </select>
        )}
      </Field>
      <fieldset className={crewError ? 'choices field-invalid' : 'choices'} aria-describedby="lpt-crew-hint">
        <legend>{t('lpt.petugas')}</legend>
        <p id="lpt-crew-hint" className="hint">
          {t('lpt.petugasHint')}
        </p>
        <LoadState loaded={team} />
        {team.data && team.data.items.length === 0 && <p className="empty">{t('lpt.noTeam')}</p>}
        {team.data?.items.map((p) => (
          <div key={p.personId} className="crew-pick">
            <p className="name">{p.nama}</p>
            <div className="check-row">
              {peranList.map((peran) => (
                <label key={peran} className="check">
                  <input type="checkbox" name="petugas" value={`${p.personId}|${peran}`} defaultChecked={has(p.personId, peran)} />{' '}
                  {t(`lpt.pr.${peran}` as MessageKey)}
                </label>
              ))}
            </div>
          </div>
        ))}
        {crewError && (
          <p className="field-error" role="alert">
            {crewError}
          </p>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" aria-disabled={form.busy}>
          {t('app.save')}
        </button>
        <button type="button" className="btn-secondary" onClick={onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
