import { z } from 'zod';
import type { Queryable } from '../../db/types.ts';
import type { ApiRouter } from '../../http/api-router.ts';
import { AppError } from '../../lib/errors.ts';
import { listSteps } from '../alur/list-steps.ts';
import { loadActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { listTeam } from '../org/list-team.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg, canOrg } from '../org/policy.ts';
import { linkedContent } from '../rencana/konten-link.ts';
import { createLiputan } from './create-liputan.ts';
import { liputanChangeBody, liputanListQuery, liputanStatusBody, newLiputanBody } from './fields.ts';
import { listLiputan } from './list-liputan.ts';
import { crewOf, liputanInTenant, productsOf } from './load-liputan.ts';
import { moveLiputan } from './move-liputan.ts';
import { updateLiputan } from './update-liputan.ts';
import { liputanView } from './view.ts';

const idParams = z.object({ id: z.uuid() });

/** An assignment's products: their ids and, to show them, each item's title, kind and stage. */
async function products(db: Queryable, tenantId: string, id: string) {
  const kontenIds = await productsOf(db, id);
  return { kontenIds, konten: await linkedContent(db, tenantId, kontenIds) };
}

/** The assignments API: the unit's planners assign, the crew mark progress, the team and the evaluator read. */
export function registerLiputanApi(api: ApiRouter): void {
  api.route(
    { method: 'get', path: '/liputan', summary: 'My assignments (saya=1) or a unit’s, open ones or all', auth: 'user', query: liputanListQuery },
    async (c, { query }, { user }) => {
      const { db } = c.get('services');
      const actor = await loadActor(db, user);
      if (!query.saya && !query.unit) throw new AppError('invalid', 'invalid.format', 'unit', { field: 'unit', detail: '' });
      if (query.unit) assertOrg(actor, 'liputan.view', (await unitInTenant(db, user.tenantId, query.unit)).id);
      const personId = query.saya ? user.personId : undefined;
      const rows = personId === null ? [] : await listLiputan(db, { tenantId: user.tenantId, unitId: query.unit, personId, semua: query.status === 'semua' });
      const crews = await crewOf(
        db,
        rows.map((r) => r.id),
      );
      const { timeZone } = await getTenant(db, user.tenantId);
      return c.json({ items: rows.map((r) => liputanView(r, crews.get(r.id) ?? [], actor, user.personId, timeZone)) });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/units/:id/liputan',
      summary: 'Assign an activity’s coverage (the unit’s planners); mails the crew',
      auth: 'user',
      params: idParams,
      body: newLiputanBody,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const actor = await loadActor(services.db, user);
      const row = await createLiputan(services, user, actor, params.id, body);
      const { timeZone } = await getTenant(services.db, user.tenantId);
      return c.json(liputanView(row, (await crewOf(services.db, [row.id])).get(row.id) ?? [], actor, user.personId, timeZone), 201);
    },
  );

  api.route(
    { method: 'get', path: '/liputan/:id', summary: 'One assignment with its crew, products and history', auth: 'user', params: idParams },
    async (c, { params }, { user }) => {
      const { db } = c.get('services');
      const actor = await loadActor(db, user);
      const row = await liputanInTenant(db, user.tenantId, params.id);
      const crew = (await crewOf(db, [row.id])).get(row.id) ?? [];
      // The crew read their own assignment even where their roles would not show them the unit's list.
      if (!crew.some((p) => p.personId === user.personId)) assertOrg(actor, 'liputan.view', row.unitId);
      const { timeZone } = await getTenant(db, user.tenantId);
      const steps = await listSteps(db, 'liputan', row.id);
      return c.json({
        ...liputanView(row, crew, actor, user.personId, timeZone, await products(db, user.tenantId, row.id)),
        riwayat: steps.map((s) => ({ dari: s.fromStatus, ke: s.toStatus, oleh: s.actorLabel, pada: s.at, catatan: s.note })),
      });
    },
  );

  api.route(
    {
      method: 'patch',
      path: '/liputan/:id',
      summary: 'Change an assignment, its crew or its products (the unit’s planners)',
      auth: 'user',
      params: idParams,
      body: liputanChangeBody,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const actor = await loadActor(services.db, user);
      const row = await updateLiputan(services, user, actor, params.id, body);
      const { timeZone } = await getTenant(services.db, user.tenantId);
      const crew = (await crewOf(services.db, [row.id])).get(row.id) ?? [];
      return c.json(liputanView(row, crew, actor, user.personId, timeZone, await products(services.db, user.tenantId, row.id)));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/liputan/:id/status',
      summary: 'Mark an assignment covered, in production or done, or call it off',
      auth: 'user',
      params: idParams,
      body: liputanStatusBody,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const actor = await loadActor(services.db, user);
      const row = await moveLiputan(services, user, actor, params.id, body.ke, body.catatan);
      const { timeZone } = await getTenant(services.db, user.tenantId);
      return c.json(liputanView(row, (await crewOf(services.db, [row.id])).get(row.id) ?? [], actor, user.personId, timeZone));
    },
  );

  api.route(
    {
      method: 'get',
      path: '/units/:id/liputan/tim',
      summary: 'The unit’s team to pick assignees and plan owners from (the unit’s planners)',
      auth: 'user',
      params: idParams,
    },
    async (c, { params }, { user }) => {
      const { db } = c.get('services');
      const actor = await loadActor(db, user);
      const unit = await unitInTenant(db, user.tenantId, params.id);
      if (!canOrg(actor, 'liputan.manage', unit.id) && !canOrg(actor, 'rencana.manage', unit.id)) throw new AppError('forbidden', 'error.forbidden');
      const byPerson = new Map<string, { personId: string; nama: string; peran: string[] }>();
      for (const m of await listTeam(db, unit.id)) {
        const entry = byPerson.get(m.personId) ?? { personId: m.personId, nama: m.person.name, peran: [] };
        entry.peran.push(m.role);
        byPerson.set(m.personId, entry);
      }
      return c.json({ items: [...byPerson.values()] });
    },
  );
}
