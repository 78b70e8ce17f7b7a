import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const BACKUP_FORMAT = 'warta-backup';
export const BACKUP_FORMAT_VERSION = 1;

/**
 * Tables a backup leaves out: sign-in sessions and rate-limit counters are short-lived and
 * restoring them would only resurrect stale sessions. Jobs live in the `pgboss` schema, which a
 * backup never reads.
 */
export const TRANSIENT_TABLES = new Set(['sessions', 'rate_limits']);

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  wartaVersion: z.string(),
  migrations: z.number().int().nonnegative(),
  createdAt: z.string(),
  driver: z.enum(['pglite', 'postgres']),
  /** Tables in foreign-key order (parents first) with their row counts. */
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative() })),
});

export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** The Warta version from package.json, recorded in every backup. */
export function wartaVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const rowPrefix = '{"t":';

/**
 * One row line: `{"t":"<table>","r":<row as PostgreSQL's own jsonb text>}`. The row text is
 * written and read back without JavaScript parsing it, so bigints and timestamps keep every digit.
 */
export function rowLine(table: string, rowJson: string): string {
  return `${rowPrefix}${JSON.stringify(table)},"r":${rowJson}}`;
}

/** Splits a row line back into its table and the untouched row JSON text. */
export function parseRowLine(line: string): { table: string; rowJson: string } {
  const marker = '","r":';
  const at = line.indexOf(marker);
  if (!line.startsWith(`${rowPrefix}"`) || at < 0 || !line.endsWith('}')) throw new Error(`not a row line: ${line.slice(0, 80)}`);
  return { table: JSON.parse(line.slice(rowPrefix.length, at + 1)) as string, rowJson: line.slice(at + marker.length, -1) };
}
