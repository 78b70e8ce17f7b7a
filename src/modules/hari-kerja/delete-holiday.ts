import { and, eq, isNull, or } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { notifyCalendarChanged } from './calendar-changed.ts';
import { assertHariKerja } from './policy.ts';
import { holidays } from './schema.ts';

/**
 * Removes a date an admin entered (a closure of their tenant, or a national date). Rows shipped
 * with Warta are refused: the next start would seed them again, so they change only in the data files.
 */
export async function deleteHoliday(services: Services, user: SessionUser, actor: OrgActor, id: string): Promise<void> {
  assertHariKerja(actor, 'holiday.manage');
  await inTransaction(services.db, async (tx, afterCommit) => {
    const [row] = await tx
      .select()
      .from(holidays)
      .where(and(eq(holidays.id, id), or(isNull(holidays.tenantId), eq(holidays.tenantId, user.tenantId))))
      .for('update');
    if (!row) throw new AppError('not_found', 'error.not_found');
    if (row.createdBy === null) throw new AppError('conflict', 'hari_kerja.seeded_row');
    await tx.delete(holidays).where(eq(holidays.id, id));
    await recordAudit(tx, actorOf(user), { action: 'holiday.deleted', entity: 'holiday', entityId: id, before: row });
    // Service hours and closures on the PPID pages count holidays (null: national, every tenant).
    await markSiteChanged(tx, { tenantId: row.tenantId, unitId: null, reason: 'kalender' });
    afterCommit(() => notifyCalendarChanged({ tenantId: row.tenantId, dates: [row.date], action: 'removed' }));
  });
}
