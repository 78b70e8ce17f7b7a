import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// One command runs every suite this machine can run: the unit and API suites on PGlite, the same
// suites again on PostgreSQL when TEST_DATABASE_URL is set, and the browser journeys when
// Chromium is installed.
// Template databases are named per run so parallel runs on one server do not collide.
process.env.WARTA_TEST_RUN ??= String(process.pid);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Loading Warta's modules took a quarter of all worker time when every file loaded them afresh, so
// a worker keeps one module graph for the files it runs (isolate: false). A file that replaces a
// module with vi.mock would hand its replacement to the files after it, so those files run in
// projects of their own (`pglite-mocks`, `postgres-mocks`) that load the modules anew per file.
// `--project 'pglite*'` runs both halves of a database.
const mocking = ['src', 'admin/src', 'bench']
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)))
  .filter((file) => /\.test\.tsx?$/.test(file) && /\bvi\.mock\(/.test(readFileSync(file, 'utf8')));

/** A database's project for the files that share a module graph, and one for the files that mock. */
function databaseProjects(name: string, include: string[], globalSetup: string): TestProjectInlineConfiguration[] {
  const test = { globalSetup: [globalSetup], env: { WARTA_TEST_DRIVER: name } };
  return [
    { extends: true, test: { ...test, name, include, exclude: mocking, isolate: false } },
    {
      extends: true,
      test: {
        ...test,
        name: `${name}-mocks`,
        include: mocking.filter((file) => include.some((glob) => file.startsWith(glob.slice(0, glob.indexOf('*'))))),
        isolate: true,
      },
    },
  ];
}

const projects = databaseProjects('pglite', ['src/**/*.test.{ts,tsx}', 'admin/src/**/*.test.ts', 'bench/**/*.test.ts'], 'src/test/global-setup.ts');
if (process.env.TEST_DATABASE_URL) projects.push(...databaseProjects('postgres', ['src/**/*.test.{ts,tsx}'], 'src/test/global-setup-postgres.ts'));
if (existsSync(chromium) && process.env.WARTA_SKIP_E2E !== '1') {
  projects.push({
    extends: true,
    test: { name: 'e2e', include: ['e2e/**/*.spec.ts'], isolate: true, globalSetup: ['e2e/global-setup.ts'], env: { WARTA_TEST_DRIVER: 'pglite' } },
  });
}

export default defineConfig({
  test: {
    projects,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Workers are reused across files; each project decides whether modules are reloaded per file
    // (an `isolate` under poolOptions would override the projects' own).
    isolate: false,
    maxWorkers: 2,
  },
});
