import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { parseWith } from '../../http/validate.ts';
import { t } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import { loadActor } from '../org/actor.ts';
import { mappingSchema } from './mapping.ts';
import { previewImport } from './preview-import.ts';
import { runImport } from './run-import.ts';
import { uploadImport } from './upload-import.ts';

const idParams = z.object({ id: z.uuid() });
const mappingBody = z.object({ mapping: mappingSchema });

// Both files come in one request under the application's 12 MB body limit: a 200-post export is
// under 1 MB; the uploads zip of such a site fits beside it (Warta makes its own sizes, so the zip
// may leave WordPress's size copies out).
const uploadForm = z.object({
  unitId: z.uuid({ message: 'msg:impor_wp.unit_required' }),
  wxr: z.instanceof(File, { message: 'msg:impor_wp.wxr_missing' }),
  arsip: z.union([z.instanceof(File), z.literal('')]).optional(),
});

/** Import from WordPress: upload, preview with the proposed mapping, dry run, run. Admins only (`import.run`). */
export function registerImporWpApi(api: ApiRouter): void {
  api.route(
    { method: 'post', path: '/impor-wp', summary: 'Upload a WordPress export (multipart: unitId, wxr, optional arsip = uploads zip)', auth: 'user' },
    async (c, _i, { user }) => {
      const services = c.get('services');
      const actor = await loadActor(services.db, user);
      const raw = await c.req.parseBody().catch(() => {
        throw new AppError('invalid', 'impor_wp.wxr_missing', 'wxr');
      });
      const form = parseWith(uploadForm, raw, c.get('lang'));
      const zip = form.arsip instanceof File && form.arsip.size > 0 ? Buffer.from(await form.arsip.arrayBuffer()) : null;
      const id = await uploadImport(services, user, actor, { unitId: form.unitId, wxr: Buffer.from(await form.wxr.arrayBuffer()), zip });
      return c.json(await previewImport(services, user, actor, id), 201);
    },
  );

  api.route(
    { method: 'get', path: '/impor-wp/:id', summary: 'An uploaded WordPress import with its proposed mapping', auth: 'user', params: idParams },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      return c.json(await previewImport(services, user, await loadActor(services.db, user), params.id));
    },
  );

  for (const [path, dryRun] of [
    ['/impor-wp/:id/uji', true],
    ['/impor-wp/:id/jalankan', false],
  ] as const) {
    api.route(
      {
        method: 'post',
        path,
        summary: dryRun ? 'Dry run of a WordPress import: the report, nothing written' : 'Run a WordPress import (all or nothing)',
        auth: 'user',
        params: idParams,
        body: mappingBody,
      },
      async (c, { params, body }, { user }) => {
        const services = c.get('services');
        const lang = c.get('lang');
        const result = await runImport(services, user, await loadActor(services.db, user), { id: params.id, mapping: body.mapping, dryRun, lang });
        if (dryRun || result.ok) return c.json(result);
        return c.json(
          { code: 'invalid', message: t(lang, 'impor_wp.rows_invalid', { count: result.counts.rowsWithErrors ?? 0 }), field: 'mapping', ...result },
          400,
        );
      },
    );
  }
}
