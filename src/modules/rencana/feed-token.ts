import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Queryable } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { randomToken, sha256 } from '../../lib/crypto.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { rencanaFeed } from './schema.ts';

/** The address a phone calendar subscribes to: the token is the only key. */
export const feedPath = (token: string) => `/api/kalender/${token}.ics`;

/** The unit's current feed token, or null when none was made yet. */
export async function currentFeedToken(services: Services, unitId: string): Promise<string | null> {
  const [row] = await services.db.select({ sealed: rencanaFeed.tokenSealed }).from(rencanaFeed).where(eq(rencanaFeed.unitId, unitId));
  return row ? services.secrets.open(row.sealed) : null;
}

/**
 * Makes the unit's feed address, or a new one that replaces it (the old address stops working at
 * once: the way to cut off a phone that should no longer see the plan). Planners only.
 */
export async function renewFeedToken(services: Services, user: SessionUser, actor: OrgActor, unitId: string): Promise<string> {
  const unit = await unitInTenant(services.db, user.tenantId, unitId);
  assertOrg(actor, 'rencana.manage', unit.id);
  const token = randomToken(24);
  const values = { tokenHash: sha256(token), tokenSealed: services.secrets.seal(token), createdBy: user.id, createdAt: new Date() };
  return inTransaction(services.db, async (tx) => {
    const replaced = await tx.update(rencanaFeed).set(values).where(eq(rencanaFeed.unitId, unit.id)).returning({ unitId: rencanaFeed.unitId });
    if (replaced.length === 0) await tx.insert(rencanaFeed).values({ unitId: unit.id, ...values });
    await recordAudit(tx, actorOf(user), { action: replaced.length ? 'rencana.feed_renewed' : 'rencana.feed_created', entity: 'unit', entityId: unit.id });
    return token;
  });
}

/** The unit a feed token opens, or null. */
export async function unitOfFeedToken(db: Queryable, token: string): Promise<string | null> {
  const [row] = await db
    .select({ unitId: rencanaFeed.unitId })
    .from(rencanaFeed)
    .where(eq(rencanaFeed.tokenHash, sha256(token)));
  return row?.unitId ?? null;
}
