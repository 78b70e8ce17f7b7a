import { z } from 'zod';
import type { ApiRouter } from '../../../http/api-router.ts';
import { AppError } from '../../../lib/errors.ts';
import { loadActor } from '../../org/actor.ts';
import { listAplikasi } from '../aplikasi/list-aplikasi.ts';
import { saveAplikasi } from '../aplikasi/save-aplikasi.ts';
import { platforms } from '../platform.ts';
import { addManualAkun } from './add-manual-akun.ts';
import { chooseAccount, listChoices } from './choose-account.ts';
import { disconnectAkun } from './disconnect-akun.ts';
import { finishConnect } from './finish-connect.ts';
import { listAkun } from './list-akun.ts';
import { startConnect } from './start-connect.ts';
import { akunWarnings } from './warnings.ts';

const platform = z.enum(platforms, { message: 'msg:sosial.platform_unknown' });
const unitId = z.uuid({ message: 'msg:sosial.akun.unit_required' });
const ADMIN_SCREEN = '/admin/akun-sosial';

/** App credentials, connecting accounts by OAuth, manual accounts, disconnecting, and the warnings. */
export function registerSosialAkunApi(api: ApiRouter): void {
  api.route(
    { method: 'get', path: '/sosial/aplikasi', summary: 'The agency’s app per platform (never the secret) and the callback URL to register', auth: 'user' },
    async (c, _i, { user }) => {
      const services = c.get('services');
      const actor = await loadActor(services.db, user);
      // Unit admins see whether an app exists (to know they can connect); only tenant admins change it.
      const units = (await listAkun(services.db, actor)).filter((u) => u.mayManage);
      if (!user.isAdmin && units.length === 0) throw new AppError('forbidden', 'error.forbidden');
      return c.json({ items: await listAplikasi(services.db, services.config, user.tenantId), mayEdit: user.isAdmin });
    },
  );

  api.route(
    {
      method: 'put',
      path: '/sosial/aplikasi/:platform',
      summary: 'Enter or change the agency’s app on a platform (tenant admins); the secret is sealed',
      auth: 'user',
      params: z.object({ platform }),
      body: z.object({
        clientId: z.string({ message: 'msg:sosial.app.client_id_required' }).trim().min(1, { message: 'msg:sosial.app.client_id_required' }).max(300),
        clientSecret: z.string().trim().max(500).optional(),
      }),
    },
    async (c, { params, body }, { user }) => c.json(await saveAplikasi(c.get('services'), user, { platform: params.platform, ...body })),
  );

  api.route(
    {
      method: 'get',
      path: '/sosial/akun',
      summary: 'Accounts per unit with their state, expiry and warning',
      auth: 'user',
      query: z.object({ unitId: unitId.optional() }),
    },
    async (c, { query }, { user }) => {
      const db = c.get('services').db;
      return c.json({ units: await listAkun(db, await loadActor(db, user), query.unitId) });
    },
  );

  api.route(
    { method: 'get', path: '/sosial/akun/peringatan', summary: 'Accounts that need this person: reconnect or expiring', auth: 'user' },
    async (c, _i, { user }) => {
      const db = c.get('services').db;
      return c.json({ items: await akunWarnings(db, await loadActor(db, user)) });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/sosial/akun/sambung',
      summary: 'Start connecting (or reconnecting) an account: answers the platform’s authorize address',
      auth: 'user',
      body: z.object({ unitId, platform, akunId: z.uuid().optional() }),
    },
    async (c, { body }, { user, session }) => {
      const services = c.get('services');
      return c.json(await startConnect(services, user, session, await loadActor(services.db, user), body));
    },
  );

  // The platform sends the browser back here: no JSON, a redirect to the accounts screen saying what happened.
  api.route(
    {
      method: 'get',
      path: '/sosial/oauth/:platform/callback',
      summary: 'OAuth callback of a platform (register this address at the platform)',
      auth: 'public',
      params: z.object({ platform }),
      query: z.object({
        code: z.string().max(2000).optional(),
        state: z.string().max(200).optional(),
        error: z.string().max(200).optional(),
        error_reason: z.string().max(200).optional(),
      }),
    },
    async (c, { params, query }) => {
      const services = c.get('services');
      const result = await finishConnect(services, { user: c.get('user'), session: c.get('session') }, params.platform, query);
      const to = new URL(`${services.config.publicUrl}${ADMIN_SCREEN}`);
      to.searchParams.set('platform', params.platform);
      if (result.kind === 'terhubung') to.searchParams.set('terhubung', result.akunId);
      else if (result.kind === 'pilih') to.searchParams.set('pilih', result.oauthId);
      else to.searchParams.set('galat', result.galat);
      c.header('cache-control', 'no-store');
      // The code and state must not travel on as a Referer.
      c.header('referrer-policy', 'no-referrer');
      return c.redirect(to.pathname + to.search, 303);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/sosial/akun/pilihan/:id',
      summary: 'The Pages or Instagram accounts offered after the callback (names only)',
      auth: 'user',
      params: z.object({ id: z.uuid() }),
    },
    async (c, { params }, { user, session }) => {
      const services = c.get('services');
      return c.json(await listChoices(services, user, session, await loadActor(services.db, user), params.id));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/sosial/akun/pilihan/:id',
      summary: 'Connect the Page or Instagram account the admin picked',
      auth: 'user',
      params: z.object({ id: z.uuid() }),
      body: z.object({
        externalAccountId: z.string({ message: 'msg:sosial.oauth.choice_unknown' }).min(1, { message: 'msg:sosial.oauth.choice_unknown' }).max(100),
      }),
    },
    async (c, { params, body }, { user, session }) => {
      const services = c.get('services');
      return c.json(await chooseAccount(services, user, session, await loadActor(services.db, user), params.id, body.externalAccountId), 201);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/sosial/akun/manual',
      summary: 'Add an account posted to by hand (the platform will not approve the agency’s app)',
      auth: 'user',
      body: z.object({
        unitId,
        platform,
        nama: z.string({ message: 'msg:sosial.akun.name_required' }).trim().min(2, { message: 'msg:sosial.akun.name_required' }).max(200),
        profileUrl: z.url({ protocol: /^https$/, message: 'msg:sosial.akun.url_invalid' }).max(500),
      }),
    },
    async (c, { body }, { user }) => {
      const services = c.get('services');
      return c.json(await addManualAkun(services, user, await loadActor(services.db, user), body), 201);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/sosial/akun/:id/putus',
      summary: 'Disconnect an account: its tokens are dropped',
      auth: 'user',
      params: z.object({ id: z.uuid() }),
    },
    async (c, { params }, { user }) => {
      const services = c.get('services');
      return c.json(await disconnectAkun(services, user, await loadActor(services.db, user), params.id));
    },
  );
}
