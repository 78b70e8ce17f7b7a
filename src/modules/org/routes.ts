import type { ApiRouter } from '../../http/api-router.ts';
import { registerImportRoutes } from './import-routes.ts';
import { registerPeopleRoutes } from './people-routes.ts';
import { registerTeamRoutes } from './team-routes.ts';
import { registerUnitRoutes } from './unit-routes.ts';

/** Organisation API: tenant, units, bidang, people, teams, decrees, import. */
export function registerOrgApi(api: ApiRouter): void {
  registerUnitRoutes(api);
  registerPeopleRoutes(api);
  registerTeamRoutes(api);
  registerImportRoutes(api);
}
