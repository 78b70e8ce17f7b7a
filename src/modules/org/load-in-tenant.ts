import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import { bidang, decrees, people, teamMembers, units } from './schema.ts';

// Lookups that prove a row belongs to the caller's tenant. Ids from the URL answer 404; ids from a
// body answer 400 naming the field, because there the input is what is wrong.
type Miss = { field: string; messageKey: MessageKey } | undefined;

function missing(miss: Miss): never {
  if (miss) throw new AppError('invalid', miss.messageKey, miss.field);
  throw new AppError('not_found', 'error.not_found');
}

/** A unit of the tenant, or 404 (or 400 on `field`). */
export async function unitInTenant(db: Queryable, tenantId: string, unitId: string, field?: string) {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.tenantId, tenantId)));
  return row ?? missing(field ? { field, messageKey: 'org.unit_invalid' } : undefined);
}

/** A person of the tenant, or 404 (or 400 on `field`). */
export async function personInTenant(db: Queryable, tenantId: string, personId: string, field?: string) {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.id, personId), eq(people.tenantId, tenantId)));
  return row ?? missing(field ? { field, messageKey: 'org.person_invalid' } : undefined);
}

/** A decree of the tenant, or 404 (or 400 on `field`). */
export async function decreeInTenant(db: Queryable, tenantId: string, decreeId: string, field?: string) {
  const [row] = await db
    .select()
    .from(decrees)
    .where(and(eq(decrees.id, decreeId), eq(decrees.tenantId, tenantId)));
  return row ?? missing(field ? { field, messageKey: 'org.decree_invalid' } : undefined);
}

/** A bidang whose unit is in the tenant, or 404. */
export async function bidangInTenant(db: Queryable, tenantId: string, bidangId: string) {
  const [row] = await db
    .select({ bidang })
    .from(bidang)
    .innerJoin(units, eq(units.id, bidang.unitId))
    .where(and(eq(bidang.id, bidangId), eq(units.tenantId, tenantId)));
  return row?.bidang ?? missing(undefined);
}

/** A team membership whose unit is in the tenant, or 404. */
export async function memberInTenant(db: Queryable, tenantId: string, memberId: string) {
  const [row] = await db
    .select({ member: teamMembers })
    .from(teamMembers)
    .innerJoin(units, eq(units.id, teamMembers.unitId))
    .where(and(eq(teamMembers.id, memberId), eq(units.tenantId, tenantId)));
  return row?.member ?? missing(undefined);
}
