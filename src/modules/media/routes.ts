import { z } from 'zod';
import { inTransaction } from '../../db/transaction.ts';
import type { ApiRouter } from '../../http/api-router.ts';
import { AppError } from '../../lib/errors.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { attachmentDisposition } from '../lampiran/file-name.ts';
import { loadActor } from '../org/actor.ts';
import { deleteMedia } from './delete-media.ts';
import { mediaChangeBody, mediaListQuery } from './fields.ts';
import { streamStored } from './file-routes.ts';
import { getMedia } from './get-media.ts';
import { getMediaLimits } from './limits.ts';
import { listMedia, MEDIA_PAGE_SIZE } from './list-media.ts';
import { whereMediaUsed } from './media-usage.ts';
import { mediaView } from './media-view.ts';
import { limitsBody, updateMediaLimits } from './update-limits.ts';
import { updateMedia } from './update-media.ts';
import { UPLOAD_PATH } from './upload-routes.ts';

const idParams = z.object({ id: z.uuid() });
const MB = 1024 * 1024;
const limitsView = (l: Awaited<ReturnType<typeof getMediaLimits>>) => ({ fotoMb: l.foto / MB, videoMb: l.video / MB, dokumenMb: l.dokumen / MB });

/** The media library API: the publication team uploads and describes, evaluators read, admins set limits. */
export function registerMediaApi(api: ApiRouter): void {
  api.route(
    { method: 'get', path: '/media', summary: 'The media library, searched and filtered', auth: 'user', query: mediaListQuery },
    async (c, { query }, { user }) => {
      const { db } = c.get('services');
      const { items, total } = await listMedia(db, await loadActor(db, user), query);
      return c.json({ items: items.map(mediaView), total, page: query.page, pageSize: MEDIA_PAGE_SIZE, uploadUrl: `${UPLOAD_PATH}` });
    },
  );

  api.route({ method: 'get', path: '/media/batas', summary: 'Upload limits per kind (MB)', auth: 'user' }, async (c, _input, { user }) => {
    const { db } = c.get('services');
    const actor = await loadActor(db, user);
    // Everyone who uploads sees the limits (the upload screen shows them); only admins change them.
    if (!actor.isAdmin && !actor.roles.length) throw new AppError('forbidden', 'error.forbidden');
    return c.json(limitsView(await getMediaLimits(db, user.tenantId)));
  });

  api.route(
    { method: 'put', path: '/media/batas', summary: 'Set the upload limits per kind (admin)', auth: 'user', body: limitsBody },
    async (c, { body }, { user }) => {
      const services = c.get('services');
      return c.json(limitsView(await updateMediaLimits(services, user, await loadActor(services.db, user), body)));
    },
  );

  api.route({ method: 'get', path: '/media/:id', summary: 'One media item', auth: 'user', params: idParams }, async (c, { params }, { user }) => {
    const { db } = c.get('services');
    return c.json(mediaView(await getMedia(db, await loadActor(db, user), params.id)));
  });

  api.route(
    {
      method: 'patch',
      path: '/media/:id',
      summary: 'Change alt text, caption, credit, privacy flag or tags',
      auth: 'user',
      params: idParams,
      body: mediaChangeBody,
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(mediaView(await updateMedia(services, user, await loadActor(services.db, user), params.id, body)));
    },
  );

  api.route(
    { method: 'delete', path: '/media/:id', summary: 'Delete a media item nothing uses', auth: 'user', params: idParams },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      await deleteMedia(services, user, await loadActor(services.db, user), params.id);
      return c.json({ ok: true });
    },
  );

  api.route(
    { method: 'get', path: '/media/:id/dipakai', summary: 'Where a media item is used', auth: 'user', params: idParams },
    async (c, { params }, { user }) => {
      const { db } = c.get('services');
      const row = await getMedia(db, await loadActor(db, user), params.id);
      const uses = await whereMediaUsed(db, row.id);
      return c.json({ items: uses.map((u) => ({ ...u, since: u.since.toISOString() })) });
    },
  );

  api.route(
    { method: 'get', path: '/media/:id/berkas', summary: 'Download the file as kept (staff)', auth: 'user', params: idParams },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      const actor = await loadActor(services.db, user);
      const row = await getMedia(services.db, actor, params.id);
      if (!row.storageKey || row.state === 'menunggu') throw new AppError('conflict', 'media.not_ready');
      await inTransaction(services.db, (tx) => recordAudit(tx, actorOf(user), { action: 'media.downloaded', entity: 'media', entityId: row.id }));
      const extension = row.storageKey.split('.').pop() ?? 'bin';
      const base = row.originalName.replace(/\.[A-Za-z0-9]{1,5}$/, '');
      return streamStored(c, row.storageKey, {
        'Content-Type': row.mediaType,
        'Content-Disposition': attachmentDisposition(`${base}.${extension}`),
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
      });
    },
  );
}
