import type { AddressInfo } from 'node:net';
import { loadConfig } from './config.ts';
import { EngineMismatchError } from './db/embedded-engine.ts';
import { DataDirLockedError, lockDataDir } from './db/lock.ts';
import type { Database } from './db/open.ts';
import { staleBuildWarning } from './stale-build.ts';

const startedAt = performance.now();
const config = loadConfig();

/** A start that must not go on for a reason the operator has to read: say it, exit 2. Else rethrow. */
function stopForReason(err: unknown): never {
  if (err instanceof DataDirLockedError || err instanceof EngineMismatchError) {
    process.stderr.write(`\n${err.message}\n\n`);
    process.exit(2);
  }
  throw err;
}

let lock: { release(): void } | null = null;
try {
  lock = config.databaseUrl ? null : lockDataDir(config.dataDir);
} catch (err) {
  stopForReason(err);
}
// The database comes up (Warta's own server: on the first start initdb, seconds) in its own
// process while the rest of Warta's code loads here; both are needed before anything is served.
const opening = import('./db/open.ts').then(({ openDatabase }) =>
  openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, engine: config.embeddedEngine }),
);
opening.catch(() => {}); // awaited below; this only keeps an early failure from being "unhandled"
const [{ boot }, { createWartaServer }, { seedDemoIfEmpty }] = await Promise.all([
  import('./boot.ts'),
  import('./http/server.ts'),
  import('./modules/demo/seed-demo.ts'),
]);

let running: Awaited<ReturnType<typeof boot>>;
try {
  running = await boot(config, { database: await opening, lock });
} catch (err) {
  lock?.release();
  stopForReason(err);
}
const { services } = running;
const demo = config.demo ? await seedDemoIfEmpty(services) : null;
// WARTA_PLATFORM_FAKES=1: the five platforms' contract fakes on this machine, and simulated app
// credentials for every tenant without its own, so accounts can be connected and posted to offline.
const platformFakes = config.platformFakes ? await startSimulation(config.platformFakes.basePort) : null;

const server = createWartaServer(services, config.host);
server.listen(config.port, config.host, () => {
  const info = server.address() as AddressInfo;
  services.log.info('warta started', { port: info.port, driver: services.database.kind, ms: Math.round(performance.now() - startedAt) });
  const lines = [
    '',
    `  Warta berjalan / is running (${engineLabel(services.database, config.dataDir)})`,
    `  Situs publik / public site:  ${config.publicUrl}/`,
    `  Admin:                       ${config.publicUrl}/admin/`,
  ];
  if (platformFakes)
    lines.push(
      '',
      `  Simulasi media sosial / social media simulation: 127.0.0.1:${config.platformFakes?.basePort}–${(config.platformFakes?.basePort ?? 0) + 4}`,
    );
  if (demo?.logins.length) {
    lines.push('', `  Akun demo / demo logins (kata sandi / password: ${demo.password}):`);
    for (const login of demo.logins) lines.push(`    ${login.email.padEnd(36)} ${login.role}`);
  }
  const stale = staleBuildWarning(import.meta.url);
  if (stale) lines.push('', `  ${stale}`);
  if (services.database.notice) lines.push('', ...services.database.notice.split('\n').map((l) => `  ${l}`));
  process.stdout.write(`${lines.join('\n')}\n\n`);
});

async function startSimulation(basePort: number) {
  const [{ startPlatformFakes }, { seedSimulatedApps }] = await Promise.all([
    import('./modules/sosial/fakes/start-fakes.ts'),
    import('./modules/sosial/aplikasi/seed-simulated-apps.ts'),
  ]);
  const fakes = await startPlatformFakes({ basePort });
  await seedSimulatedApps(services);
  return fakes;
}

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
  await platformFakes?.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
