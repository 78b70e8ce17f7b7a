import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { assertReceivedWithinCalendar } from '../hari-kerja/first-calendar-year.ts';
import type { Unit } from '../org/find-units.ts';
import { getTenant } from '../org/get-tenant.ts';
import type { StaffObjectionInput } from './fields.ts';
import type { Keberatan } from './load-keberatan.ts';
import { registerKeberatan } from './register-keberatan.ts';
import { requestOfUnit } from './request-link.ts';

/**
 * Staff entry of an objection that came by letter, e-mail or in person: the request is named by
 * its number in the same unit (400 on `permohonanNumber` when there is none), received no earlier
 * than the working-day calendar's first year (400 on `receivedAt`). The caller has
 * checked `keberatan.process` on the unit.
 */
export async function registerStaffKeberatan(services: Services, user: SessionUser, unit: Unit, input: StaffObjectionInput): Promise<Keberatan> {
  const tenant = await getTenant(services.db, user.tenantId);
  await assertReceivedWithinCalendar(services.db, input.receivedAt, tenant.timeZone, 'keberatan.invalid.receivedAt_before_calendar');
  const request = await requestOfUnit(services.db, unit.id, tenant.timeZone, input.permohonanNumber);
  if (!request) throw new AppError('invalid', 'keberatan.request_unknown', 'permohonanNumber');
  const { unitId: _unit, permohonanNumber: _number, ...fields } = input;
  return registerKeberatan(services, tenant, unit, { ...fields, request }, user);
}
