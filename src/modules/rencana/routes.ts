import { z } from 'zod';
import type { Queryable } from '../../db/types.ts';
import type { ApiRouter } from '../../http/api-router.ts';
import { AppError } from '../../lib/errors.ts';
import { listSteps } from '../alur/list-steps.ts';
import { addDays, localDateOf } from '../hari-kerja/local-date.ts';
import { loadActor } from '../org/actor.ts';
import { getUnit } from '../org/find-units.ts';
import { getTenant } from '../org/get-tenant.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { createRencana } from './create-rencana.ts';
import { currentFeedToken, feedPath, renewFeedToken, unitOfFeedToken } from './feed-token.ts';
import { newRencanaBody, periodQuery, rencanaChangeBody, rencanaStatusBody } from './fields.ts';
import { planToIcal } from './ical.ts';
import { linkedContent } from './konten-link.ts';
import { listRencana } from './list-rencana.ts';
import { rencanaInTenant } from './load-rencana.ts';
import { moveRencana } from './move-rencana.ts';
import { planAgainstPublished } from './plan-vs-published.ts';
import { updateRencana } from './update-rencana.ts';
import { assertPeriod, rencanaView } from './view.ts';

const idParams = z.object({ id: z.uuid() });

/** A plan item's linked content item with its title, kind and stage, or null. */
async function linkedOne(db: Queryable, tenantId: string, kontenId: string | null) {
  return kontenId ? ((await linkedContent(db, tenantId, [kontenId]))[0] ?? null) : null;
}

/** Plan items with their linked content items (one read for the whole list). */
async function withKonten<T extends { kontenId: string | null }>(db: Queryable, tenantId: string, items: T[]) {
  const linked = await linkedContent(db, tenantId, [...new Set(items.flatMap((i) => (i.kontenId ? [i.kontenId] : [])))]);
  const byId = new Map(linked.map((k) => [k.id, k]));
  return items.map((i) => ({ ...i, konten: i.kontenId ? (byId.get(i.kontenId) ?? null) : null }));
}
const feedParams = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,64}\.ics$/) });

/** What a subscribed calendar holds: two months back, a year ahead. */
const FEED_DAYS_BACK = 62;
const FEED_DAYS_AHEAD = 366;

const icalHeaders = (fileName?: string) => ({
  'Content-Type': 'text/calendar; charset=utf-8',
  'Cache-Control': 'private, no-store',
  ...(fileName ? { 'Content-Disposition': `attachment; filename="${fileName}"` } : {}),
});

/** The editorial plan API: the unit's team reads, its planners write; the evaluator reads every unit's. */
export function registerRencanaApi(api: ApiRouter): void {
  api.route(
    { method: 'get', path: '/units/:id/rencana', summary: 'A unit’s plan items dated in a period', auth: 'user', params: idParams, query: periodQuery },
    async (c, { params, query }, { user }) => {
      const { db } = c.get('services');
      const actor = await loadActor(db, user);
      const unit = await unitInTenant(db, user.tenantId, params.id);
      assertOrg(actor, 'rencana.view', unit.id);
      assertPeriod(query.dari, query.sampai);
      const rows = await listRencana(db, unit.id, query.dari, query.sampai);
      return c.json({
        items: await withKonten(
          db,
          user.tenantId,
          rows.map((r) => rencanaView(r, actor)),
        ),
      });
    },
  );

  api.route(
    { method: 'post', path: '/units/:id/rencana', summary: 'Add a plan item (the unit’s planners)', auth: 'user', params: idParams, body: newRencanaBody },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const actor = await loadActor(services.db, user);
      const row = await createRencana(services, user, actor, params.id, body);
      return c.json({ ...rencanaView(row, actor), konten: await linkedOne(services.db, user.tenantId, row.kontenId) }, 201);
    },
  );

  api.route(
    { method: 'get', path: '/rencana/:id', summary: 'One plan item with its history', auth: 'user', params: idParams },
    async (c, { params }, { user }) => {
      const { db } = c.get('services');
      const actor = await loadActor(db, user);
      const row = await rencanaInTenant(db, user.tenantId, params.id);
      assertOrg(actor, 'rencana.view', row.unitId);
      const steps = await listSteps(db, 'rencana', row.id);
      return c.json({
        ...rencanaView(row, actor),
        konten: await linkedOne(db, user.tenantId, row.kontenId),
        riwayat: steps.map((s) => ({ dari: s.fromStatus, ke: s.toStatus, oleh: s.actorLabel, pada: s.at, catatan: s.note })),
      });
    },
  );

  api.route(
    { method: 'patch', path: '/rencana/:id', summary: 'Change a plan item or link its content item', auth: 'user', params: idParams, body: rencanaChangeBody },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const actor = await loadActor(services.db, user);
      const row = await updateRencana(services, user, actor, params.id, body);
      return c.json({ ...rencanaView(row, actor), konten: await linkedOne(services.db, user.tenantId, row.kontenId) });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/rencana/:id/status',
      summary: 'Mark a plan item carried out, called off or planned again',
      auth: 'user',
      params: idParams,
      body: rencanaStatusBody,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const actor = await loadActor(services.db, user);
      return c.json(rencanaView(await moveRencana(services, user, actor, params.id, body.ke, body.catatan), actor));
    },
  );

  api.route(
    {
      method: 'get',
      path: '/units/:id/rencana/realisasi',
      summary: 'Planned against published in a period: carried out, not yet published, published without a plan',
      auth: 'user',
      params: idParams,
      query: periodQuery,
    },
    async (c, { params, query }, { user }) => {
      const { db } = c.get('services');
      const actor = await loadActor(db, user);
      const unit = await unitInTenant(db, user.tenantId, params.id);
      assertOrg(actor, 'rencana.view', unit.id);
      assertPeriod(query.dari, query.sampai);
      const tenant = await getTenant(db, user.tenantId);
      const result = await planAgainstPublished(db, unit.id, tenant.timeZone, query.dari, query.sampai);
      return c.json({
        ...result,
        terencanaBelumTerbit: result.terencanaBelumTerbit.map((r) => rencanaView(r, actor)),
        jumlah: {
          terencanaTerbit: result.terencanaTerbit.length,
          terencanaBelumTerbit: result.terencanaBelumTerbit.length,
          terbitTanpaRencana: result.terbitTanpaRencana.length,
          dibatalkan: result.dibatalkan,
        },
      });
    },
  );

  api.route(
    { method: 'get', path: '/units/:id/rencana/feed', summary: 'The unit’s private calendar address, if one was made', auth: 'user', params: idParams },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      const unit = await unitInTenant(services.db, user.tenantId, params.id);
      assertOrg(await loadActor(services.db, user), 'rencana.view', unit.id);
      const token = await currentFeedToken(services, unit.id);
      return c.json({ url: token ? services.config.publicUrl + feedPath(token) : null });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/units/:id/rencana/feed',
      summary: 'Make (or replace) the unit’s private calendar address (planners)',
      auth: 'user',
      params: idParams,
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      const token = await renewFeedToken(services, user, await loadActor(services.db, user), params.id);
      return c.json({ url: services.config.publicUrl + feedPath(token) }, 201);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/units/:id/rencana.ics',
      summary: 'Download a period of the plan as an iCalendar file',
      auth: 'user',
      params: idParams,
      query: periodQuery,
    },
    async (c, { params, query }, { user }) => {
      const { db } = c.get('services');
      const unit = await unitInTenant(db, user.tenantId, params.id);
      assertOrg(await loadActor(db, user), 'rencana.view', unit.id);
      assertPeriod(query.dari, query.sampai);
      const tenant = await getTenant(db, user.tenantId);
      const items = await listRencana(db, unit.id, query.dari, query.sampai);
      const body = planToIcal(unit.name, tenant.timeZone, items, c.get('lang'), new URL(c.get('services').config.publicUrl).host);
      return c.body(body, 200, icalHeaders(`rencana-${unit.slug}-${query.dari}.ics`));
    },
  );

  api.route(
    {
      method: 'get',
      path: '/kalender/:file',
      summary: 'A unit’s plan as a subscribed calendar (the token in the address is the key)',
      auth: 'public',
      params: feedParams,
    },
    async (c, { params }) => {
      const { db, config } = c.get('services');
      const unitId = await unitOfFeedToken(db, params.file.slice(0, -'.ics'.length));
      if (!unitId) throw new AppError('not_found', 'rencana.feed_missing');
      const unit = await getUnit(db, unitId);
      if (!unit) throw new AppError('not_found', 'rencana.feed_missing');
      const zone = (await getTenant(db, unit.tenantId)).timeZone;
      const today = localDateOf(new Date(), zone);
      const items = await listRencana(db, unit.id, addDays(today, -FEED_DAYS_BACK), addDays(today, FEED_DAYS_AHEAD));
      return c.body(planToIcal(unit.name, zone, items, 'id', new URL(config.publicUrl).host), 200, icalHeaders());
    },
  );
}
