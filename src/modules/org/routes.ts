import type { ApiRouter } from '../../http/api-router.ts';

/** Organisation API: tenant, units, bidang, people, teams, decrees, import. */
export function registerOrgApi(_api: ApiRouter): void {}
