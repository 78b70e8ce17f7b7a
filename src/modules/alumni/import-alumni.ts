import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { Unit } from '../org/find-units.ts';
import { normaliseName } from '../org/plan-team-import.ts';
import { readTeamTable } from '../org/read-team-table.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { type AlumniInput, alumniBody } from './fields.ts';
import { type AlumniFileRow, parseAlumniRows } from './parse-alumni-rows.ts';
import { alumni } from './schema.ts';

export type AlumniImportRow = {
  row: number;
  nama: string;
  program: string;
  tahun: string;
  angkatan: string;
  instansi: string;
  /** Already on the list (same person, programme, year and batch): skipped, not doubled. */
  existing: boolean;
  errors: Array<{ field: string; message: string }>;
};
export type AlumniImportResult = { ok: boolean; dryRun: boolean; rows: AlumniImportRow[]; created?: number };

type Planned = AlumniImportRow & { input: AlumniInput | null };

const keyOf = (i: Pick<AlumniInput, 'program' | 'tahun' | 'angkatan' | 'nama' | 'nip'>) =>
  `${normaliseName(i.program)}|${i.tahun}|${normaliseName(i.angkatan)}|${i.nip ?? normaliseName(i.nama)}`;

// Each row goes through the same schema as the admin form, so a file can hold nothing the form refuses.
function checkRow(r: AlumniFileRow, lang: Lang): Planned {
  const tahun = /^\d{4}$/.test(r.tahun) ? Number(r.tahun) : Number.NaN;
  const parsed = alumniBody.safeParse({ ...r, tahun });
  const errors = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? 'row'),
        message: issue.message.startsWith('msg:') ? t(lang, issue.message.slice(4) as MessageKey) : issue.message,
      }));
  const { row, nama, program, angkatan, instansi } = r;
  return { row, nama, program, tahun: r.tahun, angkatan, instansi, existing: false, errors, input: parsed.success ? parsed.data : null };
}

/**
 * Imports a participant list (CSV or XLSX, read by content like the team import) into one unit.
 * Every row is checked first; if any row is wrong, or on a dry run (the preview), nothing is
 * written. Otherwise all new rows go in one transaction with one audit row, and rows already on
 * the list are reported and skipped, so importing the same file twice changes nothing.
 */
export async function importAlumni(
  services: Services,
  user: SessionUser,
  unit: Unit,
  input: { file: Uint8Array; dryRun: boolean; defaults: { program: string; angkatan: string; tahun: string }; lang: Lang },
): Promise<AlumniImportResult> {
  const rows = parseAlumniRows(await readTeamTable(input.file), input.defaults);
  return inTransaction(services.db, async (tx) => {
    const held = await tx.select().from(alumni).where(eq(alumni.unitId, unit.id));
    const heldKeys = new Set(held.map(keyOf));
    const firstRow = new Map<string, number>();
    const planned = rows.map((r) => {
      const p = checkRow(r, input.lang);
      if (!p.input) return p;
      const key = keyOf(p.input);
      const first = firstRow.get(key);
      if (first !== undefined) p.errors.push({ field: 'row', message: t(input.lang, 'alumni.import.duplicate', { row: first }) });
      else firstRow.set(key, r.row);
      p.existing = heldKeys.has(key);
      return p;
    });
    const ok = planned.length > 0 && planned.every((p) => p.errors.length === 0);
    const shown = planned.map(({ input: _, ...rest }) => rest);
    if (!ok || input.dryRun) return { ok, dryRun: input.dryRun, rows: shown };
    const fresh = planned.filter((p) => !p.existing).map((p) => ({ tenantId: unit.tenantId, unitId: unit.id, ...p.input! }));
    if (fresh.length > 0) await tx.insert(alumni).values(fresh);
    await recordAudit(tx, actorOf(user), {
      action: 'alumni_import.applied',
      entity: 'alumni_import',
      entityId: unit.id,
      tenantId: unit.tenantId,
      after: { rows: planned.length, created: fresh.length },
    });
    await markSiteChanged(tx, { tenantId: unit.tenantId, unitId: unit.id, reason: 'alumni' });
    return { ok, dryRun: false, rows: shown, created: fresh.length };
  });
}
