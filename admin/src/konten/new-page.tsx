import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import type { KontenNewSearch } from '../routes/search.ts';
import { useSession, writerRoles } from '../session.tsx';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { bodyOf, type Draft, emptyDraft } from './draft.ts';
import { EditForm } from './edit-form.tsx';
import { atributFields } from './fields.tsx';
import { labelOf, useKatalog } from './katalog.ts';
import { afterChange, useUnits } from './queries.ts';
import type { KontenDetail } from './types.ts';

/** "Tulis naskah": choose the unit and kind, then write; the first save makes the draft. */
export function NewKontenPage({ search }: { search: KontenNewSearch }) {
  const navigate = useNavigate();
  const { me } = useSession();
  const katalog = useKatalog().data;
  const units = (useUnits().data?.items ?? []).filter((u) => me.user.isAdmin || me.roles.some((r) => r.unitId === u.id && writerRoles.includes(r.role)));
  const [unitId, setUnitId] = useState(search.unit ?? '');
  const [jenis, setJenis] = useState(search.jenis ?? 'berita');
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const form = useForm(['unitId', 'jenis', 'judul', 'ringkasan', 'isi', 'bidangId', 'penulisPersonId', 'tags', 'coverMediaId', ...atributFields]);
  const chosenUnit = unitId || (units.length === 1 ? (units[0]?.id ?? '') : '');
  const create = () =>
    form.run(async () => {
      const detail = await api<KontenDetail>('/konten', { method: 'POST', body: { unitId: chosenUnit, jenis, ...bodyOf(draft) } });
      afterChange(detail);
      void navigate({ to: '/konten/$id', params: { id: detail.item.id }, replace: true });
    });
  return (
    <Page title={t('edit.newTitle')}>
      <p>
        <Link to="/konten">← {t('edit.back')}</Link>
      </p>
      <FormStatus form={form} />
      <div className="filters">
        <Field label={t('konten.unit')} error={form.errorFor('unitId')}>
          {(a11y) => (
            <select {...a11y} value={chosenUnit} onChange={(e) => setUnitId(e.target.value)}>
              <option value="">{t('edit.chooseUnit')}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('konten.jenis')} error={form.errorFor('jenis')}>
          {(a11y) => (
            <select {...a11y} value={jenis} onChange={(e) => setJenis(e.target.value)}>
              {['berita', 'artikel', 'pengumuman', 'publikasi', 'agenda', 'galeri', 'video'].map((code) => (
                <option key={code} value={code}>
                  {labelOf(katalog, 'jenis', code)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {chosenUnit && (
        <div className="konten-edit">
          <EditForm
            key={`${chosenUnit}-${jenis}`}
            unitId={chosenUnit}
            jenis={jenis}
            draft={draft}
            setDraft={setDraft}
            editable
            form={form}
            submitLabel={t('edit.create')}
            onSubmit={() => void create()}
          />
        </div>
      )}
    </Page>
  );
}
