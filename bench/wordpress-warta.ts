// The Warta side of bench/wordpress.ts: the same export brought in by Warta's own WordPress import.
import { existsSync, readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { boot } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/lib/log.ts';
import { previewImport } from '../src/modules/impor-wp/preview-import.ts';
import { imporWp } from '../src/modules/impor-wp/schema.ts';
import { startImport } from '../src/modules/impor-wp/start-import.ts';
import { uploadImport } from '../src/modules/impor-wp/upload-import.ts';
import { loadActor } from '../src/modules/org/actor.ts';
import { seedFixture } from '../src/test/fixtures.ts';
import { type Server, startServer } from './server.ts';
import { EXPORT, UPLOADS } from './wordpress-site.ts';

/**
 * Warta in a fresh folder with the same export imported by its own importer; the built server on
 * it, and how long the import took (queued → done, the job polling every second).
 */
export async function startWartaWithImport(dataDir: string): Promise<{ server: Server; importSeconds: number }> {
  const config = loadConfig({ WARTA_DATA_DIR: dataDir, WARTA_DB: 'postgres', WARTA_DEMO: '0', WARTA_LOG_LEVEL: 'silent' });
  let importSeconds = Number.NaN;
  const running = await boot(config, { log: createLogger('silent') });
  try {
    const { services } = running;
    const f = await seedFixture(services);
    const user = { ...f.admin, tenantId: f.tenant.id, displayName: 'Admin', isAdmin: true, totpEnabled: false, mustEnable2fa: false };
    const actor = await loadActor(services.db, user);
    const zip = existsSync(UPLOADS) ? readFileSync(UPLOADS) : null;
    const id = await uploadImport(services, user, actor, { unitId: f.unitA.id, wxr: readFileSync(EXPORT), zip });
    const preview = await previewImport(services, user, actor, id);
    // Categories with no bidang of their own go to the first one, as an admin would choose.
    const first = preview.pilihan.bidang[0]!.id;
    const fill = (t: { jenis: string; bidangId?: string | null }) => (t.jenis === 'berita' && !t.bidangId ? { ...t, bidangId: first } : t);
    const mapping = {
      ...preview.mapping,
      kategori: Object.fromEntries(Object.entries(preview.mapping.kategori).map(([k, t]) => [k, fill(t)])),
      tanpaKategori: fill(preview.mapping.tanpaKategori),
      halaman: fill(preview.mapping.halaman),
    } as typeof preview.mapping;
    const began = performance.now();
    await startImport(services, user, actor, { id, mapping, dryRun: false, lang: 'id' });
    for (let i = 0; ; i++) {
      const [row] = await services.db.select().from(imporWp).where(eq(imporWp.id, id));
      if (row!.status === 'selesai') {
        importSeconds = Math.round((performance.now() - began) / 100) / 10;
        break;
      }
      if (row!.status !== 'antre' && row!.status !== 'berjalan')
        throw new Error(`the import ended ${row!.status}: ${row!.galat ?? JSON.stringify(row!.report)}`);
      if (i > 1200) throw new Error('the import did not finish within 10 minutes');
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await running.stop();
  }
  return { server: await startServer(dataDir, false, 'postgres'), importSeconds };
}
