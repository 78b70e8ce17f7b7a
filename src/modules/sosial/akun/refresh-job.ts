import { and, eq, isNotNull, lt } from 'drizzle-orm';
import type { Services } from '../../../services.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun } from '../schema.ts';
import { mailExpiringAkun } from './expiry-mail.ts';
import { refreshAkunToken } from './refresh-token.ts';
import { refreshAheadMs } from './warnings.ts';

export const AKUN_REFRESH_QUEUE = 'sosial.akun.refresh';
/** Every ten minutes: X's 2-hour tokens are renewed 30 minutes ahead with two more tries to spare. */
export const AKUN_REFRESH_CRON = '*/10 * * * *';

/** Refreshes every connected account whose token is inside its platform's refresh margin. */
export async function refreshDueTokens(services: Services, now = new Date()) {
  const longest = Math.max(...Object.values(refreshAheadMs));
  const rows = await services.db
    .select({ id: sosialAkun.id, platform: sosialAkun.platform, expires: sosialAkun.tokenExpiresAt })
    .from(sosialAkun)
    .where(
      and(
        eq(sosialAkun.status, 'terhubung'),
        eq(sosialAkun.mode, 'api'),
        isNotNull(sosialAkun.tokenExpiresAt),
        lt(sosialAkun.tokenExpiresAt, new Date(now.getTime() + longest)),
      ),
    );
  const due = rows.filter((r) => r.expires!.getTime() - now.getTime() < refreshAheadMs[r.platform as Platform]);
  const counts = { refreshed: 0, needs_reconnect: 0, retry_later: 0, not_needed: 0 };
  for (const row of due) {
    try {
      // Decided again under the lease: a publisher may have refreshed since the rows were read.
      const result = await refreshAkunToken(services, row.id, { marginSec: refreshAheadMs[row.platform as Platform] / 1000, waitMs: 0 });
      counts[result.status] += 1;
      if (result.status !== 'refreshed') services.log.info('sosial token refresh', { akunId: row.id, platform: row.platform, status: result.status });
    } catch (err) {
      counts.retry_later += 1;
      services.log.error('sosial token refresh failed', { akunId: row.id, platform: row.platform, err });
    }
  }
  return counts;
}

export async function startAkunRefreshJob(services: Services): Promise<void> {
  await services.jobs.work(AKUN_REFRESH_QUEUE, { retryLimit: 1, retryDelaySeconds: 60 }, async () => {
    await refreshDueTokens(services);
    // After the refreshes: only an end that refreshing could not move is mailed.
    const mailed = await mailExpiringAkun(services);
    if (mailed > 0) services.log.info('sosial expiry warnings mailed', { accounts: mailed });
  });
  await services.jobs.schedule(AKUN_REFRESH_QUEUE, AKUN_REFRESH_CRON, {});
}
