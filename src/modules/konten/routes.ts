import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { loadActor } from '../org/actor.ts';
import { boardKonten } from './board-konten.ts';
import { createKonten } from './create-konten.ts';
import { jenisField, kontenFields } from './fields.ts';
import { getKonten } from './get-konten.ts';
import { listKonten } from './list-konten.ts';
import { moveKonten } from './move-konten.ts';
import { saveKonten } from './save-konten.ts';
import { jenisKonten, statusKonten } from './terms.ts';

const idParams = z.object({ id: z.uuid() });
/** An item's body can be long (a rich-text document); still bounded. */
const ISI_LIMIT = 1024 * 1024;
const note = z.string().trim().max(4000).nullish();

/** The content workflow's API (KONTEN.md): items, revisions, moves, checklist, comments, settings, Media Center. */
export function registerKontenApi(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/konten',
      summary: 'Items of the units I may read, filtered by unit, stage, kind and bidang, searched by title; 25 a page',
      auth: 'user',
      query: z.object({
        unitId: z.uuid().optional(),
        status: z.enum(statusKonten).optional(),
        jenis: z.enum(jenisKonten).optional(),
        bidangId: z.uuid().optional(),
        q: z.string().trim().max(100).optional(),
        halaman: z.coerce.number().int().min(1).max(10_000).default(1),
      }),
    },
    async (c, { query }, { user }) => {
      const db = c.get('services').db;
      return c.json(await listKonten(db, await loadActor(db, user), query));
    },
  );

  api.route(
    {
      method: 'get',
      path: '/konten/papan',
      summary: 'The board: per stage the newest 50 items and the total',
      auth: 'user',
      query: z.object({ unitId: z.uuid().optional() }),
    },
    async (c, { query }, { user }) => {
      const db = c.get('services').db;
      return c.json(await boardKonten(db, await loadActor(db, user), query.unitId));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/konten',
      summary: 'Start an item in a unit (a draft with its first revision)',
      auth: 'user',
      bodyLimit: ISI_LIMIT,
      body: z.object({ unitId: z.uuid(), jenis: jenisField, ...kontenFields }),
    },
    async (c, { body }, { user }) => {
      const services = c.get('services');
      return c.json(await createKonten(services, user, await loadActor(services.db, user), body), 201);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/konten/:id',
      summary: 'One item: current revision, what I may do now, FBS checklist, Media Center',
      auth: 'user',
      params: idParams,
    },
    async (c, { params }, { user }) => {
      const db = c.get('services').db;
      return c.json(await getKonten(db, await loadActor(db, user), params.id));
    },
  );

  api.route(
    {
      method: 'put',
      path: '/konten/:id',
      summary: 'Save an edit as a new revision (409 when someone saved since baseRevisionId); after approval it goes back to review',
      auth: 'user',
      params: idParams,
      bodyLimit: ISI_LIMIT,
      body: z.object({ baseRevisionId: z.uuid(), ...kontenFields }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await saveKonten(services, user, await loadActor(services.db, user), params.id, body));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/konten/:id/status',
      summary: 'Move an item: submit, review, return (note), approve, schedule (jadwal), publish, unpublish, archive',
      auth: 'user',
      params: idParams,
      body: z.object({ ke: z.enum(statusKonten), catatan: note, jadwal: z.iso.datetime({ offset: true }).nullish() }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      const input = { ke: body.ke, catatan: body.catatan ?? null, jadwal: body.jadwal ? new Date(body.jadwal) : null };
      return c.json(await moveKonten(services, user, await loadActor(services.db, user), params.id, input));
    },
  );
}
