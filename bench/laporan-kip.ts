// Benchmark of the quarterly KIP report over 10,000 requests of one unit: compiling the numbers,
// the Word document (charts rendered to PNG by Chromium), the PDF, and the register as CSV and
// XLSX. In-process on a fresh PGlite folder, so it measures the report, not HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boot } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { chromiumAvailable } from '../src/lib/chromium.ts';
import { createLogger } from '../src/lib/log.ts';
import { compileReport } from '../src/modules/laporan-kip/compile-report.ts';
import { exportRegister } from '../src/modules/laporan-kip/export-register.ts';
import { renderReportFile } from '../src/modules/laporan-kip/report-files.ts';
import { getTenant } from '../src/modules/org/get-tenant.ts';
import { permohonan } from '../src/modules/permohonan/schema.ts';
import { refusalGrounds, type Status } from '../src/modules/permohonan/terms.ts';
import { seedFixture } from '../src/test/fixtures.ts';
import { machineNote } from './machine.ts';
import { median } from './measure.ts';
import { writeReadmeSection } from './readme.ts';
import { fictionalRequest } from './seed-requests.ts';

export const REQUESTS = 10_000;
const RUNS = 3;

const statusCycle: Status[] = [
  'dikabulkan_seluruhnya',
  'dikabulkan_sebagian',
  'ditolak',
  'dikabulkan_seluruhnya',
  'diproses',
  'terdaftar',
  'ditarik',
  'diteruskan',
];

/** 10,000 fictional requests spread over Triwulan I 2026 (every channel, type, status, ground, 300 information texts). */
function requestRows(tenantId: string, unitId: string) {
  return Array.from({ length: REQUESTS }, (_, i) => {
    const status = statusCycle[i % statusCycle.length] as Status;
    const received = new Date(Date.UTC(2026, 0, 1, 2) + (i % 88) * 86_400_000 - 8 * 3_600_000 + (i % 600) * 60_000);
    const decided = status === 'diproses' || status === 'terdaftar' ? null : new Date(received.getTime() + ((i % 25) + 1) * 86_400_000);
    const decision =
      status === 'ditolak'
        ? { kind: 'ditolak' as const, dasar: refusalGrounds[i % refusalGrounds.length] as (typeof refusalGrounds)[number] }
        : status === 'dikabulkan_sebagian'
          ? { kind: 'dikabulkan_sebagian' as const, bagian: [{ bagian: 'Lampiran', alasan: 'Pasal 17 huruf h' }] }
          : status === 'diteruskan'
            ? { kind: 'diteruskan' as const, tujuan: 'Badan lain (fiktif)' }
            : decided
              ? { kind: status as 'dikabulkan_seluruhnya' | 'ditarik' }
              : null;
    // The report's register export lists the requesters' e-mail addresses.
    return { ...fictionalRequest(i, { tenantId, unitId, status, receivedAt: received, decidedAt: decided, decision }), requesterEmail: `p${i}@contoh.test` };
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: Math.round(performance.now() - started), result };
}

/** Runs the report benchmark; returns medians of RUNS runs in milliseconds and file sizes. */
export async function benchLaporanKip() {
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-kip-'));
  const config = loadConfig({ WARTA_DATA_DIR: dataDir, WARTA_DEMO: '0', WARTA_LOG_LEVEL: 'silent', PUBLIC_URL: 'http://warta.bench' });
  const running = await boot(config, { secretKey: 'bench-secret-key-bench-secret-key-0123456789', log: createLogger('silent') });
  try {
    const services = running.services;
    const f = await seedFixture(services);
    const rows = requestRows(f.tenant.id, f.unitA.id);
    for (let k = 0; k < rows.length; k += 1000) await services.db.insert(permohonan).values(rows.slice(k, k + 1000));
    const tenant = await getTenant(services.db, f.tenant.id);
    const ctx = {
      tenant,
      unit: f.unitA,
      period: { jenis: 'triwulan' as const, dari: '2026-01-01', sampai: '2026-03-31' },
      asOf: { dasar: 'akhir-periode' as const, tanggal: '2026-03-31' },
    };
    const user = { ...f.admin, totpEnabled: false, mustEnable2fa: false };
    const measure = async (name: string, work: () => Promise<Buffer | unknown>) => {
      const runs: number[] = [];
      let bytes = 0;
      for (let r = 0; r < RUNS; r++) {
        const { ms, result } = await timed(work);
        runs.push(ms);
        bytes = Buffer.isBuffer(result) ? result.length : 0;
      }
      return { name, medianMs: median(runs), runsMs: runs, bytes };
    };
    const compiled = await compileReport(services.db, ctx, 'id');
    if (compiled.report.perSaluran.jumlah.jumlah !== REQUESTS) throw new Error(`report counted ${compiled.report.perSaluran.jumlah.jumlah} requests`);
    const results = [
      await measure('compile (JSON numbers)', () => compileReport(services.db, ctx, 'id')),
      await measure('DOCX incl. compile, 21 charts as PNG', async () =>
        renderReportFile((await compileReport(services.db, ctx, 'id')).report, 'docx', 'id').then((x) => x.body),
      ),
      ...(chromiumAvailable()
        ? [
            await measure('PDF incl. compile', async () =>
              renderReportFile((await compileReport(services.db, ctx, 'id')).report, 'pdf', 'id').then((x) => x.body),
            ),
          ]
        : []),
      await measure('register CSV', () => exportRegister(services, user, ctx, 'csv', false, 'id').then((x) => x.body)),
      await measure('register XLSX', () => exportRegister(services, user, ctx, 'xlsx', false, 'id').then((x) => x.body)),
    ];
    return { requests: REQUESTS, runs: RUNS, chromium: chromiumAvailable(), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), results };
  } finally {
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type KipBench = Awaited<ReturnType<typeof benchLaporanKip>>;

/** Rewrites the report section of bench/README.md with these results. */
export function writeKipReadme(r: KipBench, machine: string): void {
  const rows = [
    `Recorded ${new Date().toISOString().slice(0, 10)} on ${machine}; ${r.requests.toLocaleString('en')} requests in one quarter, median of ${r.runs} runs; peak RSS of the bench process ${r.peakRssMb} MB.`,
    '',
    '| step | median | runs | file |',
    '|---|---|---|---|',
    ...r.results.map((x) => `| ${x.name} | ${x.medianMs} ms | ${x.runsMs.join(' / ')} ms | ${x.bytes ? `${(x.bytes / 1024).toFixed(0)} KB` : '-'} |`),
  ].join('\n');
  writeReadmeSection('laporan-kip', rows);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  const machine = machineNote();
  const r = await benchLaporanKip();
  writeKipReadme(r, machine);
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  process.exit(0);
}
