import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { boot } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { createWartaServer } from '../src/http/server.ts';
import { systemActor } from '../src/modules/audit/record-audit.ts';
import { createAccount } from '../src/modules/auth/create-account.ts';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { seedDemoIfEmpty } from '../src/modules/demo/seed-demo.ts';
import { tenants } from '../src/modules/org/schema.ts';
import { addDemoAccounts } from '../src/modules/sosial/varian/test-fixture.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Starts Warta as a newcomer would get it: a fresh data folder with the demo, on a real port. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-e2e-'));
  const config = loadConfig({ WARTA_DATA_DIR: dataDir, WARTA_LOG_LEVEL: 'warn', PORT: '0' });
  const running = await boot(config);
  await seedDemoIfEmpty(running.services);
  // The variants journey needs Dinas PUPR's social accounts; until the demo connects its units to the platform fakes, they are written here.
  await addDemoAccounts(running.services.db, 'dinas-pupr');
  // A second administrator for journeys that must not meet the two-step sign-in admin-journey turns
  // on for the demo admin (the journeys run in parallel and share this server).
  const [tenant] = await running.services.db.select().from(tenants);
  await createAccount(
    running.services,
    { ...systemActor, label: 'e2e' },
    {
      tenantId: tenant?.id as string,
      email: 'admin-kedua@nusalontar.example',
      displayName: 'Administrator Kedua',
      password: DEMO_PASSWORD,
      isAdmin: true,
    },
  );
  // The server `npm start` runs: cached public pages straight from node:http, the rest through Hono.
  const server = createWartaServer(running.services, '127.0.0.1');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  running.services.config.publicUrl = `http://127.0.0.1:${port}`;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
