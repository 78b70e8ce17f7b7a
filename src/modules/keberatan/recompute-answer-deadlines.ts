import { and, eq, inArray } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Tx } from '../../db/types.ts';
import { t } from '../../i18n/catalogue.ts';
import type { Services } from '../../services.ts';
import { recordAudit, systemActor } from '../audit/record-audit.ts';
import { onCalendarChanged } from '../hari-kerja/calendar-changed.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import { getTenant } from '../org/get-tenant.ts';
import { workingDaysAfter } from './deadlines.ts';
import { recordHistory } from './history.ts';
import type { Keberatan } from './load-keberatan.ts';
import { keberatan } from './schema.ts';
import { ANSWER_WORKING_DAYS, openStatuses, type Status } from './terms.ts';

/**
 * Recounts the Atasan PPID's answer deadline of every open objection after the working-day
 * calendar changed (a closure added or removed, a year completed), for one tenant or, for
 * national changes, all of them: 30 working days from the receipt date, as at registration. A
 * deadline that cannot be counted keeps its old value. Each change is a history step (same
 * status, the old and new day in the note) and an audit row, in one transaction. Returns how many
 * objections changed.
 */
export async function recomputeAnswerDeadlines(services: Services, tenantId: string | null): Promise<number> {
  return inTransaction(services.db, async (tx) => {
    const open = inArray(keberatan.status, [...openStatuses]);
    const rows = await tx
      .select()
      .from(keberatan)
      .where(tenantId ? and(open, eq(keberatan.tenantId, tenantId)) : open)
      .for('update');
    const zones = new Map<string, string>();
    let changed = 0;
    for (const row of rows) {
      if (!zones.has(row.tenantId)) zones.set(row.tenantId, (await getTenant(tx, row.tenantId)).timeZone);
      const receivedDate = localDateOf(row.receivedAt, zones.get(row.tenantId)!);
      const dueDate = (await workingDaysAfter(tx, row.tenantId, receivedDate, ANSWER_WORKING_DAYS)) ?? row.dueDate;
      if (dueDate === row.dueDate) continue;
      await moveDueDate(tx, row, dueDate);
      changed++;
    }
    return changed;
  });
}

async function moveDueDate(tx: Tx, row: Keberatan, dueDate: string | null): Promise<void> {
  const now = new Date();
  await tx.update(keberatan).set({ dueDate, updatedAt: now }).where(eq(keberatan.id, row.id));
  // The history is read by people of the agency, so its note is in the agency's language.
  const note = t('id', 'keberatan.history.due_recounted', { from: row.dueDate ?? t('id', 'keberatan.history.unset'), to: dueDate ?? '' });
  const status = row.status as Status;
  await recordHistory(tx, systemActor, row.id, status, status, note, now);
  await recordAudit(tx, systemActor, {
    action: 'keberatan.due_date_recounted',
    entity: 'keberatan',
    entityId: row.id,
    tenantId: row.tenantId,
    before: { dueDate: row.dueDate },
    after: { dueDate },
  });
}

/** Keeps open objections' answer deadlines in step with the calendar; call once at start. Returns the unsubscribe. */
export function recountAnswerDeadlinesOnCalendarChange(services: Services): () => void {
  return onCalendarChanged(async (change) => {
    await recomputeAnswerDeadlines(services, change.tenantId);
  });
}
