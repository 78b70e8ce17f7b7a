import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { assertReceivedWithinCalendar } from '../hari-kerja/first-calendar-year.ts';
import { isLocalDate } from '../hari-kerja/local-date.ts';
import { registerLampiranApi } from '../lampiran/routes.ts';
import { loadActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { downloadIdentity } from './download-identity.ts';
import { withDueSoon } from './due-soon.ts';
import { staffRequestBody } from './fields.ts';
import { getPermohonan } from './get-permohonan.ts';
import { permohonanLampiranAccess } from './lampiran-access.ts';
import { listPermohonan } from './list-permohonan.ts';
import { registerPermohonan } from './register-permohonan.ts';
import { refusalGrounds, statuses } from './terms.ts';
import { transitionPermohonan } from './transition.ts';

const idParams = z.object({ id: z.uuid() });
const note = z.string().trim().max(2000).nullish();
const text = (max: number) => z.string().trim().min(1).max(max);
/** The written notice's date; omitted = today. Range-checked against receipt and today in transition. */
const noticeDate = z.string({ message: 'msg:permohonan.invalid.tanggal' }).refine(isLocalDate, { message: 'msg:permohonan.invalid.tanggal' }).nullish();

/** The body of a status change: `ke` picks what else is needed. */
const transitionBody = z.discriminatedUnion('ke', [
  z.object({ ke: z.literal('diproses'), alasan: note }),
  z.object({ ke: z.enum(['dikabulkan_seluruhnya', 'ditarik']), alasan: note, tanggal: noticeDate }),
  z.object({ ke: z.literal('diperpanjang'), alasan: text(2000) }),
  z.object({
    ke: z.literal('dikabulkan_sebagian'),
    bagian: z
      .array(z.object({ bagian: text(500), alasan: text(2000) }))
      .min(1)
      .max(50),
    alasan: note,
    tanggal: noticeDate,
  }),
  z.object({ ke: z.literal('ditolak'), dasar: z.enum(refusalGrounds), pemegang: z.string().trim().max(300).nullish(), alasan: note, tanggal: noticeDate }),
  z.object({ ke: z.literal('diteruskan'), tujuan: text(300), alasan: note, tanggal: noticeDate }),
]);

/** Staff work on information requests: entry of non-web requests, the unit's list, one case, status changes. */
export function registerPermohonanApi(api: ApiRouter): void {
  api.route(
    {
      method: 'post',
      path: '/units/:id/permohonan',
      summary: 'Register a request received by e-mail, letter, phone, in person or social media',
      auth: 'user',
      params: idParams,
      body: staffRequestBody,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const unit = await unitInTenant(services.db, user.tenantId, params.id);
      assertOrg(await loadActor(services.db, user), 'permohonan.process', unit.id);
      const tenant = await getTenant(services.db, user.tenantId);
      await assertReceivedWithinCalendar(services.db, body.receivedAt, tenant.timeZone, 'permohonan.invalid.receivedAt_before_calendar');
      const { permohonan, trackingToken } = await registerPermohonan(services, tenant, unit, body, user);
      const { trackingTokenHash: _hidden, ...row } = permohonan;
      return c.json({ permohonan: row, trackingToken }, 201);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/units/:id/permohonan',
      summary:
        'A unit’s requests without personal data, each marked overdue (not answered in time) or due soon; q searches number or requester name; sort=jatuhTempo puts the soonest running deadline first',
      auth: 'user',
      params: idParams,
      query: z.object({
        status: z.enum(statuses, { message: 'msg:permohonan.invalid.status' }).optional(),
        q: z.string().trim().max(100, { message: 'msg:permohonan.invalid.q' }).optional(),
        sort: z.enum(['jatuhTempo', 'diterima'], { message: 'msg:permohonan.invalid.sort' }).default('jatuhTempo'),
      }),
    },
    async (c, { params, query }, { user }) => {
      const services = c.get('services');
      const unit = await unitInTenant(services.db, user.tenantId, params.id);
      assertOrg(await loadActor(services.db, user), 'permohonan.view', unit.id);
      const tenant = await getTenant(services.db, user.tenantId);
      const items = await listPermohonan(services.db, unit.id, tenant.timeZone, query);
      return c.json({ items: await withDueSoon(services.db, tenant.id, tenant.timeZone, items) });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/permohonan/:id',
      summary: 'One request with the requester’s data and its history (the view is audited)',
      auth: 'user',
      params: idParams,
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      return c.json(await getPermohonan(services, user, await loadActor(services.db, user), params.id));
    },
  );

  api.route(
    {
      method: 'get',
      path: '/permohonan/:id/identitas',
      summary: 'The requester’s identity copy (JPEG, PNG or PDF) for the unit’s PPID; 404 when none was sent; the view is audited',
      auth: 'user',
      params: idParams,
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      const file = await downloadIdentity(services, user, await loadActor(services.db, user), params.id);
      return c.body(new Uint8Array(file.body), 200, {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/permohonan/:id/transisi',
      summary: 'Move a request to another status (process, extend, decide, withdraw, forward)',
      auth: 'user',
      params: idParams,
      body: transitionBody,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const { trackingTokenHash: _hidden, ...row } = await transitionPermohonan(services, user, await loadActor(services.db, user), params.id, body);
      return c.json(row);
    },
  );

  registerLampiranApi(api, '/permohonan/:id', permohonanLampiranAccess, 'a granted request’s decision (the unit’s processing PPID)');
}
