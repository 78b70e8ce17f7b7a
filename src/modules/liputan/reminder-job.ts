import type { Services } from '../../services.ts';
import { type TimeZone, timeZoneLabel, timeZones } from '../org/roles.ts';
import { sendDayBeforeReminders } from './send-reminders.ts';

/** The reminder queue of one Indonesian time zone, e.g. `liputan.pengingat.wita`. */
export const liputanReminderQueue = (zone: TimeZone) => `liputan.pengingat.${timeZoneLabel[zone].toLowerCase()}`;

/** 15:00 every day, weekends too: the afternoon before leaves time to charge batteries and plan the trip. */
export const LIPUTAN_REMINDER_CRON = '0 15 * * *';

/**
 * Registers the daily day-before reminder: one queue and cron schedule per time zone (pg-boss keeps
 * one schedule per queue), so each tenant's crews are reminded at 15:00 of their own WIB, WITA or WIT.
 */
export async function startLiputanReminderJobs(services: Services): Promise<void> {
  for (const zone of timeZones) {
    const queue = liputanReminderQueue(zone);
    await services.jobs.work<{ timeZone: TimeZone }>(queue, { retryLimit: 5, retryDelaySeconds: 120, retryBackoff: true }, async ({ timeZone }) => {
      await sendDayBeforeReminders(services, timeZone);
    });
    await services.jobs.schedule(queue, LIPUTAN_REMINDER_CRON, { timeZone: zone }, { tz: zone });
  }
}
