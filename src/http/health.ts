import { sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/** Liveness for load balancers: the database answers and the job queue runs. */
export async function health(c: Context<AppEnv>) {
  const services = c.get('services');
  const database = await services.db
    .execute(sql`select 1`)
    .then(() => true)
    .catch(() => false);
  const jobs = await services.jobs.healthy();
  const ok = database && jobs;
  c.header('Cache-Control', 'no-store');
  return c.json({ status: ok ? 'ok' : 'degraded', database, jobs, driver: services.database.kind }, ok ? 200 : 503);
}
