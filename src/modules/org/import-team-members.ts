import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { type Lang, t } from '../../i18n/catalogue.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { insertTeamMember } from './add-team-member.ts';
import { insertPerson } from './create-person.ts';
import { decreeInTenant } from './load-in-tenant.ts';
import { parseTeamRows } from './parse-team-rows.ts';
import { type PlannedRow, planTeamImport } from './plan-team-import.ts';
import { readTeamTable } from './read-team-table.ts';
import type { TeamRole } from './roles.ts';

export type ImportRow = {
  row: number;
  name: string;
  nip: string | null;
  position: string | null;
  unit: string | null;
  role: string;
  person: 'new' | 'existing';
  member: 'new' | 'existing';
  errors: Array<{ field: string; message: string }>;
};
export type ImportResult = { ok: boolean; dryRun: boolean; rows: ImportRow[]; created?: { people: number; members: number } };

const present =
  (lang: Lang) =>
  (r: PlannedRow): ImportRow => ({
    row: r.row,
    name: r.name,
    nip: r.nip,
    position: r.position,
    unit: r.unit,
    role: r.role,
    person: r.person,
    member: r.member,
    errors: r.problems.map((p) => ({ field: p.field, message: t(lang, p.key, p.params) })),
  });

/**
 * Imports a team list (CSV or XLSX laid out like Lampiran II of a team decree). Every row is
 * checked first; if any row is wrong, or on a dry run, nothing is written. Otherwise all new
 * people and memberships are written in one transaction, each with its audit row.
 */
export async function importTeamMembers(
  services: Services,
  user: SessionUser,
  input: { file: Uint8Array; dryRun: boolean; decreeId?: string | null; lang: Lang },
): Promise<ImportResult> {
  const rows = parseTeamRows(await readTeamTable(input.file));
  return inTransaction(services.db, async (tx) => {
    if (input.decreeId) await decreeInTenant(tx, user.tenantId, input.decreeId, 'decreeId');
    const planned = await planTeamImport(tx, user.tenantId, rows);
    const ok = planned.length > 0 && planned.every((r) => r.problems.length === 0);
    const shown = planned.map(present(input.lang));
    if (!ok || input.dryRun) return { ok, dryRun: input.dryRun, rows: shown };

    const actor = actorOf(user);
    const personIds = new Map<string, string>();
    let newPeople = 0;
    let newMembers = 0;
    for (const r of planned) {
      let personId = r.personId ?? personIds.get(r.personKey);
      if (!personId) {
        personId = (await insertPerson(tx, actor, user.tenantId, { name: r.name, nip: r.nip, position: r.position })).id;
        personIds.set(r.personKey, personId);
        newPeople++;
      }
      if (r.member === 'existing') continue;
      await insertTeamMember(tx, actor, { unitId: r.unitId!, personId, role: r.role as TeamRole, decreeId: input.decreeId ?? null });
      newMembers++;
    }
    const created = { people: newPeople, members: newMembers };
    await recordAudit(tx, actor, {
      action: 'team_import.applied',
      entity: 'team_import',
      entityId: input.decreeId ?? null,
      after: { rows: planned.length, ...created },
    });
    return { ok, dryRun: false, rows: shown, created };
  });
}
