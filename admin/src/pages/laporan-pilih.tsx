import { useState } from 'react';
import type { ApiError } from '../api.ts';
import { t } from '../i18n.ts';
import { useSession } from '../session.tsx';
import type { Items, Unit } from '../types.ts';
import { Field } from '../ui/form.tsx';
import { type Loaded, useLoad } from '../ui/load.tsx';
import {
  ALL_UNITS,
  modeOf,
  type Period,
  type PeriodMode,
  quarterPeriod,
  type ReportKind,
  readsAllReports,
  reportRoles,
  statusBases,
  yearPeriod,
} from './laporan-terms.ts';

export type ReportUnits = { loaded: Loaded<Items<Unit>>; units: Unit[]; readsAll: boolean; chosen: string | null };

/**
 * The units whose reports this person reads: every active unit, and the whole tenant, for admins and
 * evaluators; otherwise the units where they are PPID. The chosen one comes from the address
 * (`?unit=`, `semua` for the whole tenant), else their own PPID unit, else the whole tenant.
 */
export function useReportUnits(wanted: string | null): ReportUnits {
  const { me } = useSession();
  const loaded = useLoad<Items<Unit>>('/units');
  const readsAll = readsAllReports(me);
  const own = (u: Unit) => me.roles.some((r) => r.unitId === u.id && reportRoles.includes(r.role));
  const units = (loaded.data?.items ?? []).filter((u) => u.active && (readsAll || own(u)));
  let chosen: string | null = units.find((u) => u.id === wanted)?.id ?? null;
  if (!chosen && wanted === ALL_UNITS && readsAll) chosen = ALL_UNITS;
  if (!chosen) chosen = units.find(own)?.id ?? (readsAll ? ALL_UNITS : (units[0]?.id ?? null));
  return { loaded, units, readsAll, chosen };
}

type Props = {
  units: ReportUnits;
  period: Period;
  /** The report's refusal, shown at its field when it names one of this form's. */
  error: ApiError | null;
  onChoose: (unit: string, period: Period) => void;
};

const modes: PeriodMode[] = ['triwulan', 'tahunan', 'rentang'];
const isYear = (s: string) => /^\d{4}$/.test(s) && Number(s) >= 2000 && Number(s) <= 2100;

/** Which report: the unit (or all), and the period as a quarter, a year, or two dates. */
export function ReportChooser({ units, period, error, onChoose }: Props) {
  const { me } = useSession();
  const initial = modeOf(period);
  const [mode, setMode] = useState<PeriodMode>(initial.mode);
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const errorFor = (field: string) => (problem?.field === field ? problem.message : error?.status === 400 && error.field === field ? error.message : undefined);
  const submit = (data: FormData) => {
    const read = (name: string) => String(data.get(name) ?? '').trim();
    const unit = read('unit');
    const year = read('tahun');
    const basis: Pick<Period, 'statusPer'> = read('statusPer') === 'hari-ini' ? { statusPer: 'hari-ini' } : {};
    if (mode !== 'rentang' && !isYear(year)) return setProblem({ field: 'tahun', message: t('lap.yearInvalid') });
    if (mode === 'triwulan') return onChoose(unit, { ...quarterPeriod(Number(year), Number(read('triwulan'))), ...basis });
    if (mode === 'tahunan') return onChoose(unit, { ...yearPeriod(Number(year)), ...basis });
    for (const field of ['dari', 'sampai']) if (!read(field)) return setProblem({ field, message: t('lap.dateMissing') });
    onChoose(unit, { jenis: read('jenis') === 'tahunan' ? 'tahunan' : 'triwulan', dari: read('dari'), sampai: read('sampai'), ...basis });
  };
  return (
    <form
      className="card report-chooser"
      aria-labelledby="lap-choose"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setProblem(null);
        submit(new FormData(e.currentTarget));
      }}
    >
      <h2 id="lap-choose">{t('lap.choose')}</h2>
      <Field label={t('lap.unit')} error={errorFor('unit')}>
        {(a) => (
          <select {...a} name="unit" defaultValue={units.chosen ?? undefined}>
            {units.readsAll && <option value={ALL_UNITS}>{t('lap.allUnits', { tenant: me.tenant.name })}</option>}
            {units.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="choices">
        <legend>{t('lap.periodLegend')}</legend>
        {modes.map((m) => (
          <label key={m} className="choice">
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {t(`lap.mode.${m}`)}
          </label>
        ))}
      </fieldset>
      <div className="filters">
        {mode === 'triwulan' && (
          <Field label={t('lap.quarter')}>
            {(a) => (
              <select {...a} name="triwulan" defaultValue={String(initial.quarter)}>
                {[1, 2, 3, 4].map((q) => (
                  <option key={q} value={q}>
                    {t(`lap.quarter.${q as 1 | 2 | 3 | 4}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {mode !== 'rentang' && (
          <Field label={t('lap.year')} error={errorFor('tahun')}>
            {(a) => <input {...a} name="tahun" inputMode="numeric" autoComplete="off" maxLength={4} defaultValue={String(initial.year)} />}
          </Field>
        )}
        {mode === 'rentang' && <RangeFields period={period} errorFor={errorFor} />}
      </div>
      <fieldset className="choices">
        <legend>{t('lap.basisLegend')}</legend>
        {statusBases.map((b) => (
          <label key={b} className="choice">
            <input type="radio" name="statusPer" value={b} defaultChecked={(period.statusPer ?? 'akhir-periode') === b} />
            {t(`lap.basis.${b}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit">{t('lap.submit')}</button>
    </form>
  );
}

function RangeFields({ period, errorFor }: { period: Period; errorFor: (field: string) => string | undefined }) {
  const kinds: ReportKind[] = ['triwulan', 'tahunan'];
  return (
    <>
      <Field label={t('lap.from')} hint={t('lap.rangeHint')} error={errorFor('dari')}>
        {(a) => <input {...a} type="date" name="dari" defaultValue={period.dari} />}
      </Field>
      <Field label={t('lap.to')} error={errorFor('sampai')}>
        {(a) => <input {...a} type="date" name="sampai" defaultValue={period.sampai} />}
      </Field>
      <Field label={t('lap.kind')} error={errorFor('jenis')}>
        {(a) => (
          <select {...a} name="jenis" defaultValue={period.jenis}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`lap.kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
