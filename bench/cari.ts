// Benchmark of the site search (module cari, issue 9: p95 ≤ 20 ms for typical queries) over
// 100,000 published items in PostgreSQL. In-process: a booted back end on a fresh database, the
// search page built for a unit one request after another (the query, the "did you mean" path and
// the HTML), so it measures the search and not the network. The rate limiter sits in front of the
// page and is not part of it. Alone: `npx tsx bench/cari.ts` (PostgreSQL at BENCH_PG_URL, default
// postgres://postgres@127.0.0.1:5432/postgres). Results: results/cari-<date>.json and the README's
// cari section.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boot, type Running } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/lib/log.ts';
import { cariPage } from '../src/modules/cari/cari-page.tsx';
import { syncKontenCari } from '../src/modules/cari/sync-konten-cari.ts';
import { resolveSite } from '../src/modules/site/resolve-site.ts';
import { seedFixture } from '../src/test/fixtures.ts';
import { loadAverage, machineNote } from './machine.ts';
import { summarize } from './measure.ts';
import { benchDatabase } from './pg-database.ts';
import { writeReadmeSection, writeResults } from './readme.ts';

export const ITEMS = 100_000;
const UNITS = 10;
// BENCH_REQUESTS lowers the count on a busy machine; BENCH_REUSE=1 measures a database a previous
// run seeded (and keeps it), since seeding 100,000 items takes minutes.
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const REUSE = process.env.BENCH_REUSE === '1';
const TARGET_P95_MS = 20;
const SECRET = 'bench-secret-key-bench-secret-key-0123456789';
const PG_DB = 'warta_bench_cari';

// Words of a training agency's news, most common first; the text draws from them with a skew
// (power 3), so "kegiatan" is in most items and the words near the end in a few percent, and a
// tail of 5,000 rare terms ("istilah123") stands for names and places.
const common = (
  'kegiatan pelatihan peserta provinsi kepala badan daerah pegawai aparatur program pengembangan kompetensi ' +
  'pelayanan publik pemerintah kabupaten kota dinas sekretariat bidang teknis fungsional manajerial kepemimpinan ' +
  'diklat latsar angkatan pembukaan penutupan sertifikat evaluasi kurikulum widyaiswara narasumber materi ' +
  'anggaran realisasi laporan informasi publikasi pengumuman jadwal seleksi ujian hasil kelulusan pendaftaran ' +
  'kupang flores sumba timor alor lembata rote sabu manggarai ende sikka ngada nagekeo belu malaka ' +
  'digital inovasi kinerja reformasi birokrasi integritas akuntabilitas transparansi kolaborasi koordinasi ' +
  'rapat sosialisasi bimbingan pendampingan monitoring workshop seminar webinar lokakarya forum ' +
  'kesehatan pendidikan pariwisata pertanian perikanan infrastruktur lingkungan bencana keuangan aset'
).split(' ');
const RARE = 5000;

/** 100,000 items in ten units with skewed Indonesian text, 10 % with a newer draft revision, 300 DIP items per unit. */
async function seedItems(running: Running) {
  const { database } = running.services;
  const f = await seedFixture(running.services);
  const sql = (text: string) => database.executeSql(text);
  for (let u = 3; u <= UNITS; u++)
    await sql(`insert into units (tenant_id, slug, name, kind) values ('${f.tenant.id}', 'unit-${u}', 'Unit Uji ${u}', 'badan')`);
  await sql(
    `insert into bidang (unit_id, slug, name) select u.id, b.slug, b.name from units u, (values ('umum','Umum'),('teknis','Teknis dan Fungsional'),('manajerial','Manajerial')) b(slug, name) where u.tenant_id = '${f.tenant.id}' and not exists (select 1 from bidang x where x.unit_id = u.id and x.slug = b.slug)`,
  );
  const words = `array[${[...common, ...Array.from({ length: RARE }, (_, i) => `istilah${i}`)].map((w) => `'${w}'`).join(',')}]`;
  // One word drawn with the skew; setseed keeps every run's text the same.
  const word = `(${words})[1 + floor(power(random(), 3) * ${common.length + RARE})::int]`;
  const phrase = (n: number) => `(select string_agg(${word}, ' ') from generate_series(1, ${n}) g where g > 0 * i)`;
  await sql('select setseed(0.42)');
  await sql(`create temp table bench_units as select id, row_number() over (order by slug) - 1 as n from units where tenant_id = '${f.tenant.id}'`);
  for (let start = 0; start < ITEMS; start += 10_000) {
    await sql(`
      with src as (
        select i, (select id from bench_units where n = i % ${UNITS}) as unit_id,
          (array['berita','berita','berita','artikel','pengumuman','agenda','publikasi'])[1 + i % 7] as jenis
        from generate_series(${start + 1}, ${start + 10_000}) i
      ),
      items as (
        insert into konten (tenant_id, unit_id, jenis, bidang_id, slug, judul, status, created_by, published_at, created_at, updated_at)
        select '${f.tenant.id}', s.unit_id, s.jenis,
          (select b.id from bidang b where b.unit_id = s.unit_id order by b.slug offset s.i % 3 limit 1),
          'naskah-' || s.i, '', case when s.i % 10 = 0 then 'draf' else 'terbit' end, '${f.writerA.id}',
          case when s.i % 10 = 0 then null else timestamptz '2021-01-01' + s.i * interval '30 minutes' end, now(), now()
        from src s returning id, slug, bidang_id
      )
      insert into konten_revisi (konten_id, nomor, judul, ringkasan, isi, tags, bidang_id, hash, author_label)
      select it.id, 1, initcap(${phrase(8)}), ${phrase(25)},
        jsonb_build_object('type', 'doc', 'content', jsonb_build_array(
          jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', ${phrase(80)}))),
          jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', ${phrase(80)}))))),
        array[${word}, ${word}], it.bidang_id, 'h-' || it.slug, 'Penulis Uji'
      from items it, lateral (select substring(it.slug from 8)::int as i) n`);
  }
  // Every tenth published item is being edited: a second revision that is not live (its words must not be found).
  await sql(`insert into konten_revisi (konten_id, nomor, judul, ringkasan, isi, tags, bidang_id, hash, author_label)
    select r.konten_id, 2, r.judul || ' draf', r.ringkasan, r.isi, r.tags, r.bidang_id, r.hash || '-2', r.author_label
    from konten_revisi r join konten k on k.id = r.konten_id where k.status = 'terbit' and substring(k.slug from 8)::int % 10 = 5`);
  await sql(`update konten k set current_revision_id = r.id, judul = r.judul,
      live_revision_id = case when k.status = 'terbit' then (select r1.id from konten_revisi r1 where r1.konten_id = k.id and r1.nomor = 1) end
    from konten_revisi r where r.konten_id = k.id and r.nomor = (select max(nomor) from konten_revisi x where x.konten_id = k.id)`);
  // What each publication writes in its transaction, for all of them at once.
  await syncKontenCari(running.services.db, null);
  await sql(`insert into informasi (tenant_id, unit_id, klasifikasi, judul, ringkasan, penguasa_informasi, bentuk, tanggal_terbit)
    select '${f.tenant.id}', u.id, (array['berkala','serta_merta','setiap_saat'])[1 + i % 3], initcap(${phrase(6).replace('0 * i', '0 * i - u.n')}),
      ${phrase(20).replace('0 * i', '0 * i - u.n')}, 'Sekretariat', 'softcopy', date '2022-01-01' + i * 3
    from bench_units u, generate_series(1, 300) i`);
  await sql('analyze');
  const { rows } = await sql('select count(*)::int as count from konten where live_revision_id is not null');
  return { f, live: Number(rows[0]?.count) };
}

/** Times REQUESTS builds of each search page, after ten that warm the caches (and the word list). */
async function measure(running: Running) {
  const { db } = running.services;
  const unitSite = await resolveSite(db, 'ujiprov.go.id', '/dinas-a/cari', 'id');
  const pemdaSite = await resolveSite(db, 'ujiprov.go.id', '/cari', 'id');
  if (!unitSite || !pemdaSite) throw new Error('no site');
  const calls = [
    { key: 'one-word', ctx: unitSite.ctx, q: 'q=pelatihan' },
    { key: 'one-rarer-word', ctx: unitSite.ctx, q: 'q=lokakarya' },
    { key: 'two-words', ctx: unitSite.ctx, q: 'q=pelatihan+kepemimpinan' },
    { key: 'typo', ctx: unitSite.ctx, q: 'q=pelatihn' },
    { key: 'filter-kind-year', ctx: unitSite.ctx, q: 'q=pelatihan&jenis=berita&tahun=2022' },
    { key: 'filter-bidang', ctx: unitSite.ctx, q: 'q=anggaran&bidang=teknis' },
    { key: 'page-5', ctx: unitSite.ctx, q: 'q=pelatihan&halaman=5' },
    { key: 'pemda-all-units', ctx: pemdaSite.ctx, q: 'q=pelatihan+kupang' },
  ];
  const results = [];
  for (const call of calls) {
    const ms: number[] = [];
    let bytes = 0;
    let status = 200;
    for (let r = 0; r < REQUESTS + 10; r++) {
      const started = performance.now();
      const spec = await cariPage(db, call.ctx, new URLSearchParams(call.q));
      const html = (await spec.content.toString()) as string;
      const took = performance.now() - started;
      if (r >= 10) ms.push(took);
      bytes = html.length;
      status = spec.status ?? 200;
    }
    const { minMs, p50Ms, p95Ms, maxMs } = summarize(ms);
    // minMs, the fastest build: what a search costs when it gets the CPU, which on a shared machine
    // says more about the code than the percentiles do.
    results.push({ key: call.key, query: call.q, status, minMs, p50Ms, p95Ms, maxMs, bytes });
  }
  return results;
}

async function onPostgres() {
  const database = await benchDatabase(PG_DB, { reuse: REUSE });
  if (!database) return null;
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-cari-'));
  const config = loadConfig({
    DATABASE_URL: database.url,
    WARTA_DATA_DIR: dataDir,
    WARTA_DEMO: '0',
    WARTA_LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://warta.bench',
  });
  const running = await boot(config, { secretKey: SECRET, log: createLogger('silent') });
  try {
    const seeded = performance.now();
    const live = database.reused
      ? Number((await running.services.database.executeSql('select count(*)::int as n from konten where live_revision_id is not null')).rows[0]?.n)
      : (await seedItems(running)).live;
    const seedSeconds = Math.round((performance.now() - seeded) / 100) / 10;
    return { live, seedSeconds, results: await measure(running) };
  } finally {
    await running.stop();
    if (!REUSE) await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs the search benchmark on PostgreSQL; writes its results file and README section. */
export async function benchCari() {
  const machine = machineNote();
  const date = new Date().toISOString();
  const postgres = await onPostgres();
  const result = { date, machine, items: ITEMS, units: UNITS, requests: REQUESTS, targetP95Ms: TARGET_P95_MS, postgres };
  writeResults(`cari-${date.slice(0, 16).replace(/[-:T]/g, '')}.json`, result);
  const loadAtEnd = loadAverage().join(' / ');
  const rows = postgres
    ? [
        `Recorded ${date.slice(0, 16).replace('T', ' ')} UTC on ${machine}; load average at the end ${loadAtEnd}; ${ITEMS.toLocaleString('en')} items (${postgres.live.toLocaleString('en')} live) in ${UNITS} units, ${REQUESTS} sequential page builds per query after 10 warm-up, in-process. Target: p95 ≤ ${TARGET_P95_MS} ms.`,
        '',
        '| query | address | min | p50 | p95 | max | HTML |',
        '|---|---|---|---|---|---|---|',
        ...postgres.results.map(
          (r) =>
            `| ${r.key} | \`?${r.query}\` | ${r.minMs} ms | ${r.p50Ms} ms | ${r.p95Ms} ms${r.p95Ms > TARGET_P95_MS ? ' (over)' : ''} | ${r.maxMs} ms | ${(r.bytes / 1024).toFixed(1)} KB |`,
        ),
      ]
    : ['Not run: no PostgreSQL at BENCH_PG_URL.'];
  writeReadmeSection('cari', rows.join('\n'), {
    introWhenMissing:
      '## Site search over 100,000 items\n\n`npx tsx bench/cari.ts` (PostgreSQL at `BENCH_PG_URL`, default `postgres://postgres@127.0.0.1:5432/postgres`):\n100,000 items in ten units with skewed Indonesian text (a tenth unpublished, a tenth with a newer draft\nrevision), 300 DIP items per unit, then the search page of one unit built `BENCH_REQUESTS` (default 200) times per query.',
  });
  return result;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  const r = await benchCari();
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  process.exit(0);
}
