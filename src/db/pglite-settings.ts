import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MARK = '# Warta: the embedded database’s own settings (rewritten at each start)';

/**
 * PostgreSQL settings Warta gives its embedded PGlite. A small buffer pool, because PGlite's
 * WebAssembly memory never shrinks: 128 MB of shared buffers, once touched, stay in the process
 * for good. At 16 MB the server idles at ~310 MB instead of ~420 and peaks under load at 376 MB
 * instead of 530 (bench/public-pages.ts, issue 7); the operating system's page cache still holds
 * the data files, so reads stay in memory.
 */
export const PGLITE_SETTINGS = ['shared_buffers = 16MB'];

/**
 * The folder's postgresql.conf (as initdb wrote it: zone, locale, date style) with Warta's settings
 * as a block at the end, replacing the block an earlier start wrote. PGlite writes this text over
 * the file before PostgreSQL reads it; the last line naming a setting wins.
 */
export function pgliteConf(folder: string): string {
  const current = readFileSync(join(folder, 'postgresql.conf'), 'utf8');
  const [initdb = ''] = current.split(MARK);
  return `${initdb.trimEnd()}\n\n${MARK}\n${PGLITE_SETTINGS.join('\n')}\n`;
}
