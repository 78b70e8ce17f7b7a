import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import type { SessionUser } from '../../http/env.ts';
import { parseWith } from '../../http/validate.ts';
import { t } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { loadActor } from '../org/actor.ts';
import { getUnit, type Unit } from '../org/find-units.ts';
import { assertOrg } from '../org/policy.ts';
import { IMPORT_MAX_BYTES } from '../org/read-team-table.ts';
import { createAlumni } from './create-alumni.ts';
import { alumniBody, alumniResponse } from './fields.ts';
import { importAlumni } from './import-alumni.ts';
import { alumniPrograms, listAlumni } from './list-alumni.ts';
import { type AlumniRow, alumni } from './schema.ts';
import { deleteAlumni, updateAlumni } from './update-alumni.ts';

const ADMIN_PAGE_SIZE = 50;
const unitParams = z.object({ id: z.uuid() });
const listQuery = z.object({
  program: z.string().max(200).optional(),
  tahun: z.coerce.number().int().min(1900).max(2200).optional(),
  q: z.string().trim().max(100).optional(),
  halaman: z.coerce.number().int().min(1).max(10_000).default(1),
});
const importForm = z.object({
  file: z.instanceof(File, { message: 'msg:org.import.file_missing' }),
  dryRun: z.enum(['true', 'false']).default('true'),
  program: z.string().trim().max(200).default(''),
  angkatan: z.string().trim().max(50).default(''),
  tahun: z.string().trim().max(4).default(''),
});

const present = (r: AlumniRow) => ({ ...r, updatedAt: r.updatedAt.toISOString() });

// The alumni list is part of the unit's public site, so whoever edits the unit's site keeps it.
// A unit of another tenant is "not found", so ids cannot be probed across tenants.
async function unitToEdit(services: Services, user: SessionUser, unitId: string): Promise<Unit> {
  const unit = await getUnit(services.db, unitId);
  if (!unit || unit.tenantId !== user.tenantId) throw new AppError('not_found', 'error.not_found');
  assertOrg(await loadActor(services.db, user), 'site.edit', unit.id);
  return unit;
}

async function rowToEdit(services: Services, user: SessionUser, id: string): Promise<AlumniRow> {
  const [row] = await services.db.select().from(alumni).where(eq(alumni.id, id));
  if (!row || row.tenantId !== user.tenantId) throw new AppError('not_found', 'error.not_found');
  assertOrg(await loadActor(services.db, user), 'site.edit', row.unitId);
  return row;
}

/** Alumni API: a unit's participants per programme and year, edited one by one or imported from a file. */
export function registerAlumniApi(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/units/:id/alumni',
      summary: 'A page of a unit’s alumni, with its programmes and years',
      auth: 'user',
      params: unitParams,
      query: listQuery,
      response: z.object({
        items: z.array(alumniResponse),
        total: z.number(),
        perHalaman: z.number(),
        programs: z.array(z.object({ program: z.string(), tahun: z.array(z.object({ tahun: z.number(), jumlah: z.number() })) })),
      }),
    },
    async (c, { params, query }, { user }) => {
      const services = c.get('services');
      const unit = await unitToEdit(services, user, params.id);
      const page = await listAlumni(services.db, { unitId: unit.id, ...query, perHalaman: ADMIN_PAGE_SIZE });
      const programs = await alumniPrograms(services.db, unit.id);
      return c.json({ items: page.items.map(present), total: page.total, perHalaman: ADMIN_PAGE_SIZE, programs });
    },
  );

  api.route(
    { method: 'post', path: '/units/:id/alumni', summary: 'Add a participant', auth: 'user', params: unitParams, body: alumniBody, response: alumniResponse },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const unit = await unitToEdit(services, user, params.id);
      return c.json(present(await createAlumni(services.db, user, unit, body)), 201);
    },
  );

  api.route(
    { method: 'put', path: '/alumni/:id', summary: 'Change a participant', auth: 'user', params: unitParams, body: alumniBody, response: alumniResponse },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const before = await rowToEdit(services, user, params.id);
      return c.json(present(await updateAlumni(services.db, user, before, body)));
    },
  );

  api.route({ method: 'delete', path: '/alumni/:id', summary: 'Remove a participant', auth: 'user', params: unitParams }, async (c, { params }, { user }) => {
    const services = c.get('services');
    await deleteAlumni(services.db, user, await rowToEdit(services, user, params.id));
    return c.body(null, 204);
  });

  api.route(
    {
      method: 'post',
      path: '/units/:id/alumni/impor',
      summary: 'Import participants from CSV or XLSX (multipart: file, dryRun, program, angkatan, tahun); nothing is written unless every row is right',
      auth: 'user',
      params: unitParams,
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      const lang = c.get('lang');
      const unit = await unitToEdit(services, user, params.id);
      const raw = await c.req.parseBody().catch(() => {
        throw new AppError('invalid', 'org.import.file_missing', 'file');
      });
      const input = parseWith(importForm, raw, lang);
      if (input.file.size > IMPORT_MAX_BYTES) throw new AppError('invalid', 'org.import.file_too_large', 'file', { mb: IMPORT_MAX_BYTES / 1024 / 1024 });
      const result = await importAlumni(services, user, unit, {
        file: new Uint8Array(await input.file.arrayBuffer()),
        dryRun: input.dryRun === 'true',
        defaults: { program: input.program, angkatan: input.angkatan, tahun: input.tahun },
        lang,
      });
      if (result.ok) return c.json(result);
      const failing = result.rows.filter((r) => r.errors.length > 0).length;
      return c.json({ code: 'invalid', message: t(lang, 'alumni.import.rows_invalid', { count: failing }), field: 'file', ...result }, 400);
    },
  );
}
