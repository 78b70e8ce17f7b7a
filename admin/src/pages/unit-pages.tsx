import { useEffect, useRef, useState } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import type { Items, SitePage, Unit } from '../types.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';

const editorRoles = ['penanggung_jawab', 'admin_medsos', 'developer', 'editor', 'redaktur'];

/** The unit's profile pages on its public site; one page is edited at a time. */
export function UnitPages({ unit }: { unit: Unit }) {
  const { me } = useSession();
  const pages = useLoad<Items<SitePage>>(`/units/${unit.id}/pages`);
  const mayEdit = hasUnitRole(me, unit.id, ...editorRoles);
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
              <a href={`/${unit.slug}/profil/${p.slug}`} target="_blank" rel="noopener" aria-label={`${t('pages.view')}: ${p.title}`}>
                {t('pages.view')}
              </a>
              {mayEdit && (
                <button
                  type="button"
                  className="btn-secondary"
                  aria-expanded={editing === p.slug}
                  aria-label={t('pages.editOf', { title: p.title })}
                  onClick={() => setEditing(editing === p.slug ? null : p.slug)}
                >
                  {t('app.edit')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {page && <PageEditor key={page.slug} unit={unit} page={page} onSaved={pages.reload} onClose={() => setEditing(null)} />}
    </section>
  );
}

type EditorProps = { unit: Unit; page: SitePage; onSaved: () => void; onClose: () => void };

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
        <Field label={t('pages.body')} hint={t('pages.help')} error={form.errorFor('body')}>
          {(a) => <textarea {...a} name="body" rows={14} defaultValue={page.body} />}
        </Field>
        <div className="actions">
          <button type="submit" aria-disabled={form.busy}>
            {t('pages.submit')}
          </button>
          <button type="button" className="btn-secondary" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <a href={`/${unit.slug}/profil/${page.slug}`} target="_blank" rel="noopener">
            {t('pages.view')}
          </a>
        </div>
      </form>
    </section>
  );
}
