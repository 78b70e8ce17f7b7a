import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { t } from '../i18n.ts';
import { useSession } from '../session.tsx';
import type { Items, Unit } from '../types.ts';
import { Field } from '../ui/form.tsx';
import { type Loaded, useLoad } from '../ui/load.tsx';
import { ppidOfficerRoles, ppidRoles } from './ppid-terms.ts';

export type PpidUnits = { loaded: Loaded<Items<Unit>>; units: Unit[]; chosen: Unit | null };

/**
 * The units a PPID screen offers: every active unit for admins and evaluators, otherwise the units
 * where this person holds a PPID role. The chosen one comes from the address (`?unit=`), else the
 * first where they are an officer.
 */
export function usePpidUnits(wanted: string | null): PpidUnits {
  const { me } = useSession();
  const loaded = useLoad<Items<Unit>>('/units');
  const everyUnit = me.user.isAdmin || me.roles.some((r) => r.role === 'evaluator');
  const mine = (unitId: string, roles: string[]) => me.roles.some((r) => r.unitId === unitId && roles.includes(r.role));
  const units = (loaded.data?.items ?? []).filter((u) => u.active && (everyUnit || mine(u.id, ppidRoles)));
  const chosen = units.find((u) => u.id === wanted) ?? units.find((u) => mine(u.id, ppidOfficerRoles)) ?? units[0] ?? null;
  return { loaded, units, chosen };
}

/** The unit select of a PPID filter form (named `unit`). */
export function UnitSelect({ units, value }: { units: Unit[]; value: string | undefined }) {
  return (
    <Field label={t('ppid.unit')}>
      {(a) => (
        <select {...a} name="unit" defaultValue={value}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A query string from the set values, e.g. `?unit=…&status=…`. */
export function queryOf(values: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(values).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return query ? `?${query}` : '';
}

/**
 * The filter of a unit's case register (requests, objections): unit and status, applied by going
 * to `path` with both in the address, so reload and back keep the choice. A register may add its
 * own fields (`children`), named in `extra` with their current values, which travel the same way.
 */
export function UnitStatusFilter<S extends string>(props: {
  path: '/permohonan' | '/keberatan';
  units: Unit[];
  chosen: Unit;
  status: string;
  statuses: readonly S[];
  statusText: (status: S) => string;
  extra?: Record<string, string>;
  children?: ReactNode;
}) {
  const { path, units, chosen, status, statuses, statusText, extra = {}, children } = props;
  const navigate = useNavigate();
  return (
    <form
      key={`${chosen.id}-${status}-${Object.values(extra).join('-')}`}
      className="filters"
      aria-label={t('ppid.show')}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const own = Object.fromEntries(Object.keys(extra).map((name) => [name, String(data.get(name) ?? '').trim()]));
        const search = { unit: String(data.get('unit') ?? ''), status: String(data.get('status') ?? ''), ...own };
        void navigate({ to: path, search });
      }}
    >
      <UnitSelect units={units} value={chosen.id} />
      <Field label={t('pmh.status')}>
        {(a) => (
          <select {...a} name="status" defaultValue={status}>
            <option value="">{t('pmh.allStatuses')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {statusText(s)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {children}
      <button type="submit">{t('ppid.show')}</button>
    </form>
  );
}
