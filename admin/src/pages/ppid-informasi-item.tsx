import { useNavigate } from '@tanstack/react-router';
import { api } from '../api.ts';
import { formatDate, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { LampiranCard } from './lampiran-card.tsx';
import { ArchivedNote, InformasiForm } from './ppid-informasi-form.tsx';
import { type Informasi, ppidOfficerRoles } from './ppid-terms.ts';
import { queryOf, usePpidUnits } from './ppid-units.tsx';

/** Adds an item to the chosen unit's information list. */
export function InformasiNewPage({ unit }: { unit: string | undefined }) {
  const navigate = useNavigate();
  const { loaded, chosen } = usePpidUnits(unit ?? null);
  return (
    <Page title={t('inf.newTitle')}>
      <p>
        <Link to={`/informasi${queryOf({ unit: chosen?.id })}`}>← {t('app.back')}</Link>
      </p>
      <LoadState loaded={loaded} />
      {chosen && (
        <section className="card" aria-label={t('inf.newTitle')}>
          <p className="muted">{chosen.name}</p>
          <InformasiForm
            submitLabel={t('inf.submit')}
            onSubmit={async (body) => {
              const item = await api<Informasi>(`/units/${chosen.id}/informasi`, { body });
              await navigate({ to: '/informasi/$id', params: { id: item.id }, replace: true });
            }}
          />
        </section>
      )}
    </Page>
  );
}

/** One item: the edit form for the unit's PPID (or its facts for readers), and withdrawal with a reason. */
export function InformasiItemPage({ id }: { id: string }) {
  const { me } = useSession();
  const loaded = useLoad<Informasi>(`/informasi/${id}`);
  const item = loaded.data;
  const mayManage = item !== null && hasUnitRole(me, item.unitId, ...ppidOfficerRoles) && !item.diarsipkanAt;
  return (
    <Page title={item?.judul ?? t('inf.title')}>
      <p>
        <Link to={`/informasi${queryOf({ unit: item?.unitId, arsip: item?.diarsipkanAt ? '1' : undefined })}`}>← {t('app.back')}</Link>
      </p>
      <LoadState loaded={loaded} />
      {item && (
        <>
          <ArchivedNote item={item} />
          {item.perluDiperbarui && <p className="alert alert-warn">{t('inf.flagOverdue')}</p>}
          {item.perluDibukaKembali && <p className="alert alert-warn">{t('inf.flagReopen')}</p>}
          {mayManage ? (
            <>
              <section className="card" aria-label={t('inf.editOf', { title: item.judul })}>
                <InformasiForm
                  key={JSON.stringify(item)}
                  item={item}
                  submitLabel={t('inf.submit')}
                  doneText={t('app.saved')}
                  onSubmit={async (body) => {
                    await api(`/informasi/${item.id}`, { method: 'PATCH', body });
                    loaded.reload();
                  }}
                />
              </section>
              <ArchiveForm item={item} onArchived={loaded.reload} />
            </>
          ) : (
            <InformasiFacts item={item} />
          )}
          <LampiranCard base={`/informasi/${item.id}`} intro={t('lmp.introInformasi')} mayManage={mayManage} />
        </>
      )}
    </Page>
  );
}

function ArchiveForm({ item, onArchived }: { item: Informasi; onArchived: () => void }) {
  const form = useForm(['alasan']);
  return (
    <form
      className="card danger-zone"
      noValidate
      aria-labelledby="inf-archive"
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        if (!window.confirm(t('inf.archiveConfirm', { title: item.judul }))) return;
        void form.run(async () => {
          await api(`/informasi/${item.id}/arsip`, { body: { alasan: v.alasan ?? null } });
          onArchived();
        });
      }}
    >
      <h2 id="inf-archive">{t('inf.archiveTitle')}</h2>
      <p>{t('inf.archiveIntro')}</p>
      <FormStatus form={form} />
      <Field label={t('inf.archiveReason')} error={form.errorFor('alasan')}>
        {(a) => <textarea {...a} name="alasan" rows={2} maxLength={1000} />}
      </Field>
      <button type="submit" className="btn-danger" aria-disabled={form.busy}>
        {t('inf.archiveSubmit')}
      </button>
    </form>
  );
}

function InformasiFacts({ item }: { item: Informasi }) {
  const row = (key: MessageKey, value: string | null | undefined) => (
    <>
      <dt>{t(key)}</dt>
      <dd>{value || '—'}</dd>
    </>
  );
  return (
    <dl className="facts">
      {row('inf.klasifikasi', t(`inf.k.${item.klasifikasi}` as MessageKey))}
      {row('inf.ringkasan', item.ringkasan)}
      {row('inf.penguasa', item.penguasaInformasi)}
      {row('inf.bentuk', t(`inf.b.${item.bentuk}` as MessageKey))}
      {row('inf.tanggalTerbit', item.tanggalTerbit && formatDate(item.tanggalTerbit))}
      {item.pembaruanBerikutnya && row('inf.pembaruan', formatDate(item.pembaruanBerikutnya))}
      {item.pasal17Huruf && row('inf.pasal17', t('inf.pasal17Option', { letter: item.pasal17Huruf, text: t(`pasal17.${item.pasal17Huruf}` as MessageKey) }))}
      {item.dasarHukum && row('inf.dasarHukum', item.dasarHukum)}
      {item.ujiKonsekuensi && row('inf.ujiKonsekuensi', item.ujiKonsekuensi)}
      {item.pengecualianBerakhir && row('inf.berakhir', formatDate(item.pengecualianBerakhir))}
      {item.penetapanNomor && row('inf.penetapanNomor', `${item.penetapanNomor} (${formatDate(item.penetapanTanggal)})`)}
      <dt>{t('inf.tautan')}</dt>
      <dd>
        {item.tautan.length === 0 ? (
          '—'
        ) : (
          <ul>
            {item.tautan.map((l) => (
              <li key={l.url}>
                <a href={l.url} rel="noopener noreferrer">
                  {l.judul}
                </a>
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
