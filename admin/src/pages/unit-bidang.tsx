import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import type { Bidang, Items, Unit } from '../types.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';

const fields = ['name', 'slug', 'sortOrder'];

function bidangInput(form: HTMLFormElement) {
  const v = formValues(form);
  const name = v.name ?? '';
  return { name, slug: v.slug ?? slugify(name), sortOrder: v.sortOrder ? Number(v.sortOrder) : undefined };
}

/** "Sekretariat & Umum" → "sekretariat-umum": a slug people need not type. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The unit's divisions: list, add, rename, reorder, delete. */
export function UnitBidang({ unit }: { unit: Unit }) {
  const { me } = useSession();
  const list = useLoad<Items<Bidang>>(`/units/${unit.id}/bidang`);
  const add = useForm(fields);
  const row = useForm(fields);
  const [editing, setEditing] = useState<string | null>(null);
  const mayManage = hasUnitRole(me, unit.id, 'penanggung_jawab');
  // The row turns into a form; the keyboard lands in its first input.
  useEffect(() => {
    if (editing) document.querySelector<HTMLInputElement>('#bidang-edit input')?.focus();
  }, [editing]);
  const items = [...(list.data?.items ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));
  return (
    <section aria-label={t('unit.tabBidang')}>
      <LoadState loaded={list} />
      <FormStatus form={row} />
      {list.data && items.length === 0 && <p>{t('app.empty')}</p>}
      <ul className="rows">
        {items.map((b) =>
          editing === b.id ? (
            <li key={b.id} className="card">
              <form
                id="bidang-edit"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  const body = bidangInput(e.currentTarget);
                  void row.run(async () => {
                    await api(`/bidang/${b.id}`, { method: 'PATCH', body });
                    setEditing(null);
                    list.reload();
                  }, t('app.saved'));
                }}
              >
                <BidangFields form={row} bidang={b} />
                <div className="actions">
                  <button type="submit" aria-disabled={row.busy}>
                    {t('app.save')}
                  </button>
                  <button type="button" className="btn-secondary" onClick={() => setEditing(null)}>
                    {t('app.cancel')}
                  </button>
                </div>
              </form>
            </li>
          ) : (
            <li key={b.id} className="row">
              <span className="row-main">
                {b.name} <span className="muted">({b.slug})</span>
              </span>
              {mayManage && (
                <span className="actions">
                  <button
                    type="button"
                    className="btn-secondary"
                    aria-label={t('bidang.editOf', { name: b.name })}
                    onClick={() => {
                      row.reset();
                      setEditing(b.id);
                    }}
                  >
                    {t('app.edit')}
                  </button>
                  <button
                    type="button"
                    className="btn-danger"
                    aria-label={t('bidang.deleteOf', { name: b.name })}
                    onClick={() => {
                      if (!window.confirm(t('app.confirmDelete', { name: b.name }))) return;
                      void row.run(async () => {
                        await api(`/bidang/${b.id}`, { method: 'DELETE' });
                        list.reload();
                      });
                    }}
                  >
                    {t('app.delete')}
                  </button>
                </span>
              )}
            </li>
          ),
        )}
      </ul>
      {mayManage && (
        <form
          className="card"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const el = e.currentTarget;
            const body = bidangInput(el);
            void add.run(async () => {
              await api(`/units/${unit.id}/bidang`, { body });
              el.reset();
              list.reload();
            }, t('app.saved'));
          }}
        >
          <h2>{t('bidang.add')}</h2>
          <FormStatus form={add} />
          <BidangFields form={add} />
          <button type="submit" aria-disabled={add.busy}>
            {t('bidang.add')}
          </button>
        </form>
      )}
    </section>
  );
}

function BidangFields({ form, bidang }: { form: ReturnType<typeof useForm>; bidang?: Bidang }) {
  const opt = t('app.optional');
  return (
    <div className="grid">
      <Field label={t('bidang.name')} error={form.errorFor('name')}>
        {(a) => <input {...a} name="name" defaultValue={bidang?.name} required />}
      </Field>
      <Field label={t('bidang.slug')} hint={t('bidang.slugHint')} optional={opt} error={form.errorFor('slug')}>
        {(a) => <input {...a} name="slug" defaultValue={bidang?.slug} autoCapitalize="none" />}
      </Field>
      <Field label={t('bidang.order')} optional={opt} error={form.errorFor('sortOrder')}>
        {(a) => <input {...a} name="sortOrder" type="number" inputMode="numeric" defaultValue={bidang?.sortOrder} />}
      </Field>
    </div>
  );
}
