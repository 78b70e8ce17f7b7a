import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { except } from 'hono/combine';
import { contextStorage } from 'hono/context-storage';
import { AppError } from '../lib/errors.ts';
import { registerAlumniApi } from '../modules/alumni/routes.ts';
import { registerAuditApi } from '../modules/audit/routes.ts';
import { registerAccountApi } from '../modules/auth/account-routes.ts';
import { registerAuthApi } from '../modules/auth/routes.ts';
import { registerCariPages } from '../modules/cari/routes.tsx';
import { registerHariKerjaApi } from '../modules/hari-kerja/routes.ts';
import { registerImporWpApi } from '../modules/impor-wp/routes.ts';
import { dikSection } from '../modules/informasi/portal/dik-section.tsx';
import { registerDipFiles } from '../modules/informasi/portal/dip-files.ts';
import { dipSection } from '../modules/informasi/portal/dip-section.tsx';
import { registerInformasiApi } from '../modules/informasi/routes.ts';
import { keberatanPortalSection } from '../modules/keberatan/portal-section.tsx';
import { registerKeberatanForm } from '../modules/keberatan/public-form.tsx';
import { registerKeberatanApi } from '../modules/keberatan/routes.ts';
import { registerKontakForm } from '../modules/kontak/public-form.tsx';
import { registerKontakApi } from '../modules/kontak/routes.ts';
import { registerKontenApi } from '../modules/konten/routes.ts';
import { laporanPortalSection } from '../modules/laporan-kip/portal-section.tsx';
import { registerLaporanKipApi } from '../modules/laporan-kip/routes.ts';
import { registerLiputanApi } from '../modules/liputan/routes.ts';
import { registerOutboxApi } from '../modules/mail/routes.ts';
import { registerMediaFiles } from '../modules/media/file-routes.ts';
import { registerMediaApi } from '../modules/media/routes.ts';
import { UPLOAD_PATH as MEDIA_UPLOAD_PATH, registerMediaUpload } from '../modules/media/upload-routes.ts';
import { registerOrgApi } from '../modules/org/routes.ts';
import { registerPemberitahuanApi } from '../modules/pemberitahuan/routes.ts';
import { permohonanPortalSection } from '../modules/permohonan/portal-section.tsx';
import { registerPermohonanForm } from '../modules/permohonan/public-form.tsx';
import { registerPermohonanApi } from '../modules/permohonan/routes.ts';
import { registerTrackingDownload } from '../modules/permohonan/tracking-download.ts';
import { withPpidPortal } from '../modules/ppid-portal/portal-sections.ts';
import { registerPpidPortalApi } from '../modules/ppid-portal/routes.ts';
import { registerRencanaApi } from '../modules/rencana/routes.ts';
import { pageCacheHits } from '../modules/site/cache/serve-cached-page.ts';
import type { PortalSection } from '../modules/site/portal.ts';
import { registerPublicSite } from '../modules/site/public-routes.tsx';
import { registerSiteApi } from '../modules/site/routes.ts';
import { registerSitusAssets } from '../modules/situs-unit/assets-route.ts';
import { registerSitusApi } from '../modules/situs-unit/routes.ts';
import { registerSosialAkunApi } from '../modules/sosial/akun/routes.ts';
import { registerSosialMediaFiles } from '../modules/sosial/terbit/media-route.ts';
import { registerSosialTerbitApi } from '../modules/sosial/terbit/routes.ts';
import { registerVarianApi } from '../modules/sosial/varian/routes.ts';
import { registerTugasApi } from '../modules/tugas/routes.ts';
import type { Services } from '../services.ts';
import { serveAdmin } from './admin-static.ts';
import { ApiRouter, openApiDocument } from './api-router.ts';
import type { AppEnv } from './env.ts';
import { health } from './health.ts';
import { compression } from './middleware/compress.ts';
import { csrf } from './middleware/csrf.ts';
import { handleError } from './middleware/errors.ts';
import { language } from './middleware/lang.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { session } from './middleware/session.ts';

// Other modules' pages inside each unit's PPID portal (`/{unit}/ppid/{segment}`).
const portalSections: PortalSection[] = withPpidPortal([dipSection, dikSection, permohonanPortalSection, keberatanPortalSection, laporanPortalSection]);

const apiModules: Array<[string, (api: ApiRouter) => void]> = [
  ['auth', registerAuthApi],
  ['accounts', registerAccountApi],
  ['org', registerOrgApi],
  ['site', registerSiteApi],
  ['audit', registerAuditApi],
  ['outbox', registerOutboxApi],
  ['hari-kerja', registerHariKerjaApi],
  ['informasi', registerInformasiApi],
  ['permohonan', registerPermohonanApi],
  ['keberatan', registerKeberatanApi],
  ['pemberitahuan', registerPemberitahuanApi],
  ['laporan-kip', registerLaporanKipApi],
  ['konten', registerKontenApi],
  ['sosial-varian', registerVarianApi],
  ['tugas', registerTugasApi],
  ['media', registerMediaApi],
  ['rencana', registerRencanaApi],
  ['liputan', registerLiputanApi],
  ['alumni', registerAlumniApi],
  ['impor-wp', registerImporWpApi],
  ['ppid-portal', (api) => registerPpidPortalApi(api, portalSections)],
  ['situs', registerSitusApi],
  ['kontak', registerKontakApi],
  ['sosial-akun', registerSosialAkunApi],
  ['sosial-terbit', registerSosialTerbitApi],
];

/** Assembles the whole HTTP application: API, admin SPA and public sites, on one set of services. */
export function createApp(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // The public frame reads its site's settings (logo, accent, footer) from the request being served.
  app.use(contextStorage());
  app.use(async (c, next) => {
    c.set('services', services);
    const started = performance.now();
    await next();
    services.log.debug('request', { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) });
  });
  app.use(compression());
  app.use(language());
  app.use(securityHeaders());
  app.use(pageCacheHits());
  // Resumable uploads stream their chunks to disk; each upload's size is checked by its own limit.
  app.use(except(`${MEDIA_UPLOAD_PATH}/*`, bodyLimit({ maxSize: 12 * 1024 * 1024 })));
  app.use(session());
  app.use(csrf());
  app.onError(handleError);

  app.get('/healthz', health);
  registerMediaUpload(app);

  const api = new Hono<AppEnv>();
  const routers = apiModules.map(([tag, register]) => {
    const router = new ApiRouter(api, tag);
    register(router);
    return router;
  });
  const document = openApiDocument(routers);
  api.get('/openapi.json', (c) => c.json(document));
  // A sub-app's notFound is never consulted once mounted with app.route, so the API ends in a
  // catch-all: unknown /api paths answer JSON, not the public site's 404 page.
  api.all('*', () => {
    throw new AppError('not_found', 'error.not_found');
  });
  app.route('/api', api);

  serveAdmin(app);
  registerPermohonanForm(app);
  registerKeberatanForm(app);
  registerTrackingDownload(app);
  registerDipFiles(app);
  registerMediaFiles(app);
  registerSosialMediaFiles(app);
  registerKontakForm(app);
  registerSitusAssets(app);
  registerCariPages(app);
  registerPublicSite(app, portalSections);
  return app;
}
