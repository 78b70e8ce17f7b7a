import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { registerLampiranApi } from '../lampiran/routes.ts';
import { loadActor } from '../org/actor.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { archiveInformasi } from './archive-informasi.ts';
import { createInformasi } from './create-informasi.ts';
import { archiveBody, informasiChangeBody, listQuery, newInformasiBody } from './fields.ts';
import { getInformasi } from './get-informasi.ts';
import { viewOf } from './informasi-view.ts';
import { informasiLampiranAccess } from './lampiran-access.ts';
import { listInformasi } from './list-informasi.ts';
import { tenantToday } from './tenant-today.ts';
import { updateInformasi } from './update-informasi.ts';

const idParams = z.object({ id: z.uuid() });

/** The information list API (DIP and DIK): every staff member reads, the unit's PPID and admins write. */
export function registerInformasiApi(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/units/:id/informasi',
      summary: 'A unit’s information list (DIP and DIK), filtered and searched',
      auth: 'user',
      params: idParams,
      query: listQuery,
    },
    async (c, { params, query }, { user }) => {
      const { db } = c.get('services');
      assertOrg(await loadActor(db, user), 'unit.view');
      const unit = await unitInTenant(db, user.tenantId, params.id);
      const rows = await listInformasi(db, {
        unitId: unit.id,
        klasifikasi: query.klasifikasi ? [query.klasifikasi] : undefined,
        q: query.q,
        archived: query.arsip === '1',
      });
      const today = await tenantToday(db, user.tenantId);
      return c.json({ items: rows.map((row) => viewOf(row, today)) });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/units/:id/informasi',
      summary: 'Add an item to a unit’s information list (PPID, admin)',
      auth: 'user',
      params: idParams,
      body: newInformasiBody,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const row = await createInformasi(services, user, await loadActor(services.db, user), params.id, body);
      return c.json(viewOf(row, await tenantToday(services.db, user.tenantId)), 201);
    },
  );

  api.route({ method: 'get', path: '/informasi/:id', summary: 'One information item', auth: 'user', params: idParams }, async (c, { params }, { user }) => {
    const { db } = c.get('services');
    assertOrg(await loadActor(db, user), 'unit.view');
    return c.json(viewOf(await getInformasi(db, user.tenantId, params.id), await tenantToday(db, user.tenantId)));
  });

  api.route(
    { method: 'patch', path: '/informasi/:id', summary: 'Change an information item (PPID, admin)', auth: 'user', params: idParams, body: informasiChangeBody },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const row = await updateInformasi(services, user, await loadActor(services.db, user), params.id, body);
      return c.json(viewOf(row, await tenantToday(services.db, user.tenantId)));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/informasi/:id/arsip',
      summary: 'Withdraw an item from the lists; it is kept, never deleted (PPID, admin)',
      auth: 'user',
      params: idParams,
      body: archiveBody,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const row = await archiveInformasi(services, user, await loadActor(services.db, user), params.id, body.alasan ?? null);
      return c.json(viewOf(row, await tenantToday(services.db, user.tenantId)));
    },
  );

  registerLampiranApi(api, '/informasi/:id', informasiLampiranAccess, 'an information item (PPID, admin)');
}
