import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import { loadActor } from '../org/actor.ts';
import { boardKonten } from './board-konten.ts';
import { addKomentar, listKomentar } from './comments.ts';
import { confirmFbs, unconfirmFbs } from './confirm-fbs.ts';
import { createKonten } from './create-konten.ts';
import { jenisField, kontenFields } from './fields.ts';
import { getKonten } from './get-konten.ts';
import { kontenHistory } from './history.ts';
import { kontenKatalog } from './katalog.ts';
import { listKonten } from './list-konten.ts';
import { listMediaCenter, moveMediaCenter, proposeMediaCenter } from './media-center.ts';
import { moveKonten } from './move-konten.ts';
import { previewKonten } from './preview.tsx';
import { getRevisi, listRevisi, restoreRevisi } from './revisions.ts';
import { saveKonten } from './save-konten.ts';
import { getPengaturan, savePengaturan } from './settings.ts';
import { type FbsItem, fbsItems, jenisKonten, statusKonten, statusMediaCenter } from './terms.ts';

const idParams = z.object({ id: z.uuid() });
const unitParams = z.object({ unitId: z.uuid() });
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

  api.route({ method: 'get', path: '/konten/katalog', summary: 'Labels of stages, kinds, categories, FBS items and Media Center stages', auth: 'user' }, (c) =>
    c.json(kontenKatalog(c.get('lang'))),
  );

  api.route(
    {
      method: 'post',
      path: '/konten/pratinjau',
      summary: 'The public page’s content as the site renders it, with the item’s date line when kontenId is given (live preview; nothing is saved)',
      auth: 'user',
      bodyLimit: ISI_LIMIT,
      body: z.object({ unitId: z.uuid(), jenis: jenisField, kontenId: z.uuid().nullish(), ...kontenFields }),
    },
    async (c, { body }, { user }) => {
      const db = c.get('services').db;
      return c.json(await previewKonten(db, await loadActor(db, user), c.get('lang'), body));
    },
  );

  api.route(
    { method: 'get', path: '/konten/pengaturan/:unitId', summary: 'A unit’s content settings', auth: 'user', params: unitParams },
    async (c, { params }, { user }) => {
      const db = c.get('services').db;
      return c.json(await getPengaturan(db, await loadActor(db, user), params.unitId));
    },
  );

  api.route(
    {
      method: 'put',
      path: '/konten/pengaturan/:unitId',
      summary: 'Whether the unit requires the redaktur step (the head)',
      auth: 'user',
      params: unitParams,
      body: z.object({ wajibRedaktur: z.boolean() }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await savePengaturan(services, user, await loadActor(services.db, user), params.unitId, body));
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

  registerKontenDetailApi(api);
}

/** The checklist, revisions, history, comments and the Media Center. */
export function registerKontenDetailApi(api: ApiRouter): void {
  const fbsParams = z.object({
    id: z.uuid(),
    item: z.coerce.number().pipe(z.union(fbsItems.map((n) => z.literal(n)) as [z.ZodLiteral<FbsItem>, ...z.ZodLiteral<FbsItem>[]])),
  });
  const revisiParams = z.object({ id: z.uuid(), revisiId: z.uuid() });

  api.route(
    {
      method: 'put',
      path: '/konten/:id/fbs/:item',
      summary: 'The redaktur confirms one of the nine FBS items in this review round, optionally with a note',
      auth: 'user',
      params: fbsParams,
      body: z.object({ catatan: note }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await confirmFbs(services, user, await loadActor(services.db, user), params.id, params.item, body.catatan ?? null));
    },
  );

  api.route(
    { method: 'delete', path: '/konten/:id/fbs/:item', summary: 'Withdraw the confirmation of one FBS item', auth: 'user', params: fbsParams },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      return c.json(await unconfirmFbs(services, user, await loadActor(services.db, user), params.id, params.item));
    },
  );

  api.route(
    { method: 'get', path: '/konten/:id/revisi', summary: 'An item’s revisions, newest first', auth: 'user', params: idParams },
    async (c, { params }, { user }) => {
      const db = c.get('services').db;
      return c.json(await listRevisi(db, await loadActor(db, user), params.id));
    },
  );

  api.route(
    { method: 'get', path: '/konten/:id/revisi/:revisiId', summary: 'One revision', auth: 'user', params: revisiParams },
    async (c, { params }, { user }) => {
      const db = c.get('services').db;
      return c.json(await getRevisi(db, await loadActor(db, user), params.id, params.revisiId));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/konten/:id/revisi/:revisiId/pulihkan',
      summary: 'Restore a revision (a new revision copying it)',
      auth: 'user',
      params: revisiParams,
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      return c.json(await restoreRevisi(services, user, await loadActor(services.db, user), params.id, params.revisiId));
    },
  );

  api.route(
    { method: 'get', path: '/konten/:id/riwayat', summary: 'An item’s stages in order', auth: 'user', params: idParams },
    async (c, { params }, { user }) => {
      const db = c.get('services').db;
      return c.json(await kontenHistory(db, await loadActor(db, user), params.id));
    },
  );

  api.route(
    {
      method: 'get',
      path: '/konten/:id/komentar',
      summary: 'An item’s internal notes and who a new note may mention (the unit’s team with accounts, the admins)',
      auth: 'user',
      params: idParams,
    },
    async (c, { params }, { user }) => {
      const db = c.get('services').db;
      return c.json(await listKomentar(db, await loadActor(db, user), params.id));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/konten/:id/komentar',
      summary: 'Add an internal note; mentioned accounts get an e-mail',
      auth: 'user',
      params: idParams,
      body: z.object({ isi: z.string().trim().min(1).max(4000), mentions: z.array(z.uuid()).max(20).default([]) }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await addKomentar(services, user, await loadActor(services.db, user), params.id, body), 201);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/konten/:id/media-center',
      summary: 'Propose an approved item to the pemda’s Media Center',
      auth: 'user',
      params: idParams,
      body: z.object({ catatan: note }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(await proposeMediaCenter(services, user, await loadActor(services.db, user), params.id, body.catatan?.trim() || null));
    },
  );

  api.route(
    {
      method: 'get',
      path: '/media-center',
      summary: 'The Media Center’s queue (coordinator, assisting admins)',
      auth: 'user',
      query: z.object({ status: z.enum(statusMediaCenter).optional() }),
    },
    async (c, { query }, { user }) => {
      const db = c.get('services').db;
      return c.json(await listMediaCenter(db, await loadActor(db, user), query.status));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/media-center/:kontenId/status',
      summary: 'Accept or decline (note) a proposal, or publish an accepted one centrally',
      auth: 'user',
      params: z.object({ kontenId: z.uuid() }),
      body: z.object({ ke: z.enum(statusMediaCenter), catatan: note }),
    },
    async (c, { params, body }, { user }) => {
      const services = c.get('services');
      return c.json(
        await moveMediaCenter(services, user, await loadActor(services.db, user), params.kontenId, { ke: body.ke, catatan: body.catatan?.trim() || null }),
      );
    },
  );
}
