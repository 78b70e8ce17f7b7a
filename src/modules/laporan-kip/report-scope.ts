import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import { hasRole, loadActor, type OrgActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { type AsOfBasis, resolveAsOf } from './as-of.ts';
import type { ReportContext } from './compile-report.ts';
import { type PeriodQuery, resolvePeriod } from './period.ts';

/**
 * What a caller wants to do with a report:
 * - `view`: read the numbers, the rows behind them, the documents and the register without
 *   contact data — the unit's PPID, admins, and Diskominfo evaluators (every unit and the tenant);
 * - `edit`: write the officer's texts — the unit's PPID or an admin; evaluators only read;
 * - `personal`: the register with the requesters' names and contact data — the same people as
 *   `edit`, because they handle those requests anyway; an evaluator's oversight needs no contacts.
 */
export type ReportUse = 'view' | 'edit' | 'personal';

function mayWrite(actor: OrgActor, unitId: string | null): boolean {
  if (actor.isAdmin) return true;
  return unitId !== null && hasRole(actor, unitId, 'ppid_utama', 'ppid_pelaksana');
}

/**
 * The report a request asks for: the unit (from `unit`, 400 when not the tenant's) or the whole
 * tenant without it, the period, the date status is counted on (`statusPer`), and whether the caller may use it that way (403 if not).
 */
export async function reportContext(
  services: Services,
  user: SessionUser,
  query: PeriodQuery & { unit?: string | undefined; statusPer?: AsOfBasis | undefined },
  use: ReportUse,
): Promise<ReportContext & { actor: OrgActor }> {
  const actor = await loadActor(services.db, user);
  const unit = query.unit ? await unitInTenant(services.db, user.tenantId, query.unit, 'unit') : null;
  assertOrg(actor, 'laporan.view', unit?.id);
  if (use !== 'view' && !mayWrite(actor, unit?.id ?? null)) throw new AppError('forbidden', 'error.forbidden');
  const tenant = await getTenant(services.db, user.tenantId);
  const period = resolvePeriod(query, tenant.timeZone);
  return { tenant, unit, period, asOf: resolveAsOf(query.statusPer ?? 'akhir-periode', period, localDateOf(new Date(), tenant.timeZone)), actor };
}
