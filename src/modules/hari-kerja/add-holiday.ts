import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { isUniqueViolation } from '../org/db-errors.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { notifyCalendarChanged } from './calendar-changed.ts';
import type { HolidayType } from './data/types.ts';
import type { Holiday } from './list-holidays.ts';
import { assertHariKerja } from './policy.ts';
import { holidays } from './schema.ts';

export type NewHoliday = { date: string; type: HolidayType; name: string; source: string };

/**
 * Records a non-working date: a `lokal` closure belongs to the admin's tenant; any other type is
 * national (e.g. a newly published SKB amendment) and applies to every tenant of this installation.
 */
export async function addHoliday(services: Services, user: SessionUser, actor: OrgActor, input: NewHoliday): Promise<Holiday> {
  assertHariKerja(actor, 'holiday.manage');
  const tenantId = input.type === 'lokal' ? user.tenantId : null;
  const row = await inTransaction(services.db, async (tx, afterCommit) => {
    const [created] = await tx
      .insert(holidays)
      .values({ ...input, tenantId, createdBy: user.id })
      .returning()
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw new AppError('conflict', 'hari_kerja.duplicate', 'tanggal');
        throw err;
      });
    await recordAudit(tx, actorOf(user), { action: 'holiday.created', entity: 'holiday', entityId: created!.id, after: created });
    // Service hours and closures on the PPID pages count holidays (null: national, every tenant).
    await markSiteChanged(tx, { tenantId: tenantId, unitId: null, reason: 'kalender' });
    afterCommit(() => notifyCalendarChanged({ tenantId, dates: [input.date], action: 'added' }));
    return created!;
  });
  return row;
}
