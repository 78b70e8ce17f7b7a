import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { KontenSettings } from '../konten/settings.tsx';
import type { MessageKey } from '../messages.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import type { Items, Unit } from '../types.ts';
import { FormStatus, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { UnitBidang } from './unit-bidang.tsx';
import { UnitForm } from './unit-form.tsx';
import { UnitPages } from './unit-pages.tsx';
import { UnitTeam } from './unit-team.tsx';

const tabs: Array<{ tab: string; label: MessageKey }> = [
  { tab: 'data', label: 'unit.tabData' },
  { tab: 'bidang', label: 'unit.tabBidang' },
  { tab: 'tim', label: 'unit.tabTeam' },
  { tab: 'halaman', label: 'unit.tabPages' },
  { tab: 'konten', label: 'unit.tabKonten' },
];

/** One unit: its data, bidang, team and profile pages, each section at its own address. */
export function UnitPage({ id, tab }: { id: string; tab: string }) {
  const unit = useLoad<Unit>(`/units/${id}`);
  const units = useLoad<Items<Unit>>('/units');
  const current = tabs.find((x) => x.tab === tab) ?? tabs[0];
  return (
    <Page title={unit.data?.name ?? t('nav.units')}>
      <p>
        <Link to="/unit">← {t('app.back')}</Link>
      </p>
      <LoadState loaded={unit} />
      {unit.data && (
        <>
          <nav aria-label={t('unit.tabs')} className="tabs">
            <ul>
              {tabs.map((x) => (
                <li key={x.tab}>
                  <Link to={`/unit/${id}/${x.tab}`} current={x.tab === current?.tab}>
                    {t(x.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {current?.tab === 'data' && <UnitData unit={unit.data} units={units.data?.items ?? []} onChange={unit.reload} />}
          {current?.tab === 'bidang' && <UnitBidang unit={unit.data} />}
          {current?.tab === 'tim' && <UnitTeam unit={unit.data} />}
          {current?.tab === 'halaman' && <UnitPages unit={unit.data} />}
          {current?.tab === 'konten' && <KontenSettings unitId={unit.data.id} />}
        </>
      )}
    </Page>
  );
}

function UnitData({ unit, units, onChange }: { unit: Unit; units: Unit[]; onChange: () => void }) {
  const { me } = useSession();
  const toggle = useForm([]);
  const mayEdit = hasUnitRole(me, unit.id, 'penanggung_jawab', 'developer');
  if (!mayEdit) {
    return (
      <dl className="facts">
        <dt>{t('unit.slug')}</dt>
        <dd>{unit.slug}</dd>
        <dt>{t('unit.kind')}</dt>
        <dd>{unit.kind}</dd>
        <dt>{t('unit.host')}</dt>
        <dd>{unit.host ?? '—'}</dd>
        <dt>{t('unit.address')}</dt>
        <dd>{unit.address ?? '—'}</dd>
        <dt>{t('unit.phone')}</dt>
        <dd>{unit.phone ?? '—'}</dd>
        <dt>{t('unit.email')}</dt>
        <dd>{unit.email ?? '—'}</dd>
      </dl>
    );
  }
  return (
    <section className="card" aria-label={t('unit.tabData')}>
      {!unit.active && <p className="badge badge-muted">{t('units.inactive')}</p>}
      <UnitForm
        key={JSON.stringify(unit)}
        unit={unit}
        units={units}
        contactOnly={!me.user.isAdmin}
        submitLabel={t('unit.submit')}
        onSubmit={async (input) => {
          await api(`/units/${unit.id}`, { method: 'PATCH', body: input });
          onChange();
        }}
      />
      {me.user.isAdmin && (
        <div className="danger-zone">
          <FormStatus form={toggle} />
          <button
            type="button"
            className={unit.active ? 'btn-danger' : 'btn-secondary'}
            aria-disabled={toggle.busy}
            onClick={() =>
              void toggle.run(
                async () => {
                  await api(`/units/${unit.id}`, { method: 'PATCH', body: { active: !unit.active } });
                  onChange();
                },
                unit.active ? t('unit.deactivated') : t('unit.activated'),
              )
            }
          >
            {unit.active ? t('unit.deactivate') : t('unit.activate')}
          </button>
        </div>
      )}
    </section>
  );
}
