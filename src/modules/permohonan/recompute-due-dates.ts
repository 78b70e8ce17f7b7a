import { and, eq, inArray } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import { t } from '../../i18n/catalogue.ts';
import type { Services } from '../../services.ts';
import { recordAudit, systemActor } from '../audit/record-audit.ts';
import { onCalendarChanged } from '../hari-kerja/calendar-changed.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import { getTenant } from '../org/get-tenant.ts';
import { answerDueDate, deadlineCalendar, extendedDeadline } from './deadlines.ts';
import { recordHistory } from './history.ts';
import type { Permohonan } from './load-permohonan.ts';
import { permohonan } from './schema.ts';
import { openStatuses, type Status } from './terms.ts';

/**
 * Recounts the deadlines of open requests after the working-day calendar changed (a closure
 * added or removed, a year completed), for one tenant or, for national changes, all of them.
 * A deadline that cannot be counted keeps its old value, so an extension is never forgotten.
 * Returns how many requests changed; each change is a step in the case history (same status, the
 * old and new days in the note) and an audit row.
 */
export async function recomputeDueDates(services: Services, tenantId: string | null): Promise<number> {
  return inTransaction(services.db, async (tx) => {
    const open = inArray(permohonan.status, [...openStatuses]);
    const rows = await tx
      .select()
      .from(permohonan)
      .where(tenantId ? and(open, eq(permohonan.tenantId, tenantId)) : open)
      .for('update');
    let changed = 0;
    for (const [id, list] of byTenant(rows)) {
      const { timeZone } = await getTenant(tx, id);
      const fromYear = Math.min(...list.map((r) => Number(localDateOf(r.receivedAt, timeZone).slice(0, 4))));
      const calendar = await deadlineCalendar(tx, id, fromYear);
      for (const row of list) {
        const dueDate = answerDueDate(calendar, localDateOf(row.receivedAt, timeZone)) ?? row.dueDate;
        const extendedDueDate = row.extendedDueDate && dueDate ? (extendedDeadline(calendar, dueDate) ?? row.extendedDueDate) : row.extendedDueDate;
        if (dueDate === row.dueDate && extendedDueDate === row.extendedDueDate) continue;
        const now = new Date();
        await tx.update(permohonan).set({ dueDate, extendedDueDate, updatedAt: now }).where(eq(permohonan.id, row.id));
        await recordHistory(tx, systemActor, row.id, row.status as Status, row.status as Status, recountNote(row, dueDate, extendedDueDate), now);
        await recordAudit(tx, systemActor, {
          action: 'permohonan.due_date_recounted',
          entity: 'permohonan',
          entityId: row.id,
          tenantId: id,
          before: dates(row),
          after: { dueDate, extendedDueDate },
        });
        changed++;
      }
    }
    return changed;
  });
}

function byTenant(rows: Permohonan[]): Map<string, Permohonan[]> {
  const groups = new Map<string, Permohonan[]>();
  for (const row of rows) groups.set(row.tenantId, [...(groups.get(row.tenantId) ?? []), row]);
  return groups;
}

// The history is read by the agency's people, so its note is in the agency's language.
function recountNote(row: Permohonan, dueDate: string | null, extendedDueDate: string | null): string {
  const day = (d: string | null) => d ?? t('id', 'permohonan.history.unset');
  return t('id', 'permohonan.history.due_recounted', {
    from: day(row.dueDate),
    to: day(dueDate),
    extFrom: day(row.extendedDueDate),
    extTo: day(extendedDueDate),
  });
}

const dates = (row: Permohonan) => ({ dueDate: row.dueDate, extendedDueDate: row.extendedDueDate });

/** Keeps open requests' deadlines in step with the calendar; call once at start. Returns the unsubscribe. */
export function recountDueDatesOnCalendarChange(services: Services): () => void {
  return onCalendarChanged(async (change) => {
    await recomputeDueDates(services, change.tenantId);
  });
}
