import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.ts';
import { randomToken } from './lib/crypto.ts';

/**
 * The key that seals secrets at rest. From WARTA_SECRET_KEY when set; on the embedded database a
 * key is made once and kept beside the data (mode 0600), so the demo needs no set-up. Several
 * processes on PostgreSQL must share one key, so there it has to be configured.
 */
export function resolveSecretKey(config: Config): string {
  if (config.secretKey) return config.secretKey;
  if (config.databaseUrl) {
    throw new Error('WARTA_SECRET_KEY wajib diisi saat memakai DATABASE_URL / WARTA_SECRET_KEY is required with DATABASE_URL (at least 32 characters).');
  }
  const file = join(config.dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomToken(48);
  writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
  return key;
}
