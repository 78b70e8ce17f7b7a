import type { Queryable } from '../../db/types.ts';
import { findPeople } from '../org/find-people.ts';
import { listTeam } from '../org/list-team.ts';
import type { TeamRole } from '../org/roles.ts';

export type Officer = { personId: string; role: TeamRole; name: string; nip: string | null; email: string | null };

export const ppidRoles: readonly TeamRole[] = ['ppid_utama', 'ppid_pelaksana'];

/** A unit's PPID officers and its Atasan PPID, with their e-mail addresses, by name. */
export async function unitOfficers(db: Queryable, tenantId: string, unitId: string): Promise<Officer[]> {
  const team = await listTeam(db, unitId);
  const wanted = team.filter((m) => ppidRoles.includes(m.role as TeamRole) || m.role === 'atasan_ppid');
  if (wanted.length === 0) return [];
  // The team list leaves e-mail out; the unit's people carry it.
  const people = await findPeople(db, { tenantId, unitId, limit: 1000 });
  const emailOf = new Map(people.map((p) => [p.id, p.email]));
  return wanted.map((m) => ({
    personId: m.personId,
    role: m.role as TeamRole,
    name: m.person.name,
    nip: m.person.nip,
    email: emailOf.get(m.personId) ?? null,
  }));
}

/**
 * Who signs the notice: the acting officer when they hold a PPID role in the unit (they made the
 * decision), else the unit's PPID Utama, else its PPID Pelaksana; null leaves a line to sign on.
 */
export function signingOfficer(officers: Officer[], actingPersonId: string | null): Officer | null {
  const ppid = officers.filter((o) => ppidRoles.includes(o.role));
  return ppid.find((o) => o.personId === actingPersonId) ?? ppid.find((o) => o.role === 'ppid_utama') ?? ppid.find((o) => o.role === 'ppid_pelaksana') ?? null;
}
