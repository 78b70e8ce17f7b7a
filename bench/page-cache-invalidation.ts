// How fast a publication reaches the page cache with 100,000 live items in one unit (issue 9):
// in one process on a fresh data folder (embedded PostgreSQL, then PGlite), 100,000 published news
// items of unit A, the cache warmed with the unit's and another unit's pages, then ten times: an
// approved item is published through the workflow (`moveKonten` → terbit) and we time the write
// (to its commit), the moment the committed change reaches the cache (the feed's delivery, which is
// when the unit's pages are dropped) and the first render of the news list afterwards.
//   npx tsx bench/page-cache-invalidation.ts [--db=embedded,pglite] [--items=100,100000] [--rounds=10]
// Each item count gets its own fresh folder, one after the other in the same run, so a publication
// with 100 items and one with 100,000 are timed on the same machine at about the same load.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { boot } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { createApp } from '../src/http/app.ts';
import type { SessionUser } from '../src/http/env.ts';
import { createLogger } from '../src/lib/log.ts';
import { createKonten } from '../src/modules/konten/create-konten.ts';
import { revisiOf } from '../src/modules/konten/load-konten.ts';
import { moveKonten } from '../src/modules/konten/move-konten.ts';
import { konten } from '../src/modules/konten/schema.ts';
import { loadActor } from '../src/modules/org/actor.ts';
import { bidang } from '../src/modules/org/schema.ts';
import { addOfficer } from '../src/modules/permohonan/test-fixture.ts';
import { pageCacheOf } from '../src/modules/site/cache/change-feed.ts';
import { onSiteChanged } from '../src/modules/site/site-changed.ts';
import { PASSWORD, seedFixture } from '../src/test/fixtures.ts';
import { loadAverage } from './machine.ts';
import { median, round1 as round } from './measure.ts';
import { writeReadmeSection, writeResults } from './readme.ts';
import { insertLiveNews } from './seed-news.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const ITEM_COUNTS = (args.get('items') ?? '100,100000').split(',').map(Number);
const ROUNDS = Number(args.get('rounds') ?? 10);
const SECRET = 'bench-secret-key-bench-secret-key-0123456789';

async function benchEngine(engine: 'postgres' | 'pglite', ITEMS: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-invalidate-'));
  const config = loadConfig({ WARTA_DATA_DIR: dataDir, WARTA_DB: engine, WARTA_DEMO: '0', WARTA_LOG_LEVEL: 'silent', WARTA_PAGE_CACHE_MB: '32' });
  const running = await boot(config, { secretKey: SECRET, log: createLogger('silent') });
  try {
    const { services } = running;
    const db = services.db;
    const f = await seedFixture(services);
    const [umum] = await db
      .select()
      .from(bidang)
      .where(and(eq(bidang.unitId, f.unitA.id), eq(bidang.slug, 'umum')));
    const seeding = performance.now();
    await insertLiveNews(db, { tenantId: f.tenant.id, unitId: f.unitA.id, bidangId: umum!.id, createdBy: f.writerA.id, count: ITEMS });
    await db.execute(sql`analyze`);
    const seedMs = performance.now() - seeding;
    const app = createApp(services);
    const get = async (path: string) => (await app.request(path, { headers: { host: 'ujiprov.go.id', 'accept-encoding': 'br, gzip' } })).text();
    const plain = async (path: string) => (await app.request(path, { headers: { host: 'ujiprov.go.id' } })).text();
    const warm = ['/', '/dinas-a', '/dinas-a/berita', '/dinas-a/ppid/dip', '/badan-b', '/badan-b/ppid/dip'];
    for (let p = 2; p <= 20; p++) warm.push(`/dinas-a/berita?halaman=${p}`);
    for (let i = 1; i <= 50; i++) warm.push(`/dinas-a/berita/umum/berita-${i}`);
    const cache = pageCacheOf(db);
    if (!cache) throw new Error('no page cache attached');

    const as = async (u: { id: string; tenantId: string; personId: string | null; email: string; displayName: string; isAdmin: boolean }) => {
      const user = { ...u, totpEnabled: false, mustEnable2fa: false } as SessionUser;
      return { user, actor: await loadActor(db, user) };
    };
    const writer = await as(f.writerA);
    const publisher = await as(await addOfficer(services, f.tenant.id, f.unitA.id, 'admin_medsos', 'medsos-bench', PASSWORD));

    const rounds = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const path of warm) await get(path);
      for (const path of warm) await get(path);
      const cachedBefore = cache.size.pages;
      const judul = `Terbit uji ${r + 1} ${Date.now()}`;
      const d = await createKonten(services, writer.user, writer.actor, {
        unitId: f.unitA.id,
        jenis: 'berita',
        judul,
        ringkasan: '',
        isi: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Isi.' }] }] },
        atribut: {},
        tags: [],
        bidangId: umum!.id,
      } as never);
      const rev = await revisiOf(db, d.item.id, d.revisi.id);
      await db
        .update(konten)
        .set({ status: 'disetujui', approvedRevisionId: rev.id, approvedHash: rev.hash, approvedBy: f.headA.id, approvedAt: new Date() })
        .where(eq(konten.id, d.item.id));
      let deliveredAt = Number.NaN;
      const delivered = new Promise<void>((resolve) => {
        const stop = onSiteChanged(() => {
          deliveredAt = performance.now();
          stop();
          resolve();
        });
      });
      const started = performance.now();
      await moveKonten(services, publisher.user, publisher.actor, d.item.id, { ke: 'terbit' });
      const committed = performance.now();
      await delivered;
      const cachedAfter = cache.size.pages;
      const rendering = performance.now();
      const list = await plain('/dinas-a/berita');
      const renderMs = performance.now() - rendering;
      if (!list.includes(judul)) throw new Error('the news list does not show the new item');
      const untouched = (await get('/badan-b/ppid/dip')) && cache.hits;
      rounds.push({
        writeMs: round(committed - started),
        commitToDroppedMs: round(Math.max(0, deliveredAt - committed)),
        publishToDroppedMs: round(deliveredAt - started),
        listRenderMs: round(renderMs),
        pagesBefore: cachedBefore,
        pagesDropped: cachedBefore - cachedAfter,
        hitsSoFar: untouched,
      });
      process.stderr.write(`${engine} round ${r + 1}: ${JSON.stringify(rounds.at(-1))}\n`);
    }
    return {
      engine: engine === 'postgres' ? 'embedded' : 'pglite',
      items: ITEMS,
      seedSeconds: round(seedMs / 1000),
      rounds,
      median: {
        writeMs: median(rounds.map((r) => r.writeMs)),
        commitToDroppedMs: median(rounds.map((r) => r.commitToDroppedMs)),
        publishToDroppedMs: median(rounds.map((r) => r.publishToDroppedMs)),
        listRenderMs: median(rounds.map((r) => r.listRenderMs)),
      },
      max: { writeMs: Math.max(...rounds.map((r) => r.writeMs)), publishToDroppedMs: Math.max(...rounds.map((r) => r.publishToDroppedMs)) },
    };
  } finally {
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const loadAtStart = loadAverage();
const wanted = (args.get('db') ?? 'embedded,pglite').split(',');
const runs = [];
for (const items of ITEM_COUNTS) {
  if (wanted.includes('embedded')) runs.push(await benchEngine('postgres', items));
  if (wanted.includes('pglite')) runs.push(await benchEngine('pglite', items));
}
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version, loadAtStart, loadAtEnd: loadAverage() },
  runs,
};
const stamp = results.date.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
writeResults(`page-cache-invalidation-${stamp}.json`, results);
const lines = [
  `Recorded ${results.date.slice(0, 10)}, ${results.machine.cpus} cores, Node ${results.machine.node}; load average ${loadAtStart.join(' / ')} at start, ${results.machine.loadAtEnd.join(' / ')} at the end (the machine was shared). Live news items in unit A as given; ${ROUNDS} publications each; medians (max). Publish = \`moveKonten\` as the publisher's button calls it: the move's transaction and the item's detail read after it.`,
  '',
  '| engine | items in the unit | publish | commit → unit pages dropped | publish → dropped | first render of the news list after |',
  '|---|---|---|---|---|---|',
  ...runs.map(
    (r) =>
      `| ${r.engine} | ${r.items.toLocaleString('en')} | ${r.median.writeMs} ms (${r.max.writeMs} ms) | ${r.median.commitToDroppedMs} ms | ${r.median.publishToDroppedMs} ms (${r.max.publishToDroppedMs} ms) | ${r.median.listRenderMs} ms |`,
  ),
].join('\n');
writeReadmeSection('page-cache-invalidation', lines);
process.stdout.write(`${lines}\n`);
process.exit(0);
