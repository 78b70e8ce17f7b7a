import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { isUniqueViolation } from '../org/db-errors.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { notifyCalendarChanged } from './calendar-changed.ts';
import { assertHariKerja } from './policy.ts';
import { holidayYears } from './schema.ts';

/**
 * Declares a year's national calendar complete once every date of its SKB has been entered;
 * only then are deadlines counted across that year.
 */
export async function completeYear(services: Services, user: SessionUser, actor: OrgActor, year: number, source: string) {
  assertHariKerja(actor, 'holiday.manage');
  return inTransaction(services.db, async (tx, afterCommit) => {
    const [row] = await tx
      .insert(holidayYears)
      .values({ year, source, createdBy: user.id })
      .returning()
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw new AppError('conflict', 'error.conflict', 'tahun');
        throw err;
      });
    await recordAudit(tx, actorOf(user), { action: 'holiday_year.completed', entity: 'holiday_year', entityId: String(year), after: row });
    // Service hours and closures on the PPID pages count holidays (null: national, every tenant).
    await markSiteChanged(tx, { tenantId: null, unitId: null, reason: 'kalender' });
    afterCommit(() => notifyCalendarChanged({ tenantId: null, dates: [], action: 'year_completed' }));
    return row!;
  });
}
