import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { loadActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { localDate, staffObjectionBody } from './fields.ts';
import { getKeberatan } from './get-keberatan.ts';
import { listKeberatan } from './list-keberatan.ts';
import { recordSengketa } from './record-sengketa.ts';
import { registerStaffKeberatan } from './register-staff-keberatan.ts';
import { complianceStates, disputeStages, statuses, verdicts } from './terms.ts';
import { type TransitionInput, transitionKeberatan } from './transition.ts';
import { updateSengketa } from './update-sengketa.ts';

const idParams = z.object({ id: z.uuid() });
const note = z.string().trim().max(2000).nullish();
const text = (max: number) => z.string().trim().min(1).max(max);
const answer = {
  tanggal: localDate('tanggal'),
  tanggapan: z.string({ message: 'msg:keberatan.invalid.tanggapan' }).trim().min(1, { message: 'msg:keberatan.invalid.tanggapan' }).max(8000),
};

/**
 * The body of a status change, discriminated on `ke` so a bad value is named: a decision carries
 * `putusan`, the answer's date and text, and the order (upheld) or the reasons (rejected), whose
 * absence the operation reports at its field.
 */
const transitionBody = z.discriminatedUnion('ke', [
  z.object({ ke: z.enum(['diproses', 'ditarik']), alasan: note }),
  z.object({
    ke: z.literal('diputus'),
    putusan: z.enum(verdicts, { message: 'msg:keberatan.invalid.putusan' }),
    ...answer,
    perintah: z.string().trim().max(4000).optional(),
    alasan: z.string().trim().max(4000).optional(),
  }),
]);

function transitionInput(body: z.output<typeof transitionBody>): TransitionInput {
  if (body.ke !== 'diputus') return body;
  const { putusan, tanggal, tanggapan } = body;
  return putusan === 'dikabulkan'
    ? { ke: 'diputus', putusan, tanggal, tanggapan, perintah: body.perintah ?? '' }
    : { ke: 'diputus', putusan, tanggal, tanggapan, alasan: body.alasan ?? '' };
}

const disputeBody = z.object({
  kiRegistrationNumber: z
    .string({ message: 'msg:keberatan.invalid.kiRegistrationNumber' })
    .trim()
    .min(1, { message: 'msg:keberatan.invalid.kiRegistrationNumber' })
    .max(100),
  commission: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((v) => v || null),
  registeredOn: localDate('registeredOn'),
});

const disputeChanges = z
  .object({
    kiRegistrationNumber: text(100).optional(),
    commission: z
      .string()
      .trim()
      .max(200)
      .nullish()
      .transform((v) => (v === undefined ? undefined : v || null)),
    stage: z.enum(disputeStages).optional(),
    stageDate: localDate('stageDate').optional(),
    rulingText: text(20000).optional(),
    compliance: z.enum(complianceStates).optional(),
    complianceNote: z
      .string()
      .trim()
      .max(2000)
      .nullish()
      .transform((v) => (v === undefined ? undefined : v || null)),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'msg:keberatan.nothing_to_change' });

/** Staff work on objections and disputes: entry, the unit's register, one case, status changes, the Komisi Informasi stage. */
export function registerKeberatanApi(api: ApiRouter): void {
  api.route(
    { method: 'post', path: '/keberatan', summary: 'Register an objection received by letter, e-mail or in person', auth: 'user', body: staffObjectionBody },
    async (c, { body }, { user }) => {
      const services = c.get('services');
      const unit = await unitInTenant(services.db, user.tenantId, body.unitId, 'unitId');
      assertOrg(await loadActor(services.db, user), 'keberatan.process', unit.id);
      return c.json(await registerStaffKeberatan(services, user, unit, body), 201);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/units/:id/keberatan',
      summary: 'A unit’s register of objections without personal data; sort=jatuhTempo puts the soonest answer deadline first',
      auth: 'user',
      params: idParams,
      query: z.object({ status: z.enum(statuses).optional(), sort: z.enum(['jatuhTempo', 'diterima']).default('jatuhTempo') }),
    },
    async (c, { params, query }, { user }) => {
      const services = c.get('services');
      const unit = await unitInTenant(services.db, user.tenantId, params.id);
      assertOrg(await loadActor(services.db, user), 'keberatan.view', unit.id);
      const tenant = await getTenant(services.db, user.tenantId);
      return c.json({ items: await listKeberatan(services.db, unit.id, tenant.timeZone, query) });
    },
  );

  api.route(
    { method: 'get', path: '/keberatan/:id', summary: 'One objection with its history and dispute (the view is audited)', auth: 'user', params: idParams },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      return c.json(await getKeberatan(services, user, await loadActor(services.db, user), params.id));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/keberatan/:id/transisi',
      summary: 'Process, withdraw, or decide an objection (the decision is the Atasan PPID’s)',
      auth: 'user',
      params: idParams,
      body: transitionBody,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await transitionKeberatan(services, user, await loadActor(services.db, user), params.id, transitionInput(body)));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/keberatan/:id/sengketa',
      summary: 'Record the dispute an objection led to at the Komisi Informasi',
      auth: 'user',
      params: idParams,
      body: disputeBody,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await recordSengketa(services, user, await loadActor(services.db, user), params.id, body), 201);
    },
  );

  api.route(
    {
      method: 'patch',
      path: '/sengketa/:id',
      summary: 'Move a dispute on: stage and its date, ruling, compliance',
      auth: 'user',
      params: idParams,
      body: disputeChanges,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await updateSengketa(services, user, await loadActor(services.db, user), params.id, body));
    },
  );
}
