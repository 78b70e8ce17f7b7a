import { existsSync } from 'node:fs';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// One command runs every suite this machine can run: the unit and API suites on PGlite, the same
// suites again on PostgreSQL when TEST_DATABASE_URL is set, and the browser journeys when
// Chromium is installed.
// Template databases are named per run so parallel runs on one server do not collide.
process.env.WARTA_TEST_RUN ??= String(process.pid);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const projects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    test: {
      name: 'pglite',
      include: ['src/**/*.test.{ts,tsx}', 'admin/src/**/*.test.ts', 'bench/**/*.test.ts'],
      globalSetup: ['src/test/global-setup.ts'],
      env: { WARTA_TEST_DRIVER: 'pglite' },
    },
  },
];
if (process.env.TEST_DATABASE_URL) {
  projects.push({
    extends: true,
    test: { name: 'postgres', include: ['src/**/*.test.{ts,tsx}'], globalSetup: ['src/test/global-setup-postgres.ts'], env: { WARTA_TEST_DRIVER: 'postgres' } },
  });
}
if (existsSync(chromium) && process.env.WARTA_SKIP_E2E !== '1') {
  projects.push({
    extends: true,
    test: { name: 'e2e', include: ['e2e/**/*.spec.ts'], globalSetup: ['e2e/global-setup.ts'], env: { WARTA_TEST_DRIVER: 'pglite' } },
  });
}

export default defineConfig({
  test: {
    projects,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
