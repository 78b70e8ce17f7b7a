import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { AppError } from '../../lib/errors.ts';
import { loadActor } from '../org/actor.ts';
import { addFile, addLink } from './add-lampiran.ts';
import { LAMPIRAN_BODY_OVERHEAD, LAMPIRAN_MAX_BYTES } from './limits.ts';
import { listLampiran } from './list-lampiran.ts';
import { downloadFile } from './open-file.ts';
import type { OwnerAccess } from './owner.ts';
import { readUpload } from './read-upload.ts';
import { removeLampiran } from './remove-lampiran.ts';
import { sendFile } from './send-file.ts';

const ownerParams = z.object({ id: z.uuid() });
const itemParams = z.object({ id: z.uuid(), lampiranId: z.uuid() });
// biome-ignore lint/suspicious/noControlCharactersInRegex: a title with control characters is refused
const noControl = /^[^\u0000-\u001f\u007f]*$/;
const linkBody = z.object({
  judul: z.string().trim().min(1).max(300).regex(noControl, { message: 'msg:lampiran.title_invalid' }),
  url: z.string().trim().min(1).max(2000),
});

// Refused from the Content-Length (or while streaming) before the body is buffered.
const uploadLimit = bodyLimit({
  maxSize: LAMPIRAN_MAX_BYTES + LAMPIRAN_BODY_OVERHEAD,
  onError: () => {
    throw new AppError('invalid', 'lampiran.too_large', 'berkas', { mb: LAMPIRAN_MAX_BYTES / 1024 / 1024 });
  },
});

/**
 * The attachment routes of one kind of record under `base` (e.g. `/permohonan/:id`): list, upload
 * a file (multipart `berkas` + `judul`), add a link, download (audited) and remove. The owning
 * module's `access` decides who may read and change them.
 */
export function registerLampiranApi(api: ApiRouter, base: string, access: OwnerAccess, what: string): void {
  api.route(
    { method: 'get', path: `${base}/lampiran`, summary: `The files and links attached to ${what}`, auth: 'user', params: ownerParams },
    async (c, { params }, { user }) => {
      const { db } = c.get('services');
      const owner = await access.resolve(db, user, await loadActor(db, user), params.id, 'read');
      return c.json({ items: await listLampiran(db, owner) });
    },
  );

  api.app.use(`${base}/lampiran`, uploadLimit);
  api.route(
    {
      method: 'post',
      path: `${base}/lampiran`,
      summary: `Attach a file to ${what} (multipart: berkas, judul); its type is recognised from the content; audited`,
      auth: 'user',
      params: ownerParams,
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      const file = await readUpload(c);
      return c.json(await addFile(services, user, await loadActor(services.db, user), access, params.id, file), 201);
    },
  );

  api.route(
    {
      method: 'post',
      path: `${base}/lampiran/tautan`,
      summary: `Attach an http(s) link to ${what}; audited`,
      auth: 'user',
      params: ownerParams,
      body: linkBody,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await addLink(services, user, await loadActor(services.db, user), access, params.id, { title: body.judul, url: body.url }), 201);
    },
  );

  api.route(
    { method: 'get', path: `${base}/lampiran/:lampiranId`, summary: `Download a file attached to ${what}; audited`, auth: 'user', params: itemParams },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      const file = await downloadFile(services, user, await loadActor(services.db, user), access, params.id, params.lampiranId);
      return sendFile(c, file, 'private');
    },
  );

  api.route(
    { method: 'delete', path: `${base}/lampiran/:lampiranId`, summary: `Remove a file or link attached to ${what}; audited`, auth: 'user', params: itemParams },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      await removeLampiran(services, user, await loadActor(services.db, user), access, params.id, params.lampiranId);
      return c.body(null, 204);
    },
  );
}
