import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { loadActor } from './actor.ts';
import { createBidang } from './create-bidang.ts';
import { createUnit } from './create-unit.ts';
import { deleteBidang } from './delete-bidang.ts';
import {
  emailField,
  goIdDomainField,
  hostField,
  idParams,
  nameField,
  optionalText,
  phoneField,
  slugField,
  tierField,
  timeZoneField,
  unitKindField,
} from './fields.ts';
import { listBidang, listUnits } from './find-units.ts';
import { getTenant } from './get-tenant.ts';
import { unitInTenant } from './load-in-tenant.ts';
import { assertOrg } from './policy.ts';
import { updateBidang } from './update-bidang.ts';
import { updateTenant } from './update-tenant.ts';
import { unitContactFields, updateUnit } from './update-unit.ts';

const unitFields = {
  name: nameField,
  slug: slugField,
  kind: unitKindField,
  shortName: optionalText(60),
  tier: tierField,
  parentId: z.uuid().nullable().optional(),
  host: hostField.nullable().optional(),
  address: optionalText(500),
  phone: phoneField,
  email: emailField,
  isMediaCenter: z.boolean().optional(),
  active: z.boolean().optional(),
};
const bidangFields = { name: nameField, slug: slugField, sortOrder: z.number().int().min(0).max(10_000) };

/** Tenant settings, the unit tree and each unit's bidang. */
export function registerUnitRoutes(api: ApiRouter): void {
  api.route({ method: 'get', path: '/tenant', summary: 'The signed-in user’s tenant', auth: 'user' }, async (c, _i, { user }) => {
    return c.json(await getTenant(c.get('services').db, user.tenantId));
  });

  api.route(
    {
      method: 'patch',
      path: '/tenant',
      summary: 'Change tenant settings (admin)',
      auth: 'user',
      body: z.object({
        name: nameField.optional(),
        domain: goIdDomainField.nullable().optional(),
        timeZone: timeZoneField.optional(),
        require2faForAdmins: z.boolean().optional(),
      }),
    },
    async (c, { body }, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'tenant.update');
      return c.json(await updateTenant(services, user, body));
    },
  );

  api.route(
    { method: 'get', path: '/units', summary: 'Every unit of the tenant, active or not, flat with parentId', auth: 'user' },
    async (c, _i, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'unit.view');
      return c.json({ items: await listUnits(services.db, user.tenantId, { includeInactive: true }) });
    },
  );

  api.route(
    { method: 'post', path: '/units', summary: 'Add a unit (admin)', auth: 'user', body: z.object({ ...unitFields, tier: tierField.default(1) }) },
    async (c, { body }, { user }) => {
      const services = c.get('services');
      assertOrg(await loadActor(services.db, user), 'unit.create');
      return c.json(await createUnit(services, user, body), 201);
    },
  );

  api.route({ method: 'get', path: '/units/:id', summary: 'One unit', auth: 'user', params: idParams }, async (c, { params }, { user }) => {
    const services = c.get('services');
    assertOrg(await loadActor(services.db, user), 'unit.view');
    return c.json(await unitInTenant(services.db, user.tenantId, params.id));
  });

  api.route(
    {
      method: 'patch',
      path: '/units/:id',
      summary: 'Change a unit; its head or developer may change contact fields; active:false retires it',
      auth: 'user',
      params: idParams,
      body: z.object(unitFields).partial(),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const actor = await loadActor(services.db, user);
      const contactOnly = Object.keys(body).every((k) => (unitContactFields as readonly string[]).includes(k));
      assertOrg(actor, contactOnly ? 'unit.update' : 'unit.manage', params.id);
      return c.json(await updateUnit(services, user, params.id, body));
    },
  );

  api.route({ method: 'get', path: '/units/:id/bidang', summary: 'A unit’s divisions', auth: 'user', params: idParams }, async (c, { params }, { user }) => {
    const services = c.get('services');
    assertOrg(await loadActor(services.db, user), 'unit.view');
    await unitInTenant(services.db, user.tenantId, params.id);
    return c.json({ items: await listBidang(services.db, params.id) });
  });

  api.route(
    {
      method: 'post',
      path: '/units/:id/bidang',
      summary: 'Add a division',
      auth: 'user',
      params: idParams,
      body: z.object({ ...bidangFields, sortOrder: bidangFields.sortOrder.default(0) }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await createBidang(services, user, await loadActor(services.db, user), params.id, body), 201);
    },
  );

  api.route(
    { method: 'patch', path: '/bidang/:id', summary: 'Change a division', auth: 'user', params: idParams, body: z.object(bidangFields).partial() },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await updateBidang(services, user, await loadActor(services.db, user), params.id, body));
    },
  );

  api.route(
    { method: 'delete', path: '/bidang/:id', summary: 'Remove a division not in use', auth: 'user', params: idParams },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      await deleteBidang(services, user, await loadActor(services.db, user), params.id);
      return c.body(null, 204);
    },
  );
}
