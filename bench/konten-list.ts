// Benchmark of the content board and list API over 10,000 items of one unit (KONTEN.md, issue 8:
// p95 ≤ 50 ms), on PGlite and on PostgreSQL. In-process: a booted back end, its Hono app answering
// signed-in requests one after another (no network), so it measures the API and its queries.
// Alone: `npx tsx bench/konten-list.ts` (PostgreSQL at BENCH_PG_URL, default
// postgres://postgres@127.0.0.1:5432/postgres, when one answers). Results: results/konten-list-<date>.json
// and the README's konten-list section.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boot, type Running } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { createApp } from '../src/http/app.ts';
import { createLogger } from '../src/lib/log.ts';
import { revisionHash } from '../src/modules/konten/revision-hash.ts';
import { konten, kontenRevisi } from '../src/modules/konten/schema.ts';
import type { StatusKonten } from '../src/modules/konten/terms.ts';
import { bidang } from '../src/modules/org/schema.ts';
import { PASSWORD, seedFixture } from '../src/test/fixtures.ts';
import { machineNote } from './machine.ts';
import { summarize } from './measure.ts';
import { benchDatabase } from './pg-database.ts';
import { writeReadmeSection, writeResults } from './readme.ts';

export const ITEMS = 10_000;
const REQUESTS = 200;
const TARGET_P95_MS = 50;
const SECRET = 'bench-secret-key-bench-secret-key-0123456789';
const PG_DB = 'warta_bench_konten_list';

const words = ['banjir', 'vaksinasi', 'jalan', 'pelantikan', 'anggaran', 'pasar', 'sekolah', 'festival', 'bantuan', 'pelatihan'];
const kinds = ['berita', 'berita', 'berita', 'artikel', 'pengumuman', 'agenda'] as const;
// Mostly published, some in every other stage, as a unit's years of work look.
const stageCycle: StatusKonten[] = [
  'terbit',
  'terbit',
  'terbit',
  'terbit',
  'terbit',
  'terbit',
  'draf',
  'diajukan',
  'ditinjau',
  'menunggu_persetujuan',
  'disetujui',
  'dikembalikan',
  'ditarik',
  'diarsipkan',
  'terbit',
  'terbit',
];

/** 10,000 fictional items of unit A, each with its one revision. */
async function seedItems(running: Running) {
  const { db } = running.services;
  const f = await seedFixture(running.services);
  const [umum] = await db.insert(bidang).values({ unitId: f.unitA.id, slug: 'kegiatan', name: 'Kegiatan' }).returning();
  for (let start = 0; start < ITEMS; start += 500) {
    const batch = Array.from({ length: Math.min(500, ITEMS - start) }, (_, k) => {
      const i = start + k;
      const jenis = kinds[i % kinds.length] as string;
      const status = stageCycle[i % stageCycle.length] as StatusKonten;
      const judul = `${words[i % 10]} ${words[(i * 3) % 10]} di kecamatan ${(i * 7) % 40} nomor ${i + 1}`;
      const at = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000);
      return { i, jenis, status, judul, at };
    });
    const rows = await db
      .insert(konten)
      .values(
        batch.map((b) => ({
          tenantId: f.tenant.id,
          unitId: f.unitA.id,
          jenis: b.jenis,
          bidangId: b.jenis === 'berita' ? umum!.id : null,
          penulisPersonId: b.jenis === 'artikel' ? f.writerA.personId : null,
          slug: `naskah-${b.i + 1}`,
          judul: b.judul,
          status: b.status,
          createdBy: f.writerA.id,
          publishedAt: b.status === 'terbit' || b.status === 'ditarik' ? b.at : null,
          createdAt: b.at,
          updatedAt: b.at,
        })),
      )
      .returning({ id: konten.id });
    const revisions = await db
      .insert(kontenRevisi)
      .values(
        batch.map((b, k) => {
          const content = {
            judul: b.judul,
            ringkasan: `Ringkasan fiktif ${b.i + 1}.`,
            isi: { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: `Isi naskah fiktif ${b.i + 1}.` }] }] },
            atribut: {},
            coverMediaId: null,
            tags: [],
            mediaIds: [],
            bidangId: b.jenis === 'berita' ? (umum!.id as string) : null,
            penulisPersonId: b.jenis === 'artikel' ? f.writerA.personId : null,
          };
          return {
            kontenId: rows[k]!.id,
            nomor: 1,
            ...content,
            hash: revisionHash(content),
            authorUserId: f.writerA.id,
            authorLabel: 'Orang penulis-a',
            createdAt: b.at,
          };
        }),
      )
      .returning({ id: kontenRevisi.id, kontenId: kontenRevisi.kontenId });
    // One statement per batch: the item's current (and, when published, live) revision.
    const pairs = revisions.map((r) => `('${r.kontenId}'::uuid, '${r.id}'::uuid)`).join(',');
    await running.services.database.executeSql(
      `update konten k set current_revision_id = v.rev, live_revision_id = case when k.status = 'terbit' then v.rev end from (values ${pairs}) as v(id, rev) where k.id = v.id`,
    );
  }
  await running.services.database.executeSql('analyze');
  return f;
}

/** Signs in as unit A's writer and times REQUESTS sequential calls of each API read. */
async function measure(running: Running, f: Awaited<ReturnType<typeof seedItems>>) {
  const app = createApp(running.services);
  const signIn = await app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: f.writerA.email, password: PASSWORD }),
  });
  const cookie = signIn.headers.get('set-cookie')?.match(/warta_session=[^;]+/)?.[0];
  if (signIn.status !== 200 || !cookie) throw new Error(`sign-in answered ${signIn.status}`);
  const unit = f.unitA.id;
  const calls = [
    // The same signed-in request path doing nearly nothing: what the machine's load costs every call.
    { key: 'baseline-me', path: '/api/auth/me' },
    { key: 'board', path: `/api/konten/papan?unitId=${unit}` },
    { key: 'list', path: `/api/konten?unitId=${unit}` },
    { key: 'list-page-200', path: `/api/konten?unitId=${unit}&halaman=200` },
    { key: 'list-status', path: `/api/konten?unitId=${unit}&status=menunggu_persetujuan` },
    { key: 'list-jenis', path: `/api/konten?unitId=${unit}&jenis=artikel` },
    { key: 'list-search', path: `/api/konten?unitId=${unit}&q=banjir%20kecamatan%2012` },
    { key: 'list-all-units', path: '/api/konten' },
  ];
  const results = [];
  for (const call of calls) {
    const ms: number[] = [];
    let bytes = 0;
    for (let r = 0; r < REQUESTS + 10; r++) {
      const started = performance.now();
      const res = await app.request(call.path, { headers: { cookie } });
      const body = await res.text();
      const took = performance.now() - started;
      if (res.status !== 200) throw new Error(`${call.path} answered ${res.status}: ${body.slice(0, 200)}`);
      if (r >= 10) ms.push(took); // the first ten warm the caches and are not counted
      bytes = body.length;
    }
    const { p50Ms, p95Ms, maxMs } = summarize(ms);
    results.push({ ...call, p50Ms, p95Ms, maxMs, bytes });
  }
  return results;
}

/** Seeds and measures a back end booted on `database` (PGlite in a fresh folder when none is given). */
async function onEngine(database: { url: string } | null, folderPrefix: string) {
  const dataDir = mkdtempSync(join(tmpdir(), folderPrefix));
  const engine = database ? { DATABASE_URL: database.url } : { WARTA_DB: 'pglite' };
  const config = loadConfig({ ...engine, WARTA_DATA_DIR: dataDir, WARTA_DEMO: '0', WARTA_LOG_LEVEL: 'silent', PUBLIC_URL: 'http://warta.bench' });
  const running = await boot(config, { secretKey: SECRET, log: createLogger('silent') });
  try {
    return await measure(running, await seedItems(running));
  } finally {
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const onPglite = () => onEngine(null, 'warta-bench-konten-');

async function onPostgres() {
  const database = await benchDatabase(PG_DB);
  if (!database) return null;
  try {
    return await onEngine(database, 'warta-bench-konten-pg-');
  } finally {
    await database.drop();
  }
}

/** Runs the content list benchmark on both engines; writes its results file and README section. */
export async function benchKontenList() {
  const machine = machineNote();
  const date = new Date().toISOString();
  const engines = { pglite: await onPglite(), postgres: await onPostgres() };
  const result = { date, machine, items: ITEMS, requests: REQUESTS, targetP95Ms: TARGET_P95_MS, engines };
  writeResults(`konten-list-${date.slice(0, 10)}.json`, result);
  const rows = [
    `Recorded ${date.slice(0, 10)} on ${machine}; ${ITEMS.toLocaleString('en')} items in one unit, ${REQUESTS} sequential signed-in requests per call after 10 warm-up, in-process (no network). Target: p95 ≤ ${TARGET_P95_MS} ms.`,
    '',
    '| engine | call | p50 | p95 | max | body |',
    '|---|---|---|---|---|---|',
    ...Object.entries(engines).flatMap(([engine, rs]) =>
      rs
        ? rs.map(
            (r) =>
              `| ${engine} | \`${r.key}\` | ${r.p50Ms} ms | ${r.p95Ms} ms${r.p95Ms > TARGET_P95_MS ? ' (over)' : ''} | ${r.maxMs} ms | ${(r.bytes / 1024).toFixed(1)} KB |`,
          )
        : [`| ${engine} | not run (no server at BENCH_PG_URL) | | | | |`],
    ),
  ].join('\n');
  writeReadmeSection('konten-list', rows, {
    introWhenMissing:
      '## Content board and list over 10,000 items\n\n`npm run bench` also runs `bench/konten-list.ts` (alone: `npx tsx bench/konten-list.ts`): 10,000 items of one\nunit (most published, some in every stage), then the board and the list API with filters, a deep\npage and a title search, signed in, on PGlite and on PostgreSQL.',
  });
  return result;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  const r = await benchKontenList();
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  process.exit(0);
}
