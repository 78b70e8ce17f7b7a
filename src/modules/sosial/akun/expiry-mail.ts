import { and, eq, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import { inTransaction } from '../../../db/transaction.ts';
import type { Services } from '../../../services.ts';
import { sosialAkun } from '../schema.ts';
import { mailAkunKeepers } from './warning-mail.ts';
import { expiryMailDue, REFRESH_END_WARNING_MS, refreshAheadMs } from './warnings.ts';

/**
 * Mails the keepers of every connected account whose connection ends soon in a way refreshing
 * cannot move (`expiryMailDue`): once per end date. The end is claimed on the row
 * (`expiry_mailed_for`) by one conditional update in the mail's own transaction, so two processes,
 * a retried job or the next run ten minutes later send nothing twice; a reconnection or a
 * refresh that moves the end makes a later end mailable again. Runs after the refresh job's
 * refreshes, so a token just renewed is not warned of.
 */
export async function mailExpiringAkun(services: Services, now = new Date()): Promise<number> {
  const metaWindow = new Date(now.getTime() + refreshAheadMs.instagram / 2);
  const rows = await services.db
    .select()
    .from(sosialAkun)
    .where(
      and(
        eq(sosialAkun.status, 'terhubung'),
        eq(sosialAkun.mode, 'api'),
        or(
          and(isNotNull(sosialAkun.refreshExpiresAt), sql`${sosialAkun.refreshExpiresAt} < ${new Date(now.getTime() + REFRESH_END_WARNING_MS)}`),
          and(isNotNull(sosialAkun.tokenExpiresAt), sql`${sosialAkun.tokenExpiresAt} < ${metaWindow}`),
        ),
      ),
    );
  let mailed = 0;
  for (const row of rows) {
    const end = expiryMailDue(row, now);
    if (!end || row.expiryMailedFor?.getTime() === end.getTime()) continue;
    mailed += await inTransaction(services.db, async (tx, afterCommit) => {
      const [claimed] = await tx
        .update(sosialAkun)
        .set({ expiryMailedFor: end })
        .where(
          and(
            eq(sosialAkun.id, row.id),
            eq(sosialAkun.status, 'terhubung'),
            or(isNull(sosialAkun.expiryMailedFor), ne(sosialAkun.expiryMailedFor, end)),
            // The end read above is still the row's: a refresh that moved it in the meantime wins.
            row.refreshExpiresAt && end.getTime() === row.refreshExpiresAt.getTime()
              ? eq(sosialAkun.refreshExpiresAt, end)
              : eq(sosialAkun.tokenExpiresAt, end),
          ),
        )
        .returning();
      if (!claimed) return 0;
      await mailAkunKeepers(tx, services, afterCommit, claimed, 'segera_kedaluwarsa', end);
      return 1;
    });
  }
  return mailed;
}
