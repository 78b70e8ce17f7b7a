/**
 * Publishing, exactly once, under load (issue 10): on PostgreSQL, two Warta processes publish
 * 1,000 due posts across the five contract fakes (200 items × 5 accounts). Run twice: undisturbed,
 * and with one process killed with `kill -9` mid-run. Counts, from the fakes' own stores, every
 * post that is missing (lost) or there twice (duplicate), and how long until all 1,000 were out.
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/sosial-terbit.ts [posts]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { runMigrations } from '../src/db/migrate.ts';
import { openDatabase } from '../src/db/open.ts';
import { SecretBox } from '../src/lib/crypto.ts';
import { createLogger } from '../src/lib/log.ts';
import { startJobs } from '../src/modules/jobs/jobs.ts';
import { konten } from '../src/modules/konten/schema.ts';
import { mediaKeys } from '../src/modules/media/keys.ts';
import { media } from '../src/modules/media/schema.ts';
import { tenants, units } from '../src/modules/org/schema.ts';
import { startPlatformFakes } from '../src/modules/sosial/fakes/start-fakes.ts';
import { type Platform, platforms } from '../src/modules/sosial/platform.ts';
import { sosialAkun, sosialKiriman } from '../src/modules/sosial/schema.ts';
import { KIRIMAN_QUEUE } from '../src/modules/sosial/terbit/terbit-job.ts';
import { variantFor } from '../src/modules/sosial/terbit/test-fixture.ts';
import { writeResults } from './readme.ts';

const POSTS = Number(process.argv[2] ?? 1000);
const ITEMS = Math.ceil(POSTS / platforms.length);
const DEADLINE_MS = 60_000;
const SECRET = 'bench-secret-key-bench-secret-key-0123456789';
const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Run = { label: string; killed: boolean };

async function one(run: Run) {
  const name = `warta_bench_sosial_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-sosial-'));
  const database = await openDatabase({ databaseUrl });
  await runMigrations(database);
  const db = database.db;
  const secrets = new SecretBox(SECRET);

  const fakes = await startPlatformFakes();
  fakes.fakes.instagram.settings.quotaTotal = 1_000_000;
  const [tenant] = await db.insert(tenants).values({ slug: 'bench', name: 'Pemprov Bench', kind: 'provinsi', timeZone: 'Asia/Jakarta' }).returning();
  const [unit] = await db.insert(units).values({ tenantId: tenant!.id, slug: 'diskominfo', name: 'Diskominfo', kind: 'dinas' }).returning();
  const akun = {} as Record<Platform, string>;
  for (const p of platforms) {
    const [row] = await db
      .insert(sosialAkun)
      .values({
        tenantId: tenant!.id,
        unitId: unit!.id,
        platform: p,
        nama: p,
        externalAccountId: fakes.accounts[p].externalAccountId,
        credentialsSealed: secrets.seal(JSON.stringify(fakes.accounts[p])),
        simulasi: true,
      })
      .returning();
    akun[p] = row!.id;
  }
  // A photo (Instagram) and a 300 KB video (YouTube in two chunks, TikTok in one), in the shared folder storage.
  const m = { foto: randomUUID(), video: randomUUID() };
  for (const [kind, id, bytes] of [
    ['foto', m.foto, 20_000],
    ['video', m.video, 300_000],
  ] as const) {
    const key = kind === 'foto' ? mediaKeys.derivative(tenant!.id, id, '1600.jpg') : mediaKeys.original(tenant!.id, id, 'mp4');
    mkdirSync(join(dataDir, 'media', key, '..'), { recursive: true });
    writeFileSync(join(dataDir, 'media', key), randomBytes(bytes));
    await db.insert(media).values({
      id,
      tenantId: tenant!.id,
      unitId: unit!.id,
      kind,
      originalName: kind,
      mediaType: kind === 'foto' ? 'image/jpeg' : 'video/mp4',
      sizeBytes: bytes,
      durationSeconds: kind === 'video' ? 12 : null,
      storageKey: kind === 'video' ? key : null,
      derivatives: kind === 'foto' ? [{ width: 1600, format: 'jpeg', key, bytes, etag: 'b' }] : [],
      state: 'siap',
    });
  }
  const rows: Array<typeof sosialKiriman.$inferInsert> = [];
  for (let i = 0; i < ITEMS; i++) {
    const [item] = await db
      .insert(konten)
      .values({ tenantId: tenant!.id, unitId: unit!.id, jenis: 'berita', slug: `bench-${i}`, judul: `Bench ${i}`, createdBy: randomUUID(), status: 'terbit' })
      .returning();
    for (const p of platforms) {
      if (rows.length >= POSTS) break;
      rows.push({
        tenantId: tenant!.id,
        unitId: unit!.id,
        kontenId: item!.id,
        akunId: akun[p],
        platform: p,
        varian: variantFor(p, rows.length, m),
      });
    }
  }
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 200)
    ids.push(
      ...(
        await db
          .insert(sosialKiriman)
          .values(rows.slice(i, i + 200))
          .returning({ id: sosialKiriman.id })
      ).map((r) => r.id),
    );

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    WARTA_DATA_DIR: dataDir,
    WARTA_SECRET_KEY: SECRET,
    WARTA_DEMO: '0',
    WARTA_LOG_LEVEL: 'warn',
    PORT: '0',
    WARTA_SOSIAL_MEDIA_URL: 'https://media.example.go.id',
    // The fakes finish processing at their second status read; poll them without the real platforms' pause.
    BENCH_SOSIAL_FAKES: JSON.stringify(Object.fromEntries(Object.entries(fakes.config).map(([p, c]) => [p, { ...c, pollIntervalMs: 50 }]))),
  };
  const start = (): Promise<ChildProcess> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'bench/sosial-terbit-worker.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
      child.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
      child.on('exit', (code) => reject(new Error(`worker exited ${code}`)));
    });
  const workers = [await start(), await start()];

  const jobs = await startJobs(database, createLogger('silent'));
  const sentAt = Date.now();
  for (const id of ids) await jobs.send(KIRIMAN_QUEUE, { kirimanId: id });
  let killedAt: number | null = null;
  // When the killed process's last row had been taken over (its lease_owner starts with its pid).
  let killedRowsTakenMs: number | null = null;
  let killedRowsAtKill: number | null = null;
  let published = 0;
  let allAt: number | null = null;
  let at60s: number | null = null;
  // Until every post is out (or 5 minutes): "lost" must mean lost, not late.
  while (Date.now() - sentAt < 300_000) {
    const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(sosialKiriman).where(sql`status = 'terbit'`);
    published = c!.n;
    if (at60s === null && Date.now() - sentAt >= DEADLINE_MS) at60s = published;
    if (run.killed && killedAt === null && published >= ids.length * 0.3) {
      workers[0]!.kill('SIGKILL');
      killedAt = Date.now() - sentAt;
    }
    if (killedAt !== null && killedRowsTakenMs === null) {
      const [held] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(sosialKiriman)
        .where(sql`lease_owner like ${`${workers[0]!.pid}-%`}`);
      killedRowsAtKill ??= held!.n;
      if (held!.n === 0) killedRowsTakenMs = Date.now() - sentAt - killedAt;
    }
    if (published === ids.length) {
      allAt = Date.now() - sentAt;
      break;
    }
    const [open] = await db.select({ n: sql<number>`count(*)::int` }).from(sosialKiriman).where(sql`status not in ('terbit', 'gagal')`);
    if (open!.n === 0) {
      // The last ones may have gone out between the two counts.
      const [c2] = await db.select({ n: sql<number>`count(*)::int` }).from(sosialKiriman).where(sql`status = 'terbit'`);
      published = c2!.n;
      if (published === ids.length) allAt = Date.now() - sentAt;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  // The fakes' own stores: each kiriman's text (or YouTube title) must be there exactly once.
  const texts: string[] = [
    ...[...fakes.fakes.facebook.posts.values()].map((p) => JSON.stringify(p)),
    ...[...fakes.fakes.instagram.media.values()].map((p) => JSON.stringify(p)),
    ...[...fakes.fakes.x.tweets.values()].map((p) => p.text),
    ...[...fakes.fakes.youtube.videos.values()].map((p) => JSON.stringify(p)),
    ...[...fakes.fakes.tiktok.publishes.values()].filter((p) => p.received >= p.size).map((p) => p.title),
  ];
  const counts = new Map<number, number>();
  for (const t of texts) {
    const n = /nomor (\d+) dari|Video kegiatan (\d+)/.exec(t);
    if (n) counts.set(Number(n[1] ?? n[2]), (counts.get(Number(n[1] ?? n[2])) ?? 0) + 1);
  }
  const duplicates = [...counts.values()].filter((c) => c > 1).length;
  const lost = rows.length - counts.size;
  // Two rows claiming one platform post would also be a lost post.
  const [shared] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sql`(select platform, external_id from sosial_kiriman where external_id is not null group by 1, 2 having count(*) > 1) s`);
  const missing = rows.map((_, i) => i).filter((i) => !counts.has(i));
  for (const i of missing.slice(0, 5)) {
    const r = await db.execute(sql`select platform, status, external_id, langkah from sosial_kiriman where varian->>'teks' like ${`%nomor ${i} dari%`}`);
    console.error('missing', i, JSON.stringify((r as unknown as { rows: unknown[] }).rows ?? r).slice(0, 3000));
  }
  // A row that stopped (gagal) says why.
  const stopped = await db.execute(sql`select platform, error, langkah from sosial_kiriman where status = 'gagal' limit 5`);
  for (const r of ((stopped as unknown as { rows: unknown[] }).rows ?? stopped) as unknown[]) console.error('gagal', JSON.stringify(r).slice(0, 4000));
  const states = await db.execute(
    sql`select status, count(*)::int as n, count(*) filter (where langkah::text like '%reconcile%')::int as reconciled from sosial_kiriman group by status`,
  );
  // A call left out by the killed process: when it was sent, when it was taken over, when it was published.
  const leftOut = await db.execute(sql`select
      extract(epoch from (select (l->>'at')::timestamptz from jsonb_array_elements(langkah) l where l->>'status' = 'tidak_terjawab' limit 1)
        - (select (l->>'at')::timestamptz from jsonb_array_elements(langkah) l where l->>'status' = 'dikirim' limit 1))::float as taken_after_send_s,
      extract(epoch from terbit_at - (select (l->>'at')::timestamptz from jsonb_array_elements(langkah) l where l->>'status' = 'dikirim' limit 1))::float as published_after_send_s
    from sosial_kiriman where langkah::text like '%tidak_terjawab%'`);
  for (const w of workers) if (w.exitCode === null) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => (w.exitCode === null && w.signalCode === null ? new Promise((r) => w.once('exit', r)) : null)));
  await jobs.stop();
  await database.close();
  await fakes.stop();
  const dropper = new pg.Client({ connectionString: base });
  await dropper.connect();
  await dropper.query(`drop database if exists ${name} with (force)`);
  await dropper.end();
  return {
    ...run,
    posts: rows.length,
    allPublishedMs: allAt,
    publishedAt60s: at60s ?? published,
    published,
    killedAtMs: killedAt,
    killedRowsAtKill,
    killedRowsTakenMs,
    leftOutCalls: (leftOut as unknown as { rows: unknown[] }).rows ?? leftOut,
    duplicates,
    lost,
    sharedExternalIds: shared!.n,
    rows: (states as unknown as { rows: unknown[] }).rows ?? states,
  };
}

const results = [];
const runs = [
  { label: 'two processes', killed: false },
  { label: 'two processes, one killed with kill -9 at 30 %', killed: true },
];
for (const run of process.argv[3] === 'kill' ? runs.slice(1) : runs) {
  const r = await one(run);
  console.log(JSON.stringify(r));
  results.push(r);
}
const stamp = new Date().toISOString();
writeResults(`sosial-terbit-${stamp.slice(0, 19).replace(/:/g, '')}.json`, { stamp, cpus: cpus().length, load: loadavg(), results });
process.exit(0);
