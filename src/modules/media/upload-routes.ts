import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server, type Upload } from '@tus/server';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, SessionUser } from '../../http/env.ts';
import { type Lang, t } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { loadActor } from '../org/actor.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { declaredKind, getMediaLimits } from './limits.ts';
import { registerUpload } from './register-upload.ts';

/** Where the admin sends files with the tus protocol (resumable uploads). */
export const UPLOAD_PATH = '/api/media/unggah';

type UploadContext = { services: Services; user: SessionUser; lang: Lang };

// The tus server calls its hooks with the very Request handed to it: the signed-in person rides along.
const contexts = new WeakMap<Request, UploadContext>();
const servers = new WeakMap<Services, { server: Server; directory: string }>();

/** A tus refusal: the status and, as its body, the error as every other API answers it. */
function refusal(ctx: UploadContext, err: unknown): { status_code: number; body: string } {
  if (!(err instanceof AppError)) throw err;
  const status = { unauthenticated: 401, forbidden: 403, not_found: 404, too_large: 413, conflict: 409 }[err.code as string] ?? 400;
  const message = t(ctx.lang, err.messageKey, { field: err.field ?? '-', ...err.params });
  return { status_code: status, body: JSON.stringify({ code: err.code, message, ...(err.field ? { field: err.field } : {}) }) };
}

const unitIdSchema = z.uuid();

function uploadServer(services: Services) {
  const existing = servers.get(services);
  if (existing) return existing;
  const directory = join(services.config.dataDir, 'media-unggah');
  // An upload nobody resumed for a day is abandoned; cleanUpExpiredUploads removes it.
  const store = new FileStore({ directory, expirationPeriodInMilliseconds: 24 * 60 * 60 * 1000 });
  const ctxOf = (req: Request) => contexts.get(req as never) as UploadContext;
  const server = new Server({
    path: UPLOAD_PATH,
    datastore: store,
    relativeLocation: true,
    namingFunction: () => crypto.randomUUID(),
    // The largest of the tenant's limits; the limit of the file's real kind is checked at the end.
    maxSize: async (req) => Math.max(...Object.values(await getMediaLimits(services.db, ctxOf(req).user.tenantId))),
    async onUploadCreate(req, upload) {
      const ctx = ctxOf(req);
      try {
        const unitId = unitIdSchema.safeParse(upload.metadata?.unitId);
        if (!unitId.success) throw new AppError('invalid', 'media.unit_required', 'unitId');
        const unit = await unitInTenant(services.db, ctx.user.tenantId, unitId.data, 'unitId');
        assertOrg(await loadActor(services.db, ctx.user), 'media.upload', unit.id);
        if (upload.sizeIsDeferred) throw new AppError('invalid', 'media.length_required', 'berkas');
        const kind = declaredKind(upload.metadata?.filetype);
        const limits = await getMediaLimits(services.db, ctx.user.tenantId);
        if (kind && (upload.size ?? 0) > limits[kind])
          throw new AppError('too_large', 'media.too_large', 'berkas', { mb: Math.floor(limits[kind] / 1024 / 1024), kind });
        return { metadata: { ...upload.metadata, unitId: unit.id, pemilik: ctx.user.id } };
      } catch (err) {
        throw refusal(ctx, err);
      }
    },
    async onIncomingRequest(req, id) {
      // Creation is checked in onUploadCreate; the id named here does not exist yet.
      if (req.method === 'POST') return;
      const ctx = ctxOf(req);
      // Only the person who started an upload may resume, inspect or cancel it.
      const upload = await store.getUpload(id);
      if (upload.metadata?.pemilik !== ctx.user.id) throw refusal(ctx, new AppError('not_found', 'error.not_found'));
    },
    async onUploadFinish(req, upload: Upload) {
      const ctx = ctxOf(req);
      const path = join(directory, upload.id);
      try {
        const row = await registerUpload(services, ctx.user, {
          id: upload.id,
          unitId: upload.metadata?.unitId as string,
          path,
          size: upload.offset,
          fileName: upload.metadata?.filename ?? null,
        });
        return { headers: { 'Warta-Media-Id': row.id } };
      } catch (err) {
        await rm(path, { force: true });
        throw refusal(ctx, err);
      } finally {
        await rm(`${path}.json`, { force: true });
      }
    },
  });
  const made = { server, directory };
  servers.set(services, made);
  return made;
}

async function handleUpload(c: Context<AppEnv>): Promise<Response> {
  const user = c.get('user');
  const session = c.get('session');
  if (!user || !session || session.mfaPending) throw new AppError('unauthenticated', 'error.unauthenticated');
  if (user.mustEnable2fa) throw new AppError('forbidden', 'auth.totp_required');
  const req = c.req.raw;
  // Hono answers HEAD through the GET route; a real GET (reading the partial file) is not offered.
  if (req.method === 'GET') return c.json({ code: 'not_found', message: t(c.get('lang'), 'error.not_found') }, 405);
  const services = c.get('services');
  contexts.set(req, { services, user, lang: c.get('lang') });
  return uploadServer(services).server.handleWeb(req);
}

/**
 * Mounts the tus endpoint (creation, HEAD for the offset, PATCH, termination) behind the session
 * and the CSRF check every API write has. GET is not offered: files are read through the API.
 */
export function registerMediaUpload(app: Hono<AppEnv>): void {
  app.on(['POST', 'OPTIONS'], UPLOAD_PATH, handleUpload);
  app.on(['GET', 'PATCH', 'DELETE', 'OPTIONS'], `${UPLOAD_PATH}/:id`, handleUpload);
}

/** Removes uploads abandoned for over a day (their partial files). */
export async function cleanAbandonedUploads(services: Services): Promise<number> {
  return uploadServer(services).server.cleanUpExpiredUploads();
}
