import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import type { AuditEntry } from '../types.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { Page } from '../ui/page.tsx';

type AuditPage = { items: AuditEntry[]; nextBefore: number | null };
type Verify = { ok: boolean; rows: number; brokenAt?: number };

const filterFields = ['entity', 'action', 'actor', 'from', 'to'];

/** The audit log, newest first, with filters, "load older" paging and the hash-chain check. */
export function AuditPage() {
  const [filters, setFilters] = useState<Record<string, string | undefined>>({});
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loaded, setLoaded] = useState(false);
  const list = useForm(filterFields);
  const verify = useForm([]);
  const [chain, setChain] = useState<Verify | null>(null);

  const load = (before: number | null) =>
    list.run(async () => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
      if (before) query.set('before', String(before));
      const page = await api<AuditPage>(`/audit?${query}`);
      setEntries((old) => (before ? [...old, ...page.items] : page.items));
      setNext(page.nextBefore);
      setLoaded(true);
    });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload exactly when the filters change
  useEffect(() => {
    void load(null);
  }, [filters]);

  return (
    <Page title={t('audit.title')}>
      <section className="card" aria-labelledby="audit-verify">
        <h2 id="audit-verify" className="visually-hidden">
          {t('audit.verify')}
        </h2>
        <FormStatus form={verify} />
        <button type="button" aria-disabled={verify.busy} onClick={() => void verify.run(async () => setChain(await api<Verify>('/audit/verify')))}>
          {t('audit.verify')}
        </button>
        <div role="status">
          {chain && (
            <p className={chain.ok ? 'alert alert-ok' : 'alert alert-error'}>
              {chain.ok ? t('audit.chainOk', { rows: chain.rows }) : t('audit.chainBroken', { at: chain.brokenAt ?? '?', rows: chain.rows })}
            </p>
          )}
        </div>
      </section>
      <form
        className="filters"
        aria-label={t('audit.filters')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const v = formValues(e.currentTarget);
          // Dates are whole days: "to" includes the chosen day.
          setFilters({ ...v, to: v.to ? new Date(new Date(v.to).getTime() + 86_400_000).toISOString().slice(0, 10) : undefined });
        }}
      >
        <Field label={t('audit.entity')} error={list.errorFor('entity')}>
          {(a) => <input {...a} name="entity" autoCapitalize="none" />}
        </Field>
        <Field label={t('audit.action')} error={list.errorFor('action')}>
          {(a) => <input {...a} name="action" autoCapitalize="none" />}
        </Field>
        <Field label={t('audit.actor')} error={list.errorFor('actor')}>
          {(a) => <input {...a} name="actor" />}
        </Field>
        <Field label={t('audit.from')} error={list.errorFor('from')}>
          {(a) => <input {...a} name="from" type="date" />}
        </Field>
        <Field label={t('audit.to')} error={list.errorFor('to')}>
          {(a) => <input {...a} name="to" type="date" />}
        </Field>
        <button type="submit">{t('audit.apply')}</button>
      </form>
      <FormStatus form={list} />
      {!loaded && list.busy && <p className="loading">{t('app.loading')}</p>}
      {loaded && entries.length === 0 && <p>{t('app.empty')}</p>}
      {entries.length > 0 && (
        <div className="table-wrap">
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.entity')}</th>
                <th scope="col">{t('audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td data-label="#">{entry.id}</td>
                  <td data-label={t('audit.at')}>{formatDateTime(entry.at)}</td>
                  <td data-label={t('audit.actor')}>{entry.actorLabel}</td>
                  <td data-label={t('audit.action')}>
                    <code>{entry.action}</code>
                  </td>
                  <td data-label={t('audit.entity')}>
                    {entry.entity}
                    {entry.entityId && <span className="muted ids"> {entry.entityId}</span>}
                  </td>
                  <td data-label={t('audit.changes')}>
                    {(entry.before != null || entry.after != null) && (
                      <details>
                        <summary>{t('audit.details')}</summary>
                        <pre className="json">{JSON.stringify({ before: entry.before, after: entry.after }, null, 2)}</pre>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next !== null && (
        <button type="button" className="btn-secondary" aria-disabled={list.busy} onClick={() => void load(next)}>
          {t('audit.more')}
        </button>
      )}
    </Page>
  );
}
