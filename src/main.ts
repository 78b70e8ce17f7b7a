import { serve } from '@hono/node-server';
import { boot } from './boot.ts';
import { loadConfig } from './config.ts';
import { EngineMismatchError } from './db/embedded-engine.ts';
import { DataDirLockedError } from './db/lock.ts';
import type { Database } from './db/open.ts';
import { createApp } from './http/app.ts';
import { seedDemoIfEmpty } from './modules/demo/seed-demo.ts';
import { staleBuildWarning } from './stale-build.ts';

const startedAt = performance.now();
const config = loadConfig();

let running: Awaited<ReturnType<typeof boot>>;
try {
  running = await boot(config);
} catch (err) {
  if (err instanceof DataDirLockedError || err instanceof EngineMismatchError) {
    process.stderr.write(`\n${err.message}\n\n`);
    process.exit(2);
  }
  throw err;
}
const { services } = running;
const demo = config.demo ? await seedDemoIfEmpty(services) : null;

const server = serve({ fetch: createApp(services).fetch, port: config.port, hostname: config.host }, (info) => {
  services.log.info('warta started', { port: info.port, driver: services.database.kind, ms: Math.round(performance.now() - startedAt) });
  const lines = [
    '',
    `  Warta berjalan / is running (${engineLabel(services.database, config.dataDir)})`,
    `  Situs publik / public site:  ${config.publicUrl}/`,
    `  Admin:                       ${config.publicUrl}/admin/`,
  ];
  if (demo?.logins.length) {
    lines.push('', `  Akun demo / demo logins (kata sandi / password: ${demo.password}):`);
    for (const login of demo.logins) lines.push(`    ${login.email.padEnd(36)} ${login.role}`);
  }
  const stale = staleBuildWarning(import.meta.url);
  if (stale) lines.push('', `  ${stale}`);
  if (services.database.notice) lines.push('', ...services.database.notice.split('\n').map((l) => `  ${l}`));
  process.stdout.write(`${lines.join('\n')}\n\n`);
});

function engineLabel(database: Database, dataDir: string): string {
  if (!database.embedded) return 'PostgreSQL';
  return `${database.kind === 'pglite' ? 'PGlite' : 'PostgreSQL bawaan / embedded PostgreSQL'}: ${dataDir}`;
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  services.log.info('stopping', { signal });
  // Stop taking requests, let running jobs finish, then close the database and free the lock.
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await running.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
