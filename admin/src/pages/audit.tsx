import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import type { AuditEntry } from '../types.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';

type AuditPage = { items: AuditEntry[]; nextBefore: number | null };
type Verify = { ok: boolean; rows: number; brokenAt?: number };
type Catalogue = { actions: Option[]; entities: Option[] };
type Option = { code: string; label: string };

/** A filter choice by label; the value sent is the code the log stores. */
function CatalogueSelect({ a11y, name, options }: { a11y: object; name: string; options: Option[] | undefined }) {
  return (
    <select {...a11y} name={name} defaultValue="">
      <option value="">{t('audit.any')}</option>
      {(options ?? []).map((o) => (
        <option key={o.code} value={o.code}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

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
  const catalogue = useLoad<Catalogue>('/audit/catalogue');

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
          {(a) => <CatalogueSelect a11y={a} name="entity" options={catalogue.data?.entities} />}
        </Field>
        <Field label={t('audit.action')} error={list.errorFor('action')}>
          {(a) => <CatalogueSelect a11y={a} name="action" options={catalogue.data?.actions} />}
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
                  <td data-label={t('audit.actor')}>{entry.actorName}</td>
                  <td data-label={t('audit.action')}>
                    <span title={entry.action}>{entry.actionLabel}</span>
                  </td>
                  <td data-label={t('audit.entity')}>
                    <span className="block muted">{entry.entityLabel}</span>
                    <span title={entry.entityId ?? undefined}>{entry.entityName ?? (entry.entityId ? t('audit.unnamed') : '—')}</span>
                  </td>
                  <td data-label={t('audit.changes')}>
                    {/* The raw codes and ids stay one click away for admins tracing a row. */}
                    <details>
                      <summary>{t('audit.details')}</summary>
                      <dl className="facts">
                        <dt>{t('audit.code')}</dt>
                        <dd>
                          <code>{entry.action}</code>
                        </dd>
                        <dt>{t('audit.entityCode')}</dt>
                        <dd>
                          <code>{entry.entity}</code>
                          {entry.entityId && <code className="block ids">{entry.entityId}</code>}
                        </dd>
                      </dl>
                      {(entry.before != null || entry.after != null) && (
                        <pre className="json">{JSON.stringify({ before: entry.before, after: entry.after }, null, 2)}</pre>
                      )}
                    </details>
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
