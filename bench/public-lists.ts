// Every public list, feed and sitemap of a unit rendered without the page cache, with 100 and with
// 100,000 live news items in the unit (issue 9: "100,000 items in a unit do not slow a page view").
// In one process on a fresh data folder per engine and size (embedded PostgreSQL, PGlite), the
// page cache off (WARTA_PAGE_CACHE_MB=0), so each request is what the first visitor after a
// publication gets: the page built from the database.
//   npx tsx bench/public-lists.ts [--db=embedded,pglite] [--items=100,100000] [--requests=20]
// The unit holds `items` berita in bidang Umum, 5 in bidang Teknis (a rare bidang), items/10 artikel
// by one author and 3 by another (a rare author), items/10 pengumuman, and items/10 events (agenda),
// one a day, the newest min(30, items/20) still to come; 5 % of the berita are on the pemda's
// central Media Center list.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { boot } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { createApp } from '../src/http/app.ts';
import { createLogger } from '../src/lib/log.ts';
import { konten, kontenMediaCenter, kontenRevisi } from '../src/modules/konten/schema.ts';
import { bidang } from '../src/modules/org/schema.ts';
import { seedFixture } from '../src/test/fixtures.ts';
import { insertLiveNews } from './seed-news.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const ITEM_COUNTS = (args.get('items') ?? '100,100000').split(',').map(Number);
const REQUESTS = Number(args.get('requests') ?? 20);
const SECRET = 'bench-secret-key-bench-secret-key-0123456789';
const benchDir = new URL('.', import.meta.url).pathname;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const round = (x: number) => Math.round(x * 10) / 10;

// Events to come among the unit's items/10 (one a day, the newest first): a realistic handful.
const comingEvents = (items: number) => Math.min(30, items / 20);

/** The addresses measured, by name; the berita pages' numbers depend on the item count. */
function paths(items: number, lastPart: number): Array<[string, string]> {
  // The berita: `items` in Umum and 5 in Teknis, twenty a page.
  const pages = Math.ceil((items + 5) / 20);
  const pastPages = Math.ceil((items / 10 - comingEvents(items)) / 20);
  return [
    ['berita, page 1', '/dinas-a/berita'],
    ['berita, page 2', '/dinas-a/berita?halaman=2'],
    ['berita, middle page', `/dinas-a/berita?halaman=${Math.ceil(pages / 2)}`],
    ['berita, last page', `/dinas-a/berita?halaman=${pages}`],
    ['berita, past the last (404)', `/dinas-a/berita?halaman=${pages + 1}`],
    ['berita of the big bidang', '/dinas-a/berita/umum'],
    ['berita of a rare bidang (5)', '/dinas-a/berita/teknis'],
    ['artikel', '/dinas-a/artikel'],
    ['artikel, last page', `/dinas-a/artikel?halaman=${Math.ceil((items / 10 + 3) / 20)}`],
    ['authors', '/dinas-a/artikel/penulis'],
    ['an author of many', '/dinas-a/artikel/penulis/orang-penulis-a'],
    ['an author of 3', '/dinas-a/artikel/penulis/orang-kepala-a'],
    ['pengumuman', '/dinas-a/pengumuman'],
    ['publikasi/materi (empty)', '/dinas-a/publikasi/materi'],
    ['galeri (empty)', '/dinas-a/galeri'],
    ['video (empty)', '/dinas-a/video'],
    ['kalender, coming events', '/dinas-a/kalender'],
    ['kalender, past events', '/dinas-a/kalender/lalu'],
    ['kalender, past events, middle page', `/dinas-a/kalender/lalu?halaman=${Math.ceil(pastPages / 2)}`],
    ['kalender, this month', `/dinas-a/kalender/bulan/${new Date().toISOString().slice(0, 7)}`],
    ['unit home', '/dinas-a'],
    ['pemda home', '/'],
    ['search `pelatihan`', '/dinas-a/cari?q=pelatihan'],
    ['unit feed (RSS)', '/dinas-a/rss.xml'],
    ['berita feed (Atom)', '/dinas-a/berita/atom.xml'],
    ['rare bidang feed', '/dinas-a/berita/teknis/rss.xml'],
    ['pemda sitemap index', '/sitemap.xml'],
    ['unit sitemap.xml', '/dinas-a/sitemap.xml'],
    ['unit sitemap, first part', '/dinas-a/sitemap-1.xml'],
    ['unit sitemap, middle part', `/dinas-a/sitemap-${Math.ceil(lastPart / 2)}.xml`],
    ['unit sitemap, last part', `/dinas-a/sitemap-${lastPart}.xml`],
    ['news sitemap', '/dinas-a/sitemap-news.xml'],
  ];
}

async function benchEngine(engine: 'postgres' | 'pglite', ITEMS: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-lists-'));
  const config = loadConfig({ WARTA_DATA_DIR: dataDir, WARTA_DB: engine, WARTA_DEMO: '0', WARTA_LOG_LEVEL: 'silent', WARTA_PAGE_CACHE_MB: '0' });
  const running = await boot(config, { secretKey: SECRET, log: createLogger('silent') });
  try {
    const db = running.services.db;
    const f = await seedFixture(running.services);
    const [umum] = await db
      .select()
      .from(bidang)
      .where(and(eq(bidang.unitId, f.unitA.id), eq(bidang.slug, 'umum')));
    const [teknis] = await db.insert(bidang).values({ unitId: f.unitA.id, slug: 'teknis', name: 'Teknis' }).returning();
    const seeding = performance.now();
    const base = { tenantId: f.tenant.id, unitId: f.unitA.id, createdBy: f.writerA.id, sync: false };
    await insertLiveNews(db, { ...base, bidangId: umum!.id, count: ITEMS });
    await insertLiveNews(db, { ...base, bidangId: teknis!.id, count: 5, prefix: 'teknis', startHours: 7 });
    await insertLiveNews(db, { ...base, bidangId: null, count: ITEMS / 10, prefix: 'artikel', jenis: 'artikel', penulisPersonId: f.writerA.personId! });
    await insertLiveNews(db, {
      ...base,
      bidangId: null,
      count: 3,
      prefix: 'artikel-kepala',
      jenis: 'artikel',
      penulisPersonId: f.headA.personId!,
      startHours: 5,
    });
    await insertLiveNews(db, { ...base, bidangId: null, count: ITEMS / 10, prefix: 'agenda', jenis: 'agenda' as never });
    // The events' dates: one a day, the newest `comingEvents` days ahead, each two hours long.
    await db.execute(sql`update ${kontenRevisi} r set atribut = jsonb_build_object(
        'mulai', to_char((now() + make_interval(days => ${comingEvents(ITEMS)}::int - e.n::int)) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        'selesai', to_char((now() + make_interval(days => ${comingEvents(ITEMS)}::int - e.n::int, hours => 2)) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        'tempat', 'Aula Utama')
      from (select id, row_number() over (order by published_at desc) as n from ${konten} where unit_id = ${f.unitA.id} and jenis = 'agenda') e
      where r.konten_id = e.id`);
    await insertLiveNews(db, { ...base, bidangId: null, count: ITEMS / 10, prefix: 'pengumuman', jenis: 'pengumuman', sync: true });
    // One berita in twenty published centrally by the Media Center (the pemda home's central list).
    await db.execute(sql`insert into ${kontenMediaCenter} (konten_id, tenant_id, status, revision_id, proposed_by, proposed_at, published_at)
      select id, tenant_id, 'terbit_pusat', live_revision_id, ${f.writerA.id}, published_at, published_at
      from ${konten} where unit_id = ${f.unitA.id} and jenis = 'berita' and slug ~ '[02468]0$'`);
    await db.execute(sql`analyze`);
    const seedMs = performance.now() - seeding;
    const app = createApp(running.services);
    const index = await (await app.request('/dinas-a/sitemap.xml', { headers: { host: 'ujiprov.go.id' } })).text();
    const lastPart = Math.max(1, ...[...index.matchAll(/sitemap-(\d+)\.xml/g)].map((m) => Number(m[1])));
    const measures = [];
    for (const [name, path] of paths(ITEMS, lastPart)) {
      const once = async () => {
        const started = performance.now();
        const res = await app.request(path, { headers: { host: 'ujiprov.go.id' } });
        const body = await res.text();
        return { ms: performance.now() - started, status: res.status, bytes: Buffer.byteLength(body) };
      };
      await once();
      await once();
      const times = [];
      let last = await once();
      times.push(last.ms);
      for (let r = 1; r < REQUESTS; r++) {
        last = await once();
        times.push(last.ms);
      }
      measures.push({ name, path, status: last.status, bytes: last.bytes, medianMs: round(median(times)), minMs: round(Math.min(...times)) });
      process.stderr.write(`${engine} ${ITEMS} ${JSON.stringify(measures.at(-1))}\n`);
    }
    return { engine: engine === 'postgres' ? 'embedded' : 'pglite', items: ITEMS, seedSeconds: round(seedMs / 1000), measures };
  } finally {
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
const wanted = (args.get('db') ?? 'embedded,pglite').split(',');
const runs: Array<Awaited<ReturnType<typeof benchEngine>>> = [];
for (const engine of ['embedded', 'pglite'] as const) {
  if (!wanted.includes(engine)) continue;
  for (const items of ITEM_COUNTS) runs.push(await benchEngine(engine === 'embedded' ? 'postgres' : 'pglite', items));
}
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version, loadAtStart, loadAtEnd: loadavg().map((l) => Math.round(l * 100) / 100) },
  runs,
};
const stamp = results.date.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
writeFileSync(join(benchDir, 'results', `public-lists-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);

// One table per engine: each address with the smallest and the largest item count side by side.
const tables = [...new Set(runs.map((r) => r.engine))].flatMap((engine) => {
  const mine = runs.filter((r) => r.engine === engine);
  const head = `| ${engine}: address | ${mine.map((r) => `${r.items.toLocaleString('en')} items: median (min)`).join(' | ')} | status | HTML/XML |`;
  const rows = mine[0]!.measures.map((m, i) => {
    const cells = mine.map((r) => `${r.measures[i]!.medianMs} ms (${r.measures[i]!.minMs})`);
    const big = mine.at(-1)!.measures[i]!;
    return `| ${m.name} | ${cells.join(' | ')} | ${big.status} | ${(big.bytes / 1024).toFixed(1)} KB |`;
  });
  return ['', head, `|---|${mine.map(() => '---|').join('')}---|---|`, ...rows];
});
const lines = [
  `Recorded ${results.date.slice(0, 16).replace('T', ' ')} UTC, ${results.machine.cpus} cores, Node ${results.machine.node}; load average ${loadAtStart.join(' / ')} at start, ${results.machine.loadAtEnd.join(' / ')} at the end (the machine was shared). Page cache off: every request built from the database; ${REQUESTS} requests per address after 2 warm-ups. Seeding: ${runs.map((r) => `${r.engine} ${r.items.toLocaleString('en')}: ${r.seedSeconds} s`).join(', ')}.`,
  ...tables,
].join('\n');
const readme = join(benchDir, 'README.md');
const text = readFileSync(readme, 'utf8');
if (text.includes('<!-- public-lists:start -->'))
  writeFileSync(
    readme,
    text.replace(/<!-- public-lists:start -->[\s\S]*<!-- public-lists:end -->/, `<!-- public-lists:start -->\n${lines}\n<!-- public-lists:end -->`),
  );
process.stdout.write(`${lines}\n`);
process.exit(0);
