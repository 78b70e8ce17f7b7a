import { z } from 'zod';
import type { ApiRouter } from '../../../http/api-router.ts';
import { loadActor } from '../../org/actor.ts';
import { listVarian } from './list-varian.ts';
import { saveVarian } from './save-varian.ts';
import { toggleVarian } from './toggle-varian.ts';

const kontenParams = z.object({ id: z.uuid() });
const varianParams = z.object({ id: z.uuid(), akunId: z.uuid() });
// Bounds well above every platform's limit (Facebook 63,206 characters): the limits themselves are problems, not 400s.
const text = z.string().max(70_000);

/** The social variants of a content item: list with defaults and problems, save one, turn one on or off. */
export function registerVarianApi(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/konten/:id/varian',
      summary: 'The item’s variant per account of its unit, defaults filled in, with limit problems and what the editor needs to check live',
      auth: 'user',
      params: kontenParams,
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      const actor = await loadActor(services.db, user);
      return c.json(await listVarian(services.db, services.config.publicUrl, actor, c.get('lang'), params.id));
    },
  );

  api.route(
    {
      method: 'put',
      path: '/konten/:id/varian/:akunId',
      summary: 'Save one account’s variant (null text, title or media = follow the item); after approval the item goes back to review',
      auth: 'user',
      params: varianParams,
      bodyLimit: 512 * 1024,
      body: z.object({
        aktif: z.boolean().default(true),
        teks: text.nullable(),
        judul: z.string().max(500).nullable(),
        utas: z.array(z.string().max(5000)).max(25).default([]),
        mediaIds: z.array(z.uuid()).max(20).nullable(),
        pengaturan: z.record(z.string(), z.unknown()),
      }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const actor = await loadActor(services.db, user);
      await saveVarian(services, { user, actor }, params.id, params.akunId, body);
      return c.json(await listVarian(services.db, services.config.publicUrl, actor, c.get('lang'), params.id));
    },
  );

  api.route(
    {
      method: 'put',
      path: '/konten/:id/varian/:akunId/aktif',
      summary: 'Send the item to this account or not; after approval the item goes back to review',
      auth: 'user',
      params: varianParams,
      body: z.object({ aktif: z.boolean() }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const actor = await loadActor(services.db, user);
      await toggleVarian(services, { user, actor }, params.id, params.akunId, body.aktif);
      return c.json(await listVarian(services.db, services.config.publicUrl, actor, c.get('lang'), params.id));
    },
  );
}
