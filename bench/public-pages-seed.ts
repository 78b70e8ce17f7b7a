// The public-pages bench's data: one unit with 1,000 fictional DIP items, 50 DIK entries, 1,000
// requests and 200 live news items, in the database a target names (Warta's own PostgreSQL server,
// PGlite, or a database of its own on the PostgreSQL server at BENCH_PG_URL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { boot } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/lib/log.ts';
import { informasi } from '../src/modules/informasi/schema.ts';
import { bidang } from '../src/modules/org/schema.ts';
import { permohonan } from '../src/modules/permohonan/schema.ts';
import type { Status } from '../src/modules/permohonan/terms.ts';
import { seedFixture } from '../src/test/fixtures.ts';
import { benchDatabase } from './pg-database.ts';
import { insertLiveNews } from './seed-news.ts';
import { fictionalRequest } from './seed-requests.ts';

export const ITEMS = 1_000;
export const DIK = 50;
export const REQUESTS = 1_000;
const NEWS = 200;
export const SECRET = 'bench-secret-key-bench-secret-key-0123456789';
const PG_DB = 'warta_bench_public_pages';

const words = ['anggaran', 'desa', 'laporan', 'kinerja', 'pengadaan', 'jalan', 'kesehatan', 'pendidikan', 'aset', 'program'];
const klasifikasiCycle = ['berkala', 'serta_merta', 'setiap_saat', 'setiap_saat', 'berkala'] as const;
const statusCycle: Status[] = [
  'dikabulkan_seluruhnya',
  'dikabulkan_sebagian',
  'ditolak',
  'diproses',
  'terdaftar',
  'ditarik',
  'diteruskan',
  'dikabulkan_seluruhnya',
];

/** 1,000 fictional DIP items and 50 DIK entries of one unit. */
export function informasiRows(tenantId: string, unitId: string) {
  const dip = Array.from({ length: ITEMS }, (_, i) => ({
    tenantId,
    unitId,
    klasifikasi: klasifikasiCycle[i % klasifikasiCycle.length] as string,
    judul: `${words[i % 10]} ${words[(i * 3) % 10]} ${2020 + (i % 7)} nomor ${i + 1}`,
    ringkasan: `Ringkasan fiktif ${words[(i * 7) % 10]} untuk uji beban halaman publik, butir ${i + 1}.`,
    penguasaInformasi: 'Sekretariat Dinas Uji A',
    bentuk: 'softcopy',
    tautan: [{ judul: 'Unduh (PDF)', url: `https://data.uji.test/${i}.pdf` }],
    tanggalTerbit: `2026-${String((i % 11) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    pembaruanBerikutnya: i % 5 === 0 ? '2026-06-30' : null,
  }));
  const dik = Array.from({ length: DIK }, (_, i) => ({
    tenantId,
    unitId,
    klasifikasi: 'dikecualikan',
    judul: `Berkas dikecualikan fiktif ${i + 1}`,
    ringkasan: 'Isi yang tidak pernah tampil.',
    penguasaInformasi: 'Sekretariat Dinas Uji A',
    bentuk: 'hardcopy',
    pasal17Huruf: 'a',
    dasarHukum: 'UU 14/2008 Pasal 17 huruf a',
    ujiKonsekuensi: 'Membuka berkas dapat menghambat proses penegakan hukum yang sedang berjalan.',
    masaPengecualian: 'selama proses penyidikan',
    pengecualianBerakhir: '2028-12-31',
    penetapanNomor: `${i + 1}/PPID-A/2026`,
    penetapanTanggal: '2026-02-02',
  }));
  return [...dip, ...dik];
}

/** 1,000 fictional requests of 2026, Q1–Q3, every channel, requester type and status. */
export function requestRows(tenantId: string, unitId: string) {
  return Array.from({ length: REQUESTS }, (_, i) => {
    const status = statusCycle[i % statusCycle.length] as Status;
    const received = new Date(Date.UTC(2026, 0, 5, 2) + (i % 260) * 86_400_000 + (i % 300) * 60_000);
    const decided = status === 'diproses' || status === 'terdaftar' ? null : new Date(received.getTime() + ((i % 12) + 1) * 86_400_000);
    const decision = decided ? (status === 'ditolak' ? { kind: 'ditolak' as const, dasar: 'tidak_dikuasai' } : { kind: status }) : null;
    return fictionalRequest(i, { tenantId, unitId, status, receivedAt: received, decidedAt: decided, decision: decision as never });
  });
}

export type Target = { driver: 'embedded' | 'pglite' | 'postgres'; env: Record<string, string>; cleanup(): Promise<void> };

/** Warta's own PostgreSQL server in a fresh data folder: what `npm start` runs. */
export async function embedded(): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-pages-'));
  return { driver: 'embedded', env: { WARTA_DATA_DIR: dataDir, WARTA_DB: 'postgres' }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** PGlite in the Warta process, in a fresh data folder. */
export async function pglite(): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-pages-'));
  return { driver: 'pglite', env: { WARTA_DATA_DIR: dataDir, WARTA_DB: 'pglite' }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** A database of its own on the PostgreSQL server, dropped afterwards; null when none answers. */
export async function postgres(): Promise<Target | null> {
  const database = await benchDatabase(PG_DB);
  if (!database) return null;
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-pages-pg-'));
  return {
    driver: 'postgres',
    env: { DATABASE_URL: database.url, WARTA_SECRET_KEY: SECRET, WARTA_DATA_DIR: dataDir },
    async cleanup() {
      rmSync(dataDir, { recursive: true, force: true });
      await database.drop();
    },
  };
}

/** Migrates and fills the target in this process, then closes it so the server can open it. */
export async function seed(target: Target): Promise<void> {
  const config = loadConfig({ ...target.env, WARTA_DEMO: '0', WARTA_LOG_LEVEL: 'silent' });
  const running = await boot(config, { secretKey: SECRET, log: createLogger('silent') });
  try {
    const db = running.services.db;
    const f = await seedFixture(running.services);
    const info = informasiRows(f.tenant.id, f.unitA.id);
    for (let k = 0; k < info.length; k += 250) await db.insert(informasi).values(info.slice(k, k + 250));
    const reqs = requestRows(f.tenant.id, f.unitA.id);
    for (let k = 0; k < reqs.length; k += 250) await db.insert(permohonan).values(reqs.slice(k, k + 250));
    const [umum] = await db.select().from(bidang).where(sql`${bidang.unitId} = ${f.unitA.id} and ${bidang.slug} = 'umum'`);
    await insertLiveNews(db, { tenantId: f.tenant.id, unitId: f.unitA.id, bidangId: umum!.id, createdBy: f.writerA.id, count: NEWS });
    // A database given 2,000 rows at once gets its statistics from autovacuum within a minute; the
    // load starts sooner, so analyze now, or the planner guesses (e.g. the search computes every
    // item's tsvector instead of using the full-text index: 12 ms against 3 ms a query).
    await db.execute(sql`analyze`);
  } finally {
    await running.stop();
  }
}
