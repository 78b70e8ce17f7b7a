import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { AppError } from '../../lib/errors.ts';
import { listSteps } from '../alur/list-steps.ts';
import { loadActor } from '../org/actor.ts';
import { getUnit, listUnits } from '../org/find-units.ts';
import { canOrg } from '../org/policy.ts';
import { pesanAlur } from './alur.ts';
import { inboxUnits } from './inbox-scope.ts';
import { listPesan } from './list-pesan.ts';
import { movePesan, pesanInTenant } from './move-pesan.ts';
import type { Pesan } from './receive-pesan.ts';
import { type StatusPesan, statusPesan } from './terms.ts';

const idParams = z.object({ id: z.uuid() });
const listQuery = z.object({
  unitId: z.uuid().optional(),
  status: z.enum(statusPesan).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
const moveBody = z.object({ ke: z.enum(statusPesan) });

const detail = (row: Pesan) => ({ ...row, receivedAt: row.receivedAt.toISOString(), updatedAt: row.updatedAt.toISOString() });

/**
 * The inbox API ("Pesan masuk"): the contact form's messages of the units whose site the person
 * keeps. Every answer holds personal data and is `no-store` (securityHeaders, for all of /api).
 */
export function registerKontakApi(api: ApiRouter): void {
  api.route(
    { method: 'get', path: '/kontak/pesan', summary: 'Messages from the units’ contact forms, newest first; searchable', auth: 'user', query: listQuery },
    async (c, { query }, { user }) => {
      const { db } = c.get('services');
      const actor = await loadActor(db, user);
      const units = inboxUnits(actor);
      if (units !== 'all' && units.length === 0) throw new AppError('forbidden', 'error.forbidden');
      if (query.unitId && units !== 'all' && !units.includes(query.unitId)) throw new AppError('forbidden', 'error.forbidden');
      const found = await listPesan(db, { tenantId: user.tenantId, units, ...query });
      const names = new Map((await listUnits(db, user.tenantId, { includeInactive: true })).map((u) => [u.id, u.name]));
      const unitChoices = [...names].filter(([id]) => units === 'all' || units.includes(id)).map(([id, name]) => ({ id, name }));
      return c.json({
        ...found,
        items: found.items.map((i) => ({ ...i, unitName: names.get(i.unitId) ?? '', receivedAt: i.receivedAt.toISOString() })),
        units: unitChoices,
      });
    },
  );

  api.route(
    { method: 'get', path: '/kontak/pesan/:id', summary: 'One message with its history and the moves this person may make', auth: 'user', params: idParams },
    async (c, { params }, { user }) => {
      const { db } = c.get('services');
      const actor = await loadActor(db, user);
      const row = await pesanInTenant(db, user.tenantId, params.id);
      if (!canOrg(actor, 'site.edit', row.unitId)) throw new AppError('forbidden', 'error.forbidden');
      const history = (await listSteps(db, pesanAlur.entity, row.id)).map((s) => ({
        from: s.fromStatus,
        to: s.toStatus,
        at: s.at.toISOString(),
        by: s.actorLabel,
      }));
      const unitName = (await getUnit(db, row.unitId))?.name ?? '';
      return c.json({ ...detail(row), unitName, moves: pesanAlur.movesFor(actor, row.unitId, row.status as StatusPesan, undefined), history });
    },
  );

  api.route(
    { method: 'post', path: '/kontak/pesan/:id/status', summary: 'Mark a message read, answered or archived', auth: 'user', params: idParams, body: moveBody },
    async (c, { params, body }, { user }) => {
      const { db } = c.get('services');
      const actor = await loadActor(db, user);
      const row = await movePesan(db, user, actor, params.id, body.ke);
      return c.json({ ...detail(row), moves: pesanAlur.movesFor(actor, row.unitId, row.status as StatusPesan, undefined) });
    },
  );
}
