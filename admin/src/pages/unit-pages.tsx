import { useId } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import type { Items, SitePage, Unit } from '../types.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';

const editorRoles = ['penanggung_jawab', 'admin_medsos', 'developer', 'editor', 'redaktur'];

/** The unit's profile pages on its public site: title and body in light markup. */
export function UnitPages({ unit }: { unit: Unit }) {
  const { me } = useSession();
  const pages = useLoad<Items<SitePage>>(`/units/${unit.id}/pages`);
  const mayEdit = hasUnitRole(me, unit.id, ...editorRoles);
  const create = useForm(['slug', 'title', 'body']);
  return (
    <section aria-label={t('unit.tabPages')}>
      <LoadState loaded={pages} />
      {pages.data && pages.data.items.length === 0 && <p>{t('app.empty')}</p>}
      {pages.data?.items.map((page) => (
        <PageEditor key={page.slug} unit={unit} page={page} mayEdit={mayEdit} onSaved={pages.reload} />
      ))}
      {mayEdit && (
        <form
          className="card"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const el = e.currentTarget;
            const v = formValues(el);
            const slug = v.slug ?? '';
            if (!/^[a-z0-9-]+$/.test(slug)) return create.fail(t('unit.slugHint'), 'slug');
            void create.run(async () => {
              await api(`/units/${unit.id}/pages/${slug}`, { method: 'PUT', body: { title: v.title ?? '', body: v.body ?? '' } });
              el.reset();
              pages.reload();
            }, t('app.saved'));
          }}
        >
          <h2>{t('pages.new')}</h2>
          <FormStatus form={create} />
          <Field label={t('pages.slug')} hint={t('unit.slugHint')} error={create.errorFor('slug')}>
            {(a) => <input {...a} name="slug" autoCapitalize="none" />}
          </Field>
          <PageFields form={create} />
          <button type="submit" disabled={create.busy}>
            {t('pages.create')}
          </button>
        </form>
      )}
    </section>
  );
}

type EditorProps = { unit: Unit; page: SitePage; mayEdit: boolean; onSaved: () => void };

function PageEditor({ unit, page, mayEdit, onSaved }: EditorProps) {
  const form = useForm(['title', 'body']);
  const headingId = useId();
  const publicUrl = `/${unit.slug}/profil/${page.slug}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{page.title || page.slug}</h2>
      <p className="muted">
        {page.updatedAt && `${t('pages.updated', { date: formatDateTime(page.updatedAt) })} · `}
        <a href={publicUrl} target="_blank" rel="noopener">
          {t('pages.view')}
        </a>
      </p>
      {mayEdit && (
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
          <PageFields form={form} page={page} />
          <button type="submit" disabled={form.busy}>
            {t('pages.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

function PageFields({ form, page }: { form: ReturnType<typeof useForm>; page?: SitePage }) {
  return (
    <>
      <Field label={t('pages.title')} error={form.errorFor('title')}>
        {(a) => <input {...a} name="title" defaultValue={page?.title} />}
      </Field>
      <Field label={t('pages.body')} hint={t('pages.help')} error={form.errorFor('body')}>
        {(a) => <textarea {...a} name="body" rows={12} defaultValue={page?.body} />}
      </Field>
    </>
  );
}
