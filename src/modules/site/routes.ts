import type { ApiRouter } from '../../http/api-router.ts';

/** Site API: profile pages edited in the admin. */
export function registerSiteApi(_api: ApiRouter): void {}
