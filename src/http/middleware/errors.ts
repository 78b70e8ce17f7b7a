import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { t } from '../../i18n/catalogue.ts';
import { AppError, httpStatusOf } from '../../lib/errors.ts';
import type { AppEnv } from '../env.ts';

/** Turns any error into `{ code, message, field? }` in the caller's language; never a stack trace. */
export function handleError(err: Error, c: Context<AppEnv>): Response {
  const lang = c.get('lang') ?? 'id';
  if (err instanceof AppError) {
    const status = httpStatusOf[err.code];
    const params = { field: err.field ?? '-', ...err.params };
    return c.json({ code: err.code, message: t(lang, err.messageKey, params), ...(err.field ? { field: err.field } : {}) }, status);
  }
  if (err instanceof HTTPException && err.status === 413) {
    return c.json({ code: 'too_large', message: t(lang, 'error.payload_too_large') }, 413);
  }
  c.get('services')?.log.error('unhandled error', { err, path: c.req.path, method: c.req.method });
  return c.json({ code: 'internal', message: t(lang, 'error.internal') }, 500);
}
