import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { nipMessageKey, parseNip } from '../../lib/nip.ts';
import type { TeamRow } from './parse-team-rows.ts';
import { type TeamRole, teamRoleLabels, teamRoles } from './roles.ts';
import { people, teamMembers, units } from './schema.ts';

export type RowProblem = { field: 'name' | 'nip' | 'unit' | 'role' | 'row'; key: MessageKey; params?: Record<string, string | number> };

/** A team row matched against the tenant: which unit, which role, a new or an existing person. */
export type PlannedRow = Omit<TeamRow, 'role'> & {
  role: TeamRole | string;
  unitId: string | null;
  person: 'new' | 'existing';
  personId: string | null;
  /** Rows for people not yet in the database share one key per person, so each is created once. */
  personKey: string;
  member: 'new' | 'existing';
  problems: RowProblem[];
};

/** Names compared the way people retype them: case, spaces and punctuation do not count. */
export const normaliseName = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// A role may be written as its value ("admin_medsos") or any part of its Indonesian or English label.
const roleByText = new Map<string, TeamRole>();
for (const role of teamRoles) {
  const { id, en } = teamRoleLabels[role];
  for (const text of [role, id, en, ...id.split('/'), ...en.split('/')]) roleByText.set(normaliseName(text), role);
}

function group<T>(items: T[], key: (t: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
}

/** Matches every row against the tenant's units and people and lists each row's problems; writes nothing. */
export async function planTeamImport(db: Queryable, tenantId: string, rows: TeamRow[]): Promise<PlannedRow[]> {
  const tenantUnits = await db
    .select()
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.active, true)));
  const unitsByName = group(tenantUnits, (u) => normaliseName(u.name));
  const unitsBySlug = new Map(tenantUnits.map((u) => [u.slug, u]));
  const tenantPeople = await db.select().from(people).where(eq(people.tenantId, tenantId));
  const peopleByNip = new Map(tenantPeople.filter((p) => p.nip).map((p) => [p.nip!, p]));
  const peopleByName = group(tenantPeople, (p) => normaliseName(p.name));

  const firstRowOf = new Map<string, { row: number; name: string }>();
  const newNameByNip = new Map<string, string>();
  const planned = rows.map((r): PlannedRow => {
    const problems: RowProblem[] = [];
    if (!r.name) problems.push({ field: 'name', key: 'org.import.name_missing' });
    let nip: string | null = null;
    if (r.nip) {
      const parsed = parseNip(r.nip);
      if (parsed.ok) nip = parsed.nip;
      else problems.push({ field: 'nip', key: nipMessageKey(parsed.problem) });
    }
    const unitMatches = r.unit ? (unitsByName.get(normaliseName(r.unit)) ?? [unitsBySlug.get(r.unit.trim().toLowerCase())].filter((u) => u !== undefined)) : [];
    const unit = unitMatches.length === 1 ? unitMatches[0]! : null;
    if (!r.unit) problems.push({ field: 'unit', key: 'org.import.unit_missing' });
    else if (!unit) problems.push({ field: 'unit', key: 'org.import.unit_unknown', params: { unit: r.unit } });
    const role = r.role ? roleByText.get(normaliseName(r.role)) : 'anggota';
    if (!role) problems.push({ field: 'role', key: 'org.import.role_unknown', params: { role: r.role ?? '' } });

    const name = normaliseName(r.name);
    let existing = nip ? peopleByNip.get(nip) : undefined;
    if (!existing) {
      // Someone with a different NIP is someone else, however alike the names are.
      const byName = (peopleByName.get(name) ?? []).filter((p) => !nip || !p.nip || p.nip === nip);
      if (byName.length > 1) problems.push({ field: 'name', key: 'org.import.name_ambiguous' });
      else existing = byName[0];
    }
    if (!existing && nip) {
      const other = newNameByNip.get(nip);
      if (other !== undefined && normaliseName(other) !== name) problems.push({ field: 'nip', key: 'org.import.nip_other_name', params: { name: other } });
      else newNameByNip.set(nip, r.name);
    }
    const personKey = existing ? `id:${existing.id}` : nip ? `nip:${nip}` : `name:${name}`;
    const memberKey = `${personKey}|${unit?.id}|${role}`;
    const first = firstRowOf.get(memberKey);
    if (first && problems.length === 0) problems.push({ field: 'row', key: 'org.import.duplicate', params: { row: first.row } });
    else if (!first) firstRowOf.set(memberKey, { row: r.row, name: r.name });
    return {
      ...r,
      nip,
      role: role ?? r.role ?? '',
      unitId: unit?.id ?? null,
      person: existing ? 'existing' : 'new',
      personId: existing?.id ?? null,
      personKey,
      member: 'new',
      problems,
    };
  });
  return markExistingMembers(db, planned);
}

// Re-importing the same list is harmless: memberships already held are reported, not duplicated.
async function markExistingMembers(db: Queryable, rows: PlannedRow[]): Promise<PlannedRow[]> {
  const personIds = [...new Set(rows.map((r) => r.personId).filter((id) => id !== null))];
  if (personIds.length === 0) return rows;
  const held = await db.select().from(teamMembers).where(inArray(teamMembers.personId, personIds));
  const keys = new Set(held.map((m) => `${m.personId}|${m.unitId}|${m.role}`));
  return rows.map((r) => (keys.has(`${r.personId}|${r.unitId}|${r.role}`) ? { ...r, member: 'existing' } : r));
}
