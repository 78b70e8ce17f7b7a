import { z } from 'zod';
import type { ApiRouter } from '../../../http/api-router.ts';
import { loadActor } from '../../org/actor.ts';
import { confirmDeleted } from './confirm-deleted.ts';
import { deleteAllOfKonten, deleteKiriman } from './delete-kiriman.ts';
import { listKiriman } from './list-kiriman.ts';
import { markNotPosted } from './mark-not-posted.ts';
import { pasteManualLink } from './paste-link.ts';
import { publishEverywhere } from './publish-everywhere.ts';
import { retryFailed } from './retry-failed.ts';

const kontenParams = z.object({ kontenId: z.uuid() });

/** Publishing an approved item to the unit's social accounts (issue 10, "Publishing, exactly once"). */
export function registerSosialTerbitApi(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/sosial/konten/:kontenId/kiriman',
      summary: 'Per account: the item’s post, its state in words, its link; manual posts’ caption and files',
      auth: 'user',
      params: kontenParams,
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      return c.json(await listKiriman(services, await loadActor(services.db, user), c.get('lang'), params.kontenId));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/sosial/konten/:kontenId/terbitkan',
      summary: 'Publish an approved item on every account of its variants (or the ones named), now or at a minute; a second call posts nothing twice',
      auth: 'user',
      params: kontenParams,
      body: z.object({ jadwal: z.iso.datetime({ offset: true }).nullish(), akunIds: z.array(z.uuid()).min(1).max(50).optional() }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const jadwal = body.jadwal ? new Date(body.jadwal) : null;
      return c.json(await publishEverywhere(services, user, await loadActor(services.db, user), params.kontenId, { jadwal, akunIds: body.akunIds }), 201);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/sosial/konten/:kontenId/ulang',
      summary: 'Retry the item’s failed posts only (a post whose answer was lost is checked first)',
      auth: 'user',
      params: kontenParams,
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      return c.json(await retryFailed(services, user, await loadActor(services.db, user), params.kontenId));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/sosial/kiriman/:id/tautan',
      summary:
        'The address of a post made by hand (manual mode), or of a post whose answer was lost and that could not be verified: it counts as published with that link',
      auth: 'user',
      params: z.object({ id: z.uuid() }),
      body: z.object({ url: z.string().trim().min(1).max(2000) }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await pasteManualLink(services, user, await loadActor(services.db, user), params.id, body));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/sosial/kiriman/:id/belum-terbit',
      summary: 'A post whose answer was lost and that could not be verified is not on the platform (a person checked): send it again from the start',
      auth: 'user',
      params: z.object({ id: z.uuid() }),
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      return c.json(await markNotPosted(services, user, await loadActor(services.db, user), params.id));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/sosial/kiriman/:id/hapus',
      summary: 'Delete one published post on its platform (Facebook, X, YouTube); runs as a job, safe to repeat, a post already gone counts as deleted',
      auth: 'user',
      params: z.object({ id: z.uuid() }),
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      return c.json(await deleteKiriman(services, user, await loadActor(services.db, user), params.id), 202);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/sosial/konten/:kontenId/hapus',
      summary: 'Delete every post of the item still up that Warta can delete (or the named accounts’); answers those only a person can delete',
      auth: 'user',
      params: kontenParams,
      body: z.object({ akunIds: z.array(z.uuid()).min(1).max(50).optional() }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await deleteAllOfKonten(services, user, await loadActor(services.db, user), params.kontenId, { akunIds: body.akunIds }), 202);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/sosial/kiriman/:id/sudah-dihapus',
      summary: 'The admin deleted the post on the platform by hand (Instagram, TikTok, a manual account, a failed delete): record it as deleted',
      auth: 'user',
      params: z.object({ id: z.uuid() }),
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      return c.json(await confirmDeleted(services, user, await loadActor(services.db, user), params.id));
    },
  );
}
