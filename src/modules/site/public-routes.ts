import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';

/** The public, server-rendered sites of the pemda and its units. */
export function registerPublicSite(_app: Hono<AppEnv>): void {}
