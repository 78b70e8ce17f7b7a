import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { parseWith } from '../../http/validate.ts';
import { AppError } from '../../lib/errors.ts';
import { loadActor } from '../org/actor.ts';
import { mappingSchema } from './mapping.ts';
import { previewImport } from './preview-import.ts';
import { importState, startImport } from './start-import.ts';
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

/** Import from WordPress: upload, preview with the proposed mapping, then the dry run and the run as jobs the screen polls. Admins only (`import.run`). */
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

  api.route(
    {
      method: 'get',
      path: '/impor-wp/:id/status',
      summary: 'The state of an import: queued, running with its counts so far, or its report',
      auth: 'user',
      params: idParams,
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      return c.json(await importState(services, user, await loadActor(services.db, user), params.id, c.get('lang')));
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
        summary: dryRun
          ? 'Queue the dry run of a WordPress import (202; poll /status for the report; nothing written)'
          : 'Queue a WordPress import (202; poll /status for progress and the result; each item whole or not at all)',
        auth: 'user',
        params: idParams,
        body: mappingBody,
      },
      async (c, { params, body }, { user }) => {
        const services = c.get('services');
        const state = await startImport(services, user, await loadActor(services.db, user), {
          id: params.id,
          mapping: body.mapping,
          dryRun,
          lang: c.get('lang'),
        });
        return c.json(state, 202);
      },
    );
  }
}
