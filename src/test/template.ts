import { join } from 'node:path';

export const templateDir = join(process.cwd(), '.test-template');
export const templateFile = join(templateDir, 'pglite.tar.gz');

/** One template per test run, so two runs on one PostgreSQL server do not collide. */
export function templateDatabaseName(): string {
  return `warta_template_${process.env.WARTA_TEST_RUN ?? 'main'}`;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
