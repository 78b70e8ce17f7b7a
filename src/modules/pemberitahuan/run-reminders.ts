import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { Services } from '../../services.ts';
import { loadCalendar } from '../hari-kerja/load-calendar.ts';
import { localDateOf, yearOf } from '../hari-kerja/local-date.ts';
import { listUnits } from '../org/find-units.ts';
import { tenants } from '../org/schema.ts';
import { reminderDay } from './reminder-day.ts';
import { sendUnitReminder, type UnitReminderOutcome } from './send-reminders.ts';

export type TenantReminderRun = { tenantId: string; date: string; workingDay: boolean; units: UnitReminderOutcome[] };

// The org module has no listing of tenants by zone (an installation usually holds one tenant);
// this read of its table is the only one here.
async function tenantsInZone(db: Queryable, timeZone: string) {
  return db.select({ id: tenants.id, timeZone: tenants.timeZone }).from(tenants).where(eq(tenants.timeZone, timeZone));
}

/**
 * The daily deadline reminder for every tenant in `timeZone`, for the date `now` has there:
 * skipped on a day that is not a working day on the tenant's calendar, else one digest per
 * active unit. One unit's failure does not stop the others; it is thrown at the end so the job
 * is retried, and the units already done are then skipped by their day's row.
 */
export async function runDeadlineReminders(services: Services, timeZone: string, now = new Date()): Promise<TenantReminderRun[]> {
  const runs: TenantReminderRun[] = [];
  const failures: unknown[] = [];
  for (const tenant of await tenantsInZone(services.db, timeZone)) {
    const today = localDateOf(now, tenant.timeZone);
    const day = reminderDay(today, await loadCalendar(services.db, tenant.id, yearOf(today)));
    const run: TenantReminderRun = { tenantId: tenant.id, date: today, workingDay: day !== null, units: [] };
    runs.push(run);
    if (!day) continue;
    for (const unit of await listUnits(services.db, tenant.id)) {
      try {
        run.units.push(await sendUnitReminder(services, tenant, unit, day));
      } catch (err) {
        services.log.error('deadline reminder failed', { unitId: unit.id, date: today, err });
        failures.push(err);
      }
    }
  }
  if (failures.length > 0) throw failures[0];
  return runs;
}
