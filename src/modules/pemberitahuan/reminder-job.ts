import type { Services } from '../../services.ts';
import { type TimeZone, timeZoneLabel, timeZones } from '../org/roles.ts';
import { runDeadlineReminders } from './run-reminders.ts';

/** The reminder queue of one Indonesian time zone, e.g. `ppid.pengingat.wita`. */
export const reminderQueue = (zone: TimeZone) => `ppid.pengingat.${timeZoneLabel[zone].toLowerCase()}`;

/** 07:00 Monday to Friday; holidays and closures are left out by the run itself, per tenant. */
export const REMINDER_CRON = '0 7 * * 1-5';

/**
 * Registers the daily PPID deadline reminder: one queue and cron schedule per time zone (pg-boss
 * keeps one schedule per queue), so each tenant is reminded at 07:00 of its own WIB, WITA or WIT.
 */
export async function startReminderJobs(services: Services): Promise<void> {
  for (const zone of timeZones) {
    const queue = reminderQueue(zone);
    await services.jobs.work<{ timeZone: TimeZone }>(queue, { retryLimit: 5, retryDelaySeconds: 120, retryBackoff: true }, async ({ timeZone }) => {
      await runDeadlineReminders(services, timeZone);
    });
    await services.jobs.schedule(queue, REMINDER_CRON, { timeZone: zone }, { tz: zone });
  }
}
