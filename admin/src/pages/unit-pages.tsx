import { useEffect, useRef, useState } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import type { Items, SitePage, Unit } from '../types.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';

/** A page as the API lists it: its public address and, for structured bodies, how to write them. */
type EditablePage = SitePage & { href: string; hint: string | null };

/**
 * The unit's pages on its public site that this user may edit — Profil for the site team, the
 * PPID's maklumat, SOP and service hours for the PPID (the API lists only those); one at a time.
 */
export function UnitPages({ unit }: { unit: Unit }) {
  const pages = useLoad<Items<EditablePage>>(`/units/${unit.id}/pages`);
  const [editing, setEditing] = useState<string | null>(null);
  const page = pages.data?.items.find((p) => p.slug === editing);
  return (
    <section aria-label={t('unit.tabPages')}>
      <LoadState loaded={pages} />
      <ul className="rows">
        {pages.data?.items.map((p) => (
          <li key={p.slug} className="row">
            <span className="row-main">
              <strong>{p.title}</strong>
              <br />
              <span className="muted">{p.updatedAt ? t('pages.updated', { date: formatDateTime(p.updatedAt) }) : t('pages.never')}</span>
            </span>
            <span className="actions">
              <a href={p.href} target="_blank" rel="noopener" aria-label={`${t('pages.view')}: ${p.title}`}>
                {t('pages.view')}
              </a>
              <button
                type="button"
                className="btn-secondary"
                aria-expanded={editing === p.slug}
                aria-label={t('pages.editOf', { title: p.title })}
                onClick={() => setEditing(editing === p.slug ? null : p.slug)}
              >
                {t('app.edit')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {page && <PageEditor key={page.slug} unit={unit} page={page} onSaved={pages.reload} onClose={() => setEditing(null)} />}
    </section>
  );
}

type EditorProps = { unit: Unit; page: EditablePage; onSaved: () => void; onClose: () => void };

function PageEditor({ unit, page, onSaved, onClose }: EditorProps) {
  const form = useForm(['title', 'body']);
  const heading = useRef<HTMLHeadingElement>(null);
  // The editor opens below the list: take the reader there.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card" aria-labelledby="page-editor">
      <h2 id="page-editor" ref={heading} tabIndex={-1}>
        {t('pages.editOf', { title: page.title })}
      </h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const v = formValues(e.currentTarget);
          void form.run(async () => {
            await api(`/units/${unit.id}/pages/${page.slug}`, { method: 'PUT', body: { title: v.title ?? '', body: v.body ?? '' } });
            onSaved();
          }, t('app.saved'));
        }}
      >
        <FormStatus form={form} />
        <Field label={t('pages.title')} error={form.errorFor('title')}>
          {(a) => <input {...a} name="title" defaultValue={page.title} />}
        </Field>
        <Field label={t('pages.body')} hint={page.hint ?? t('pages.help')} error={form.errorFor('body')}>
          {(a) => <textarea {...a} name="body" rows={14} defaultValue={page.body} />}
        </Field>
        <div className="actions">
          <button type="submit" aria-disabled={form.busy}>
            {t('pages.submit')}
          </button>
          <button type="button" className="btn-secondary" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <a href={page.href} target="_blank" rel="noopener">
            {t('pages.view')}
          </a>
        </div>
      </form>
    </section>
  );
}
