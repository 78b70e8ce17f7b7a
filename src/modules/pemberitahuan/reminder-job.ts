import type { Services } from '../../services.ts';
import { type LocalTime, utcCron } from '../jobs/utc-cron.ts';
import { type TimeZone, timeZoneLabel, timeZones } from '../org/roles.ts';
import { runDeadlineReminders } from './run-reminders.ts';

/** The reminder queue of one Indonesian time zone, e.g. `ppid.pengingat.wita`. */
export const reminderQueue = (zone: TimeZone) => `ppid.pengingat.${timeZoneLabel[zone].toLowerCase()}`;

/** 07:00 local time, Monday to Friday; holidays and closures are left out by the run itself, per tenant. */
export const REMINDER_TIME: LocalTime = { hour: 7, minute: 0, weekdays: [1, 2, 3, 4, 5] };

/** The reminder's schedule in UTC for a zone (e.g. WIT: `0 22 * * 0-4`, 22:00 UTC Sunday–Thursday). */
export const reminderCron = (zone: TimeZone) => utcCron(REMINDER_TIME, zone);

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
    await services.jobs.schedule(queue, reminderCron(zone), { timeZone: zone });
  }
}
