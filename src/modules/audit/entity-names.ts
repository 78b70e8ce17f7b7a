import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import { users } from '../auth/schema.ts';
import { holidays } from '../hari-kerja/schema.ts';
import { informasi } from '../informasi/schema.ts';
import { keberatan, sengketa } from '../keberatan/schema.ts';
import { laporanKip } from '../laporan-kip/schema.ts';
import { liputan } from '../liputan/schema.ts';
import { type TeamRole, teamRoleLabels } from '../org/roles.ts';
import { bidang, decrees, people, teamMembers, tenants, units } from '../org/schema.ts';
import { permohonan } from '../permohonan/schema.ts';
import { rencanaItem } from '../rencana/schema.ts';
import { sitePages } from '../site/schema.ts';

type Names = Array<{ id: string; name: string }>;
type Resolver = (db: Queryable, ids: string[], lang: Lang) => Promise<Names>;

/**
 * How each kind of audited thing is named for people: accounts and people by name, requests and
 * objections by registration number, the rest by title or number. One query per kind on a page.
 * The log keeps ids only (names change, rows get deleted); the names are looked up when read.
 */
const resolvers: Record<string, Resolver> = {
  user: (db, ids) => db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids)),
  tenant: (db, ids) => db.select({ id: tenants.id, name: tenants.name }).from(tenants).where(inArray(tenants.id, ids)),
  unit: (db, ids) => db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids)),
  person: (db, ids) => db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ids)),
  decree: (db, ids) => db.select({ id: decrees.id, name: decrees.number }).from(decrees).where(inArray(decrees.id, ids)),
  // A team import is recorded against the decree it applied.
  team_import: (db, ids) => db.select({ id: decrees.id, name: decrees.number }).from(decrees).where(inArray(decrees.id, ids)),
  informasi: (db, ids) => db.select({ id: informasi.id, name: informasi.judul }).from(informasi).where(inArray(informasi.id, ids)),
  permohonan: (db, ids) => db.select({ id: permohonan.id, name: permohonan.number }).from(permohonan).where(inArray(permohonan.id, ids)),
  keberatan: (db, ids) => db.select({ id: keberatan.id, name: keberatan.number }).from(keberatan).where(inArray(keberatan.id, ids)),
  rencana: (db, ids) => db.select({ id: rencanaItem.id, name: rencanaItem.judul }).from(rencanaItem).where(inArray(rencanaItem.id, ids)),
  liputan: (db, ids) => db.select({ id: liputan.id, name: liputan.kegiatan }).from(liputan).where(inArray(liputan.id, ids)),
  sengketa: (db, ids) => db.select({ id: sengketa.id, name: sengketa.kiRegistrationNumber }).from(sengketa).where(inArray(sengketa.id, ids)),
  bidang: async (db, ids) => {
    const rows = await db
      .select({ id: bidang.id, name: bidang.name, unit: units.name })
      .from(bidang)
      .innerJoin(units, eq(units.id, bidang.unitId))
      .where(inArray(bidang.id, ids));
    return rows.map((r) => ({ id: r.id, name: `${r.name} — ${r.unit}` }));
  },
  holiday: async (db, ids) => {
    const rows = await db.select({ id: holidays.id, name: holidays.name, date: holidays.date }).from(holidays).where(inArray(holidays.id, ids));
    return rows.map((r) => ({ id: r.id, name: `${r.name} (${r.date})` }));
  },
  site_page: async (db, ids) => {
    const rows = await db
      .select({ id: sitePages.id, title: sitePages.title, unit: units.name })
      .from(sitePages)
      .innerJoin(units, eq(units.id, sitePages.unitId))
      .where(inArray(sitePages.id, ids));
    return rows.map((r) => ({ id: r.id, name: `${r.title} — ${r.unit}` }));
  },
  team_member: async (db, ids, lang) => {
    const rows = await db
      .select({ id: teamMembers.id, person: people.name, role: teamMembers.role, unit: units.name })
      .from(teamMembers)
      .innerJoin(people, eq(people.id, teamMembers.personId))
      .innerJoin(units, eq(units.id, teamMembers.unitId))
      .where(inArray(teamMembers.id, ids));
    return rows.map((r) => ({ id: r.id, name: `${r.person} — ${teamRoleLabels[r.role as TeamRole]?.[lang] ?? r.role}, ${r.unit}` }));
  },
  laporan_kip: async (db, ids) => {
    const rows = await db
      .select({ id: laporanKip.id, dari: laporanKip.dari, sampai: laporanKip.sampai, unit: units.name })
      .from(laporanKip)
      .leftJoin(units, eq(units.id, laporanKip.unitId))
      .where(inArray(laporanKip.id, ids));
    return rows.map((r) => ({ id: r.id, name: `${r.unit ?? '—'} ${r.dari} – ${r.sampai}` }));
  },
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// What a row's own snapshot calls the thing, for things deleted since (a removed holiday, bidang or member).
const snapshotFields = ['number', 'judul', 'name', 'title', 'displayName', 'kiRegistrationNumber'] as const;

/** The snapshot's own name of the thing, if the row recorded one. */
export function nameFromSnapshot(...snapshots: unknown[]): string | null {
  for (const snap of snapshots) {
    if (!snap || typeof snap !== 'object') continue;
    for (const field of snapshotFields) {
      const value = (snap as Record<string, unknown>)[field];
      if (typeof value === 'string' && value.trim()) return value;
    }
  }
  return null;
}

/**
 * The names of the things these audit rows are about, keyed `entity:id`: one batched query per
 * kind present. Ids that are no UUID (a year's calendar is keyed by the year) name themselves.
 */
export async function entityNames(db: Queryable, rows: ReadonlyArray<{ entity: string; entityId: string | null }>, lang: Lang): Promise<Map<string, string>> {
  const wanted = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  for (const row of rows) {
    if (!row.entityId) continue;
    if (row.entity === 'holiday_year') names.set(`${row.entity}:${row.entityId}`, row.entityId);
    else if (resolvers[row.entity] && uuid.test(row.entityId)) {
      const set = wanted.get(row.entity) ?? new Set<string>();
      set.add(row.entityId);
      wanted.set(row.entity, set);
    }
  }
  const found = await Promise.all([...wanted].map(async ([entity, ids]) => ({ entity, rows: await resolvers[entity]!(db, [...ids], lang) })));
  for (const { entity, rows: named } of found) for (const n of named) names.set(`${entity}:${n.id}`, n.name);
  return names;
}
