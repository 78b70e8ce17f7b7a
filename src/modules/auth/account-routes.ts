import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { loadActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { inviteUser } from './invite-user.ts';
import { listUsers, updateUser } from './manage-users.ts';

/** Account administration for tenant admins: list, invite, change, disable. */
export function registerAccountApi(api: ApiRouter): void {
  api.route({ method: 'get', path: '/users', summary: 'List accounts', auth: 'user' }, async (c, _input, { user }) => {
    const services = c.get('services');
    assertOrg(await loadActor(services.db, user), 'user.manage');
    return c.json({ items: await listUsers(services, user.tenantId) });
  });

  api.route(
    {
      method: 'post',
      path: '/users',
      summary: 'Invite a person by e-mail',
      auth: 'user',
      body: z.object({
        email: z.email().max(254),
        displayName: z.string().trim().min(2).max(120),
        personId: z.uuid().nullish(),
        isAdmin: z.boolean().default(false),
        lang: z.enum(['id', 'en']).default('id'),
      }),
    },
    async (c, { body }, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'user.manage');
      return c.json(await inviteUser(services, user, body), 201);
    },
  );

  api.route(
    {
      method: 'patch',
      path: '/users/:id',
      summary: 'Change an account: admin flag, person link, disable',
      auth: 'user',
      params: z.object({ id: z.uuid() }),
      body: z.object({
        displayName: z.string().trim().min(2).max(120).optional(),
        isAdmin: z.boolean().optional(),
        disabled: z.boolean().optional(),
        personId: z.uuid().nullable().optional(),
      }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'user.manage');
      return c.json(await updateUser(services, user, params.id, body));
    },
  );
}
