import type { Config } from './config.ts';
import { lockDataDir } from './db/lock.ts';
import { runMigrations } from './db/migrate.ts';
import { type Database, openDatabase } from './db/open.ts';
import { closeChromium } from './lib/chromium.ts';
import { SecretBox } from './lib/crypto.ts';
import { createLogger, type Logger } from './lib/log.ts';
import { startAuditAnchorJob } from './modules/audit/anchor.ts';
import { installAuditKey } from './modules/audit/audit-key.ts';
import { seedShippedCalendars } from './modules/hari-kerja/seed-holidays.ts';
import { startImportJobs } from './modules/impor-wp/run-import.ts';
import { startJobs } from './modules/jobs/jobs.ts';
import { recountAnswerDeadlinesOnCalendarChange } from './modules/keberatan/recompute-answer-deadlines.ts';
import { startPublicationJobs } from './modules/konten/publication-job.ts';
import { startLiputanReminderJobs } from './modules/liputan/reminder-job.ts';
import { startMailWorker } from './modules/mail/send-queued-mail.ts';
import { startMediaJobs } from './modules/media/process-job.ts';
import { startReminderJobs } from './modules/pemberitahuan/reminder-job.ts';
import { startIdentityPurgeJob } from './modules/permohonan/identity-purge.ts';
import { recountDueDatesOnCalendarChange } from './modules/permohonan/recompute-due-dates.ts';
import { attachPageCache } from './modules/site/cache/change-feed.ts';
import { startAkunRefreshJob } from './modules/sosial/akun/refresh-job.ts';
import { startKirimanJobs } from './modules/sosial/terbit/terbit-job.ts';
import { resolveSecretKey } from './secret-key.ts';
import type { Services } from './services.ts';

export type Running = { services: Services; stop(): Promise<void> };

/**
 * Brings Warta's back end up in the order the data needs: lock the folder (embedded database
 * only), open, migrate, start jobs and workers. Web, migrations and jobs share this one process.
 */
export async function boot(
  config: Config,
  opts: { log?: Logger; database?: Database; secretKey?: string; lock?: { release(): void } | null } = {},
): Promise<Running> {
  const log = opts.log ?? createLogger(config.logLevel);
  // A caller that opened the database itself passes the folder lock it took for it.
  const lock = opts.lock ?? (!opts.database && !config.databaseUrl ? lockDataDir(config.dataDir) : null);
  let database: Database | undefined;
  try {
    const secrets = new SecretBox(opts.secretKey ?? resolveSecretKey(config));
    installAuditKey(secrets);
    database = opts.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, engine: config.embeddedEngine }));
    await runMigrations(database);
    // Public pages are kept rendered; the feed of committed site changes keeps them true. The feed
    // runs even with the page cache off (0 bytes keeps nothing): the portal's report and calendar
    // caches and other listeners of onSiteChanged hear committed changes through it.
    const sitePages = await attachPageCache(database, log, config.pageCacheBytes);
    const jobs = await startJobs(database, log);
    const services: Services = { config, database, db: database.db, log, secrets, jobs };
    await startMailWorker(services);
    await startReminderJobs(services);
    await startLiputanReminderJobs(services);
    await startIdentityPurgeJob(services);
    await startPublicationJobs(services);
    await startMediaJobs(services);
    await startImportJobs(services);
    await startAkunRefreshJob(services);
    const stopKirimanSweep = await startKirimanJobs(services);
    const anchorAudit = await startAuditAnchorJob(services);
    const stopRecounting = recountDueDatesOnCalendarChange(services);
    const stopRecountingObjections = recountAnswerDeadlinesOnCalendarChange(services);
    // The legal working-day calendar ships as data; every start brings new decrees in and
    // recounts the open deadlines that waited on them.
    await seedShippedCalendars(services);
    const db = database;
    return {
      services,
      async stop() {
        stopRecounting();
        stopRecountingObjections();
        stopKirimanSweep();
        await anchorAudit();
        await jobs.stop();
        await sitePages?.stop();
        await closeChromium();
        await db.close();
        lock?.release();
      },
    };
  } catch (err) {
    await database?.close().catch(() => {});
    lock?.release();
    throw err;
  }
}
