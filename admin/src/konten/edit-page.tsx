import { useState } from 'react';
import { ApiError, api } from '../api.ts';
import { t } from '../i18n.ts';
import { KontenKiriman } from '../pages/konten-kiriman.tsx';
import { KontenVarian } from '../pages/konten-varian.tsx';
import { hasUnitRole, useSession } from '../session.tsx';
import { FormStatus, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { KontenComments } from './comments.tsx';
import { bodyOf, type Draft, draftOf } from './draft.ts';
import { EditForm } from './edit-form.tsx';
import { FbsChecklist } from './fbs.tsx';
import { atributFields } from './fields.tsx';
import { WorkflowHistory } from './history.tsx';
import { labelOf, useKatalog } from './katalog.ts';
import { KontenMoves } from './moves.tsx';
import { afterChange, useKonten } from './queries.ts';
import { RevisionHistory } from './revisions.tsx';
import type { KontenDetail } from './types.ts';

const approvedStates = ['menunggu_persetujuan', 'disetujui', 'dijadwalkan', 'terbit', 'ditarik'];

/** "Ubah naskah": the item's text and fields, its preview, and beside them what the team does with it. */
export function EditKontenPage({ id }: { id: string }) {
  const item = useKonten(id);
  if (item.error)
    return (
      <Page title={t('edit.title')}>
        <p className="alert alert-error" role="alert">
          {item.error.message}
        </p>
      </Page>
    );
  if (!item.data)
    return (
      <Page title={t('edit.title')}>
        <p className="loading">{t('app.loading')}</p>
      </Page>
    );
  return <EditKonten key={item.data.revisi.id} detail={item.data} reload={() => void item.refetch()} />;
}

function EditKonten({ detail, reload }: { detail: KontenDetail; reload: () => void }) {
  const { me } = useSession();
  const katalog = useKatalog().data;
  const [draft, setDraft] = useState<Draft>(() => draftOf(detail));
  const [conflict, setConflict] = useState(false);
  const form = useForm(['judul', 'ringkasan', 'isi', 'bidangId', 'penulisPersonId', 'tags', 'coverMediaId', ...atributFields]);
  const { item } = detail;
  const save = () =>
    form.run(async () => {
      try {
        const next = await api<KontenDetail>(`/konten/${item.id}`, { method: 'PUT', body: { baseRevisionId: detail.revisi.id, ...bodyOf(draft) } });
        if (next.revisi.id === detail.revisi.id) return form.fail(t('edit.unchanged'));
        afterChange(next);
      } catch (err) {
        if (err instanceof ApiError && err.status === 409 && err.field === 'baseRevisionId') setConflict(true);
        else throw err;
      }
    });
  const mayApprove = detail.moves.includes('disetujui') && hasUnitRole(me, item.unitId, 'penanggung_jawab');
  return (
    <Page title={draft.judul || t('edit.title')}>
      <p>
        <Link to="/konten">← {t('edit.back')}</Link>
      </p>
      <p className="badges">
        <span className="badge">{labelOf(katalog, 'jenis', item.jenis)}</span> <span className="badge">{labelOf(katalog, 'status', item.status)}</span>{' '}
        <span className="muted">
          {item.unitName} · {t('rev.number', { n: detail.revisi.nomor })}
        </span>
      </p>
      {conflict && (
        <div className="alert alert-error" role="alert">
          <p>{t('edit.conflict')}</p>
          <button type="button" className="btn-secondary" onClick={reload}>
            {t('edit.reloadLatest')}
          </button>
        </div>
      )}
      {mayApprove && (
        <p>
          <Link className="button-link" to={`/konten/${item.id}/setujui`}>
            {t('approve.open')}
          </Link>
        </p>
      )}
      {!detail.canEdit && <p className="hint">{t('edit.readOnly')}</p>}
      {detail.canEdit && approvedStates.includes(item.status) && item.status !== 'menunggu_persetujuan' && (
        <p className="alert alert-warn">{t('edit.afterApproval')}</p>
      )}
      <FormStatus form={form} />
      <div className="konten-edit">
        <EditForm
          unitId={item.unitId}
          kontenId={item.id}
          jenis={item.jenis}
          draft={draft}
          setDraft={setDraft}
          editable={detail.canEdit}
          form={form}
          submitLabel={t('edit.save')}
          onSubmit={() => void save()}
        />
        <aside className="konten-side" aria-label={t('edit.sections')}>
          <KontenMoves detail={detail} />
          <KontenKiriman kontenId={item.id} status={item.status} />
          {(item.status === 'ditinjau' || detail.fbs.items.some((x) => x.confirmedAt)) && <FbsChecklist detail={detail} />}
          <RevisionHistory detail={detail} />
          <WorkflowHistory id={item.id} />
          <KontenComments detail={detail} />
        </aside>
      </div>
      <KontenVarian kontenId={item.id} approved={approvedStates.includes(item.status) && item.status !== 'menunggu_persetujuan'} />
    </Page>
  );
}
