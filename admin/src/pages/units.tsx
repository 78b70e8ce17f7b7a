import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { abilities, useSession } from '../session.tsx';
import type { Items, Unit } from '../types.ts';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { UnitForm } from './unit-form.tsx';

/** All units as a tree by parent; admins can add one. */
export function UnitsPage() {
  const navigate = useNavigate();
  const { me } = useSession();
  const units = useLoad<Items<Unit>>('/units');
  const [adding, setAdding] = useState(false);
  const all = units.data?.items ?? [];
  return (
    <Page
      title={t('units.title')}
      actions={
        abilities(me).admin && (
          <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
            {t('units.add')}
          </button>
        )
      }
    >
      {adding && (
        <section className="card" aria-labelledby="unit-new">
          <h2 id="unit-new">{t('units.new')}</h2>
          <UnitForm
            units={all}
            submitLabel={t('unit.submit')}
            onSubmit={async (input) => {
              const created = await api<Unit>('/units', { body: input });
              await navigate({ to: '/unit/$id/{-$tab}', params: { id: created.id } });
            }}
          />
        </section>
      )}
      <LoadState loaded={units} />
      {units.data && (all.length ? <UnitTree units={all} parentId={null} /> : <p>{t('app.empty')}</p>)}
    </Page>
  );
}

function UnitTree({ units, parentId }: { units: Unit[]; parentId: string | null }) {
  const ids = new Set(units.map((u) => u.id));
  // A unit whose parent is not in the list (e.g. hidden) is shown at the top level.
  const children = units.filter((u) => (parentId === null ? u.parentId === null || !ids.has(u.parentId) : u.parentId === parentId));
  if (!children.length) return null;
  return (
    <ul className={parentId === null ? 'tree' : 'tree-sub'}>
      {children.map((u) => (
        <li key={u.id}>
          <Link to={`/unit/${u.id}`}>{u.name}</Link>
          {u.isMediaCenter && <span className="badge">{t('units.mediaCenter')}</span>}
          {!u.active && <span className="badge badge-muted">{t('units.inactive')}</span>}
          <UnitTree units={units} parentId={u.id} />
        </li>
      ))}
    </ul>
  );
}
