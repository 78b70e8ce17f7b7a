import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { loadActor } from './actor.ts';
import { createPerson } from './create-person.ts';
import { emailField, idParams, nameField, optionalText, phoneField } from './fields.ts';
import { findPeople } from './find-people.ts';
import { getPerson } from './get-person.ts';
import { assertOrg } from './policy.ts';
import { teamRoleLabels, teamRoles } from './roles.ts';
import { updatePerson } from './update-person.ts';

// The NIP is checked by the operation so the message can say which digits are wrong.
const personFields = { name: nameField, nip: z.string().max(40).nullable().optional(), position: optionalText(300), email: emailField, phone: phoneField };

/** People (staff, ASN or not) and the list of team roles. */
export function registerPeopleRoutes(api: ApiRouter): void {
  api.route({ method: 'get', path: '/roles', summary: 'Team roles with Indonesian and English labels', auth: 'user' }, (c) => {
    return c.json({ items: teamRoles.map((value) => ({ value, label: teamRoleLabels[value] })) });
  });

  api.route(
    {
      method: 'get',
      path: '/people',
      summary: 'Search people by name or NIP, optionally within one unit’s team',
      auth: 'user',
      query: z.object({ q: z.string().max(100).optional(), unitId: z.uuid().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
    },
    async (c, { query }, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'person.view');
      return c.json({ items: await findPeople(services.db, { tenantId: user.tenantId, ...query }) });
    },
  );

  api.route(
    { method: 'post', path: '/people', summary: 'Register a person (admin)', auth: 'user', body: z.object(personFields) },
    async (c, { body }, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'person.manage');
      return c.json(await createPerson(services, user, body), 201);
    },
  );

  api.route(
    { method: 'get', path: '/people/:id', summary: 'One person with their team roles (access is audited)', auth: 'user', params: idParams },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'person.view');
      return c.json(await getPerson(services, user, params.id));
    },
  );

  api.route(
    { method: 'patch', path: '/people/:id', summary: 'Change a person (admin)', auth: 'user', params: idParams, body: z.object(personFields).partial() },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'person.manage');
      return c.json(await updatePerson(services, user, params.id, body));
    },
  );
}
