import type { Config } from './config.ts';
import type { Database } from './db/open.ts';
import type { Db } from './db/types.ts';
import type { SecretBox } from './lib/crypto.ts';
import type { Logger } from './lib/log.ts';
import type { Jobs } from './modules/jobs/jobs.ts';

/** What every operation may use: handed down from main.ts, never imported as globals. */
export type Services = {
  config: Config;
  database: Database;
  db: Db;
  log: Logger;
  secrets: SecretBox;
  jobs: Jobs;
};
