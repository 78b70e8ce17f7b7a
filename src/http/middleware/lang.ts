import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { pickLang } from '../../i18n/catalogue.ts';
import type { AppEnv } from '../env.ts';

export function language(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('lang', pickLang(c.req.query('lang'), getCookie(c, 'warta_lang'), c.req.header('accept-language')));
    await next();
  };
}
