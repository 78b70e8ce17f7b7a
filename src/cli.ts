import { loadConfig } from './config.ts';
import { EngineMismatchError } from './db/embedded-engine.ts';
import { DataDirLockedError } from './db/lock.ts';
import { SecretBox } from './lib/crypto.ts';
import { anchorFileOf, readAnchorFile, recordAuditAnchor } from './modules/audit/anchor.ts';
import { auditKeyOf, installAuditKey } from './modules/audit/audit-key.ts';
import { type ChainFault, type ChainReport, verifyAuditChain } from './modules/audit/verify-audit-chain.ts';
import { NoDataDirError, type OpsDatabase, openForOps } from './ops/open-for-ops.ts';
import { RestoreRefusedError, restoreBackup } from './ops/restore-backup.ts';
import { SetupRefusedError, setupInstallation } from './ops/setup-installation.ts';
import { BackupRefusedError, writeBackup } from './ops/write-backup.ts';
import { resolveSecretKey } from './secret-key.ts';

const help = `Pemakaian / usage: npm run warta -- <perintah/command> [argumen]

  backup <berkas.jsonl.gz>   Cadangkan semua tabel Warta (JSON lines, gzip). Pada basis data bawaan hentikan server dulu.
                             Back up every Warta table (gzipped JSON lines). On the embedded database stop the server first.
  restore <berkas.jsonl.gz>  Pulihkan cadangan ke basis data baru yang kosong, lalu periksa rantai audit.
                             Restore a backup into a new, empty database, then verify the audit chain.
  audit-verify               Hitung ulang rantai HMAC log audit dan cocokkan dengan kepala rantai yang tercatat
                             (tabel audit_anchors dan berkas audit-anchor.json); kode keluar 1 bila rusak atau terpotong.
                             Recompute the audit log's HMAC chain against its recorded heads (the audit_anchors
                             table and the audit-anchor.json file); exit code 1 when broken or truncated.
  migrate                    Jalankan migrasi basis data lalu keluar.
                             Apply database migrations and exit.
  setup --name … --slug … --kind … --time-zone … --admin-email … --admin-name … [--domain …]
                             Buat instansi dan admin pertamanya (tanpa data demo); mencetak tautan undangan.
                             Create the agency and its first administrator (no demo); prints an invitation link.

Basis data / database: Warta's own PostgreSQL in WARTA_DATA_DIR (default ./data; WARTA_DB=pglite for PGlite),
or an external PostgreSQL when DATABASE_URL=postgres://… is set.
Memindahkan ke PostgreSQL lain / moving to another PostgreSQL:
  npm run warta -- backup warta.jsonl.gz
  DATABASE_URL=postgres://… npm run warta -- restore warta.jsonl.gz
`;

const say = (line: string) => process.stdout.write(`${line}\n`);

async function withDatabase<T>(opts: { migrate: boolean; mustExist: boolean }, work: (ops: OpsDatabase) => Promise<T>): Promise<T> {
  const ops = await openForOps(loadConfig(), opts);
  try {
    return await work(ops);
  } finally {
    await ops.close();
  }
}

const commands: Record<string, (args: string[]) => Promise<number>> = {
  async backup([file]) {
    if (!file) return usage();
    const result = await withDatabase({ migrate: false, mustExist: true }, ({ database }) => writeBackup(database, file));
    const rows = result.header.tables.reduce((sum, t) => sum + t.rows, 0);
    say(`Cadangan selesai / backup written: ${result.file} (${result.bytes} bytes, ${rows} rows, ${result.header.tables.length} tables)`);
    for (const t of result.header.tables) say(`  ${t.name.padEnd(28)} ${t.rows}`);
    return 0;
  },

  async restore([file]) {
    if (!file) return usage();
    const config = loadConfig();
    const result = await withDatabase({ migrate: true, mustExist: false }, async ({ database }) => {
      const key = auditKeyOf(new SecretBox(resolveSecretKey(config)));
      const restored = await restoreBackup(database, file, key);
      // The restored chain is the installation's new start: its head is recorded, the file replaced.
      if (restored.audit.ok) await recordAuditAnchor(database.db, key, anchorFileOf(config.dataDir), { replaceFile: true });
      return restored;
    });
    say(`Pemulihan selesai / restored: ${result.rows} rows from ${file} (Warta ${result.header.wartaVersion}, ${result.header.createdAt})`);
    return reportChain(result.audit);
  },

  async 'audit-verify'() {
    const config = loadConfig();
    const report = await withDatabase({ migrate: false, mustExist: true }, ({ database }) =>
      verifyAuditChain(database.db, auditKeyOf(new SecretBox(resolveSecretKey(config))), { fileAnchor: readAnchorFile(anchorFileOf(config.dataDir)) }),
    );
    return reportChain(report);
  },

  async setup(args) {
    const config = loadConfig();
    installAuditKey(new SecretBox(resolveSecretKey(config)));
    const result = await withDatabase({ migrate: true, mustExist: false }, ({ database }) => setupInstallation(database.db, config, args));
    say(`Instansi dibuat / agency created: ${result.tenant}`);
    say('Berikan tautan ini kepada admin pertama (berlaku 7 hari) / give this link to the first administrator (valid 7 days):');
    say(`  ${result.link}`);
    return 0;
  },

  async migrate() {
    await withDatabase({ migrate: true, mustExist: false }, async () => {});
    say('Migrasi selesai / migrations applied.');
    return 0;
  },
};

const faultText: Record<ChainFault, string> = {
  hash: 'isi baris diubah atau rantai dibangun ulang tanpa kunci / row changed, or chain rebuilt without the key',
  link: 'tautan putus / link broken',
  anchor: 'tidak cocok dengan kepala rantai yang tercatat / does not match a recorded head',
  truncated: 'log terpotong: baris yang tercatat sudah tidak ada / log truncated: a recorded row is gone',
  anchor_forged: 'kepala rantai tercatat dipalsukan / a recorded head is forged',
};

function reportChain(report: ChainReport): number {
  if (report.ok) {
    say(`Rantai audit utuh / audit chain intact: ${report.rows} rows, ${report.anchors} recorded heads.`);
    return 0;
  }
  const expected = report.anchorRows === undefined ? '' : ` (recorded head: ${report.anchorRows} rows)`;
  say(`RANTAI AUDIT RUSAK / AUDIT CHAIN BROKEN at row id ${report.brokenAt} (${faultText[report.reason]}), after ${report.rows} rows${expected}.`);
  return 1;
}

function usage(): number {
  process.stderr.write(help);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(help);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Perintah tidak dikenal / unknown command: ${name}\n\n`);
    return usage();
  }
  try {
    return await command(args);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      process.stderr.write(`\n${err.message}\nHentikan server Warta dulu, lalu ulangi. / Stop the Warta server first, then try again.\n`);
      return 2;
    }
    if (
      err instanceof EngineMismatchError ||
      err instanceof RestoreRefusedError ||
      err instanceof BackupRefusedError ||
      err instanceof NoDataDirError ||
      err instanceof SetupRefusedError
    ) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
