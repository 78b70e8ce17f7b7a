import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../api.ts';
import { formatDate, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { useSession } from '../session.tsx';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { todayIn } from '../zone.ts';
import { type CalendarStatus, type DueDateAnswer, type Holiday, holidayTypes } from './ppid-terms.ts';

const typeText = (type: string) => t(`hk.t.${type}` as MessageKey);

/** The legal working-day calendar of a year: its dates with their sources, the status warning, admin changes and a due-date checker. */
export function HariKerjaPage({ tahun }: { tahun: number | undefined }) {
  const navigate = useNavigate();
  const { me } = useSession();
  const thisYear = Number(todayIn(me.tenant.timeZone).slice(0, 4));
  const asked = Number(tahun);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const status = useLoad<CalendarStatus>('/hari-kerja/status');
  const list = useLoad<{ tahun: number; libur: Holiday[] }>(`/hari-kerja/libur?tahun=${year}`);
  const removal = useForm([]);
  const isAdmin = me.user.isAdmin;
  const complete = status.data?.tahun.find((y) => y.tahun === year);
  const reload = () => {
    list.reload();
    status.reload();
  };
  return (
    <Page title={t('hk.title')}>
      <p>{t('hk.intro')}</p>
      <LoadState loaded={status} />
      {status.data?.peringatan && (
        <div className="alert alert-warn" role="alert">
          <p>{status.data.peringatan}</p>
          {isAdmin && status.data.peringatanTahun !== null && status.data.peringatanTahun !== year && (
            <p>
              <Link to={`/hari-kerja?tahun=${status.data.peringatanTahun}`}>{t('hk.completeLink', { year: status.data.peringatanTahun })}</Link>
            </p>
          )}
          {isAdmin && status.data.peringatanTahun === year && (
            <p>
              <a href="#hk-complete">{t('hk.completeLink', { year })}</a>
            </p>
          )}
        </div>
      )}
      {status.data && (
        <section aria-labelledby="hk-years">
          <h2 id="hk-years">{t('hk.completeYears')}</h2>
          {status.data.tahun.length === 0 ? (
            <p>{t('hk.noCompleteYears')}</p>
          ) : (
            <ul>
              {status.data.tahun.map((y) => (
                <li key={y.tahun}>
                  <strong>{y.tahun}</strong> — {y.sumber}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <form
        key={year}
        className="filters"
        aria-label={t('ppid.show')}
        onSubmit={(e) => {
          e.preventDefault();
          void navigate({ to: '/hari-kerja', search: { tahun: Number(new FormData(e.currentTarget).get('tahun') ?? thisYear) || undefined } });
        }}
      >
        <Field label={t('hk.year')}>{(a) => <input {...a} name="tahun" type="number" min={2000} max={2100} defaultValue={year} className="short" />}</Field>
        <button type="submit">{t('ppid.show')}</button>
      </form>
      {status.data && !complete && <p className="alert alert-warn">{t('hk.yearIncomplete', { year })}</p>}
      <LoadState loaded={list} />
      <FormStatus form={removal} />
      {list.data && list.data.libur.length === 0 && <p>{t('app.empty')}</p>}
      {list.data && list.data.libur.length > 0 && (
        <div className="table-wrap">
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('hk.date')}</th>
                <th scope="col">{t('hk.name')}</th>
                <th scope="col">{t('hk.type')}</th>
                <th scope="col">{t('hk.source')}</th>
                <th scope="col">{t('hk.origin')}</th>
                {isAdmin && <th scope="col">{t('accounts.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {list.data.libur.map((h) => (
                <tr key={h.id}>
                  <td data-label={t('hk.date')}>{formatDate(h.date)}</td>
                  <td data-label={t('hk.name')}>{h.name}</td>
                  <td data-label={t('hk.type')}>
                    {typeText(h.type)}
                    <span className="block muted">{h.tenantId ? t('hk.scopeLocal') : t('hk.scopeNational')}</span>
                  </td>
                  <td data-label={t('hk.source')}>{h.source}</td>
                  <td data-label={t('hk.origin')}>{h.createdBy ? t('hk.added') : t('hk.shipped')}</td>
                  {isAdmin && (
                    <td data-label={t('accounts.actions')}>
                      {h.createdBy && (
                        <button
                          type="button"
                          className="btn-danger"
                          aria-label={t('hk.deleteOf', { name: h.name, date: formatDate(h.date) })}
                          onClick={() => {
                            if (!window.confirm(t('hk.deleteConfirm', { name: h.name, date: formatDate(h.date) }))) return;
                            void removal.run(async () => {
                              await api(`/hari-kerja/libur/${h.id}`, { method: 'DELETE' });
                              reload();
                            }, t('hk.deleted'));
                          }}
                        >
                          {t('app.delete')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {isAdmin ? <AddHoliday year={year} onAdded={reload} /> : <p className="muted">{t('hk.adminOnly')}</p>}
      {isAdmin && status.data && !complete && <CompleteYear year={year} onDone={reload} />}
      <DueDateChecker />
    </Page>
  );
}

function AddHoliday({ year, onAdded }: { year: number; onAdded: () => void }) {
  const form = useForm(['tanggal', 'jenis', 'nama', 'sumber']);
  return (
    <form
      className="card"
      noValidate
      aria-labelledby="hk-add"
      onSubmit={(e) => {
        e.preventDefault();
        const el = e.currentTarget;
        const v = formValues(el);
        void form.run(async () => {
          await api('/hari-kerja/libur', { body: { tanggal: v.tanggal ?? '', jenis: v.jenis ?? '', nama: v.nama ?? '', sumber: v.sumber ?? '' } });
          el.reset();
          onAdded();
        }, t('app.saved'));
      }}
    >
      <h2 id="hk-add">{t('hk.addTitle')}</h2>
      <p>{t('hk.addIntro')}</p>
      <FormStatus form={form} />
      <div className="grid">
        <Field label={t('hk.date')} error={form.errorFor('tanggal')}>
          {(a) => <input {...a} name="tanggal" type="date" min={`${year}-01-01`} max={`${year}-12-31`} />}
        </Field>
        <Field label={t('hk.type')} error={form.errorFor('jenis')}>
          {(a) => (
            <select {...a} name="jenis" defaultValue="lokal">
              {holidayTypes.map((type) => (
                <option key={type} value={type}>
                  {typeText(type)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('hk.name')} error={form.errorFor('nama')}>
          {(a) => <input {...a} name="nama" maxLength={200} />}
        </Field>
      </div>
      <Field label={t('hk.source')} hint={t('hk.sourceHint')} error={form.errorFor('sumber')}>
        {(a) => <input {...a} name="sumber" maxLength={500} />}
      </Field>
      <button type="submit" aria-disabled={form.busy}>
        {t('hk.addSubmit')}
      </button>
    </form>
  );
}

function CompleteYear({ year, onDone }: { year: number; onDone: () => void }) {
  const form = useForm(['sumber', 'tahun']);
  return (
    <form
      className="card"
      noValidate
      aria-labelledby="hk-complete"
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        void form.run(
          async () => {
            await api(`/hari-kerja/tahun/${year}`, { method: 'PUT', body: { sumber: v.sumber ?? '' } });
            onDone();
          },
          t('hk.completed', { year }),
        );
      }}
    >
      <h2 id="hk-complete">{t('hk.completeTitle', { year })}</h2>
      <p>{t('hk.completeIntro')}</p>
      <FormStatus form={form} />
      <Field label={t('hk.completeSource')} hint={t('hk.sourceHint')} error={form.errorFor('sumber')}>
        {(a) => <input {...a} name="sumber" maxLength={500} />}
      </Field>
      <button type="submit" aria-disabled={form.busy}>
        {t('hk.completeSubmit')}
      </button>
    </form>
  );
}

function DueDateChecker() {
  const { me } = useSession();
  const form = useForm(['mulai', 'hari', 'tz']);
  const [answer, setAnswer] = useState<DueDateAnswer | null>(null);
  return (
    <form
      className="card"
      noValidate
      aria-labelledby="hk-check"
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        const query = new URLSearchParams({ mulai: v.mulai ?? '', hari: v.hari ?? '', tz: me.tenant.timeZone });
        setAnswer(null);
        void form.run(async () => setAnswer(await api<DueDateAnswer>(`/hari-kerja/jatuh-tempo?${query}`)));
      }}
    >
      <h2 id="hk-check">{t('hk.checkTitle')}</h2>
      <p>{t('hk.checkIntro')}</p>
      <FormStatus form={form} />
      <div className="grid">
        <Field label={t('hk.start')} error={form.errorFor('mulai')}>
          {(a) => <input {...a} name="mulai" type="date" defaultValue={todayIn(me.tenant.timeZone)} />}
        </Field>
        <Field label={t('hk.days')} error={form.errorFor('hari')}>
          {(a) => <input {...a} name="hari" type="number" min={0} max={100} defaultValue={10} inputMode="numeric" />}
        </Field>
      </div>
      <button type="submit" aria-disabled={form.busy}>
        {t('hk.checkSubmit')}
      </button>
      <div role="status">
        {answer && (
          <>
            <p className="alert alert-ok">{t('hk.dueResult', { date: formatDate(answer.jatuhTempo) })}</p>
            {answer.dilewati.length > 0 && (
              <details>
                <summary>
                  {t('hk.skipped')} ({answer.dilewati.length})
                </summary>
                <ul>
                  {answer.dilewati.map((d) => (
                    <li key={d.tanggal}>
                      {formatDate(d.tanggal)} — {d.jenis === 'akhir_pekan' ? t('hk.weekend') : `${d.alasan} (${typeText(d.jenis)})`}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      </div>
    </form>
  );
}
