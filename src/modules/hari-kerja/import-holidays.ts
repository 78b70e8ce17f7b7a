import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Queryable } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { notifyCalendarChanged } from './calendar-changed.ts';
import type { HolidayType } from './data/types.ts';
import type { LocalDate } from './local-date.ts';
import type { IcalDayEvent } from './parse-ical.ts';
import { assertHariKerja } from './policy.ts';
import { holidays } from './schema.ts';

export type ImportOptions = { type: HolidayType; source: string; dryRun: boolean; fileName: string };

/** One date of the file and what the import does with it. */
export type ImportDate = { date: LocalDate; name: string; line: number; outcome: 'new' | 'present' | 'repeated' };

export type HolidayImport = { dryRun: boolean; type: HolidayType; dates: ImportDate[]; created: number };

/**
 * The dates already closed for the chosen kind: a tenant's closure is needless on a date that is
 * already national or already closed; a national date is needless only where a national row exists.
 */
async function presentDates(db: Queryable, tenantId: string | null, dates: LocalDate[]): Promise<Set<LocalDate>> {
  if (dates.length === 0) return new Set();
  const whose = tenantId ? or(isNull(holidays.tenantId), eq(holidays.tenantId, tenantId)) : isNull(holidays.tenantId);
  const rows = await db
    .select({ date: holidays.date })
    .from(holidays)
    .where(and(whose, inArray(holidays.date, dates)));
  return new Set(rows.map((r) => r.date));
}

/** Every date of the events, in file order, the first event naming a date winning over later ones. */
function planDates(events: IcalDayEvent[], present: Set<LocalDate>): ImportDate[] {
  const seen = new Set<LocalDate>();
  const plan: ImportDate[] = [];
  for (const e of events) {
    for (const date of e.dates) {
      const outcome = seen.has(date) ? 'repeated' : present.has(date) ? 'present' : 'new';
      seen.add(date);
      plan.push({ date, name: e.summary, line: e.line, outcome });
    }
  }
  return plan.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
}

/**
 * Imports the all-day events of an iCalendar file as the admin's closures (`lokal`, this tenant)
 * or as national dates of the chosen kind, with one legal basis. Dates already present are
 * skipped. A dry run returns the same plan without writing. Otherwise every row and one audit
 * entry are written in one transaction, and the open cases' due dates are recounted after commit,
 * as when one holiday is added.
 */
export async function importHolidays(
  services: Services,
  user: SessionUser,
  actor: OrgActor,
  events: IcalDayEvent[],
  opts: ImportOptions,
): Promise<HolidayImport> {
  assertHariKerja(actor, 'holiday.manage');
  const tenantId = opts.type === 'lokal' ? user.tenantId : null;
  const allDates = [...new Set(events.flatMap((e) => e.dates))];
  if (opts.dryRun) {
    const dates = planDates(events, await presentDates(services.db, tenantId, allDates));
    return { dryRun: true, type: opts.type, dates, created: 0 };
  }
  return inTransaction(services.db, async (tx, afterCommit) => {
    const dates = planDates(events, await presentDates(tx, tenantId, allDates));
    const fresh = dates.filter((d) => d.outcome === 'new');
    const rows =
      fresh.length === 0
        ? []
        : await tx
            .insert(holidays)
            .values(fresh.map((d) => ({ date: d.date, type: opts.type, name: d.name, source: opts.source, tenantId, createdBy: user.id })))
            // A concurrent import of the same decree may have won the race for a date; it is then present.
            .onConflictDoNothing()
            .returning({ id: holidays.id, date: holidays.date, name: holidays.name });
    const createdDates = new Set(rows.map((r) => r.date));
    for (const d of fresh) if (!createdDates.has(d.date)) d.outcome = 'present';
    await recordAudit(tx, actorOf(user), {
      action: 'holiday.imported',
      entity: 'holiday',
      tenantId: user.tenantId,
      after: { file: opts.fileName, type: opts.type, source: opts.source, national: tenantId === null, created: rows, skipped: dates.length - rows.length },
    });
    if (rows.length > 0) await markSiteChanged(tx, { tenantId, unitId: null, reason: 'kalender' });
    if (rows.length > 0) afterCommit(() => notifyCalendarChanged({ tenantId, dates: [...createdDates].sort(), action: 'added' }));
    return { dryRun: false, type: opts.type, dates, created: rows.length };
  });
}
