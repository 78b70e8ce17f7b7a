import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { loadActor } from './actor.ts';
import { addTeamMember } from './add-team-member.ts';
import { createDecree } from './create-decree.ts';
import { idParams, isoDateField, nameField, optionalText, teamRoleField } from './fields.ts';
import { getDecree, listDecrees } from './find-decrees.ts';
import { listTeam } from './list-team.ts';
import { unitInTenant } from './load-in-tenant.ts';
import { assertOrg } from './policy.ts';
import { removeTeamMember } from './remove-team-member.ts';
import { updateDecree } from './update-decree.ts';

const decreeFields = {
  number: z.string().trim().min(1).max(120),
  date: isoDateField,
  title: z.string().trim().min(3).max(500),
  signerName: nameField,
  signerPosition: optionalText(200),
  unitId: z.uuid().nullable().optional(),
};

/** Unit teams and the decrees (SK) that set them. */
export function registerTeamRoutes(api: ApiRouter): void {
  api.route({ method: 'get', path: '/units/:id/team', summary: 'A unit’s team members', auth: 'user', params: idParams }, async (c, { params }, { user }) => {
    const services = c.get('services');
    assertOrg(await loadActor(services.db, user), 'person.view');
    await unitInTenant(services.db, user.tenantId, params.id);
    return c.json({ items: await listTeam(services.db, params.id) });
  });

  api.route(
    {
      method: 'post',
      path: '/units/:id/team',
      summary: 'Give a person a role in a unit’s team',
      auth: 'user',
      params: idParams,
      body: z.object({ personId: z.uuid(), role: teamRoleField, decreeId: z.uuid().nullable().optional() }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await addTeamMember(services, user, await loadActor(services.db, user), { ...body, unitId: params.id }), 201);
    },
  );

  api.route({ method: 'delete', path: '/team-members/:id', summary: 'Take a role away', auth: 'user', params: idParams }, async (c, { params }, { user }) => {
    const services = c.get('services');
    await removeTeamMember(services, user, await loadActor(services.db, user), params.id);
    return c.body(null, 204);
  });

  api.route({ method: 'get', path: '/decrees', summary: 'The tenant’s decrees (SK)', auth: 'user' }, async (c, _i, { user }) => {
    const services = c.get('services');
    assertOrg(await loadActor(services.db, user), 'person.view');
    return c.json({ items: await listDecrees(services.db, user.tenantId) });
  });

  api.route(
    { method: 'post', path: '/decrees', summary: 'Record a decree (admin)', auth: 'user', body: z.object(decreeFields) },
    async (c, { body }, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'decree.manage');
      return c.json(await createDecree(services, user, body), 201);
    },
  );

  api.route(
    { method: 'get', path: '/decrees/:id', summary: 'One decree with the members it appointed', auth: 'user', params: idParams },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'person.view');
      return c.json(await getDecree(services.db, user.tenantId, params.id));
    },
  );

  api.route(
    { method: 'patch', path: '/decrees/:id', summary: 'Correct a decree (admin)', auth: 'user', params: idParams, body: z.object(decreeFields).partial() },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'decree.manage');
      return c.json(await updateDecree(services, user, params.id, body));
    },
  );
}
