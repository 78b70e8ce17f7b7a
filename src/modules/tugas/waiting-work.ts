import type { Queryable } from '../../db/types.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { calendarStatus } from '../hari-kerja/calendar-status.ts';
import { loadCalendar } from '../hari-kerja/load-calendar.ts';
import { localDateOf, yearOf } from '../hari-kerja/local-date.ts';
import { countWaitingKeberatan, type WaitingObjections } from '../keberatan/count-waiting.ts';
import { type WaitingKonten, waitingKonten } from '../konten/waiting-konten.ts';
import { type UpcomingLiputan, upcomingLiputan } from '../liputan/count-upcoming.ts';
import type { OrgActor } from '../org/actor.ts';
import { listUnits } from '../org/find-units.ts';
import type { TeamRole } from '../org/roles.ts';
import { dueSoonHorizon } from '../pemberitahuan/reminder-day.ts';
import { countWaitingPermohonan, type WaitingRequests } from '../permohonan/count-waiting.ts';

/** The roles whose work the home counts: the unit's PPID processes, the Atasan PPID decides objections. */
const officerRoles: readonly TeamRole[] = ['ppid_utama', 'ppid_pelaksana'];
const superiorRole: TeamRole = 'atasan_ppid';

/**
 * One unit's waiting work for this person. A block is null when it is not theirs: requests are the
 * PPID's; objections to take up are the PPID's, objections to decide the Atasan PPID's. Admins see
 * every block (the policy lets them act on all of it).
 */
export type UnitWork = {
  unitId: string;
  name: string;
  slug: string;
  roles: TeamRole[];
  requests: WaitingRequests | null;
  objections: { untukDiproses: number | null; untukDiputus: number | null; segera: number; terlambat: number } | null;
};

export type WaitingWork = {
  today: string;
  /** The last date still counted as due soon (two working days ahead). */
  dueSoonUntil: string;
  /** Only for admins, who complete the working-day calendar. */
  calendar: { year: number; key: MessageKey } | null;
  units: UnitWork[];
  /** The person's own coverage assignments (null without a person record: an account with no team). */
  liputan: UpcomingLiputan | null;
  /** Content waiting at this person's hand-offs (review, approval, publication, returned, Media Center). */
  konten: WaitingKonten;
};

const none: WaitingRequests = { baru: 0, segera: 0, terlambat: 0 };
const noObjections: WaitingObjections = { untukDiproses: 0, untukDiputus: 0, segera: 0, terlambat: 0 };
const isEmpty = (r: WaitingRequests, o: WaitingObjections) => r.baru + r.segera + r.terlambat + o.untukDiproses + o.untukDiputus + o.segera + o.terlambat === 0;

/**
 * What waits on this person, per unit: for the units where they are PPID or Atasan PPID always
 * (zero counts included, so they see the unit is clear); for an admin also every other unit with
 * something open. Two grouped counts for all units together, read through the request and
 * objection modules' own functions.
 */
export async function waitingWork(db: Queryable, actor: OrgActor, timeZone: string, now = new Date(), personId: string | null = null): Promise<WaitingWork> {
  const today = localDateOf(now, timeZone);
  const calendar = await loadCalendar(db, actor.tenantId, yearOf(today));
  const dueSoonUntil = dueSoonHorizon(today, calendar);
  const units = (await listUnits(db, actor.tenantId)).filter((u) => u.active);
  const rolesIn = (unitId: string) => actor.roles.filter((r) => r.unitId === unitId).map((r) => r.role);
  const mine = units.filter((u) => rolesIn(u.id).some((role) => officerRoles.includes(role) || role === superiorRole));
  const counted = actor.isAdmin ? units : mine;
  const ids = counted.map((u) => u.id);
  const [requests, objections, konten] = await Promise.all([
    countWaitingPermohonan(db, ids, today, dueSoonUntil),
    countWaitingKeberatan(db, ids, today, dueSoonUntil),
    waitingKonten(db, actor),
  ]);
  const work: UnitWork[] = [];
  for (const unit of counted) {
    const roles = rolesIn(unit.id);
    const officer = actor.isAdmin || roles.some((r) => officerRoles.includes(r));
    const superior = actor.isAdmin || roles.includes(superiorRole);
    const r = requests.get(unit.id) ?? none;
    const o = objections.get(unit.id) ?? noObjections;
    // An admin's own list stays short: other units only when something waits there.
    if (!mine.includes(unit) && isEmpty(r, o)) continue;
    work.push({
      unitId: unit.id,
      name: unit.name,
      slug: unit.slug,
      roles,
      requests: officer ? r : null,
      objections: {
        untukDiproses: officer ? o.untukDiproses : null,
        untukDiputus: superior ? o.untukDiputus : null,
        segera: o.segera,
        terlambat: o.terlambat,
      },
    });
  }
  const status = actor.isAdmin ? await calendarStatus(db, timeZone, now) : null;
  const liputan = personId ? await upcomingLiputan(db, actor.tenantId, personId, today, timeZone) : null;
  return { today, dueSoonUntil, calendar: status?.warning ? { year: status.warning.year, key: status.warning.key } : null, units: work, konten, liputan };
}
