import { and, asc, eq, inArray } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Queryable } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { users } from '../auth/schema.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { queueHandOff, userRecipients } from './hand-off-mail.ts';
import { kontenInTenant } from './load-konten.ts';
import { kontenKomentar } from './schema.ts';

/** An item's internal notes, oldest first. */
export async function listKomentar(db: Queryable, actor: OrgActor, id: string) {
  const row = await kontenInTenant(db, actor.tenantId, id);
  assertOrg(actor, 'konten.view', row.unitId);
  const items = await db
    .select()
    .from(kontenKomentar)
    .where(eq(kontenKomentar.kontenId, row.id))
    .orderBy(asc(kontenKomentar.createdAt), asc(kontenKomentar.id));
  return { items: items.map(({ kontenId: _k, ...c }) => c) };
}

/**
 * Adds a note to an item (its team: whoever may write there) and mails each mentioned account of
 * the tenant, in the same transaction; a mention outside the tenant is refused (400 `mentions`).
 */
export async function addKomentar(services: Services, user: SessionUser, actor: OrgActor, id: string, input: { isi: string; mentions: string[] }) {
  return inTransaction(services.db, async (tx, afterCommit) => {
    const row = await kontenInTenant(tx, user.tenantId, id);
    assertOrg(actor, 'konten.write', row.unitId);
    const mentions = [...new Set(input.mentions)];
    if (mentions.length) {
      // The auth module exports no lookup of accounts by id; only whether they are this tenant's is read.
      const found = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, mentions), eq(users.tenantId, user.tenantId)));
      if (found.length !== mentions.length) throw new AppError('invalid', 'konten.mention_invalid', 'mentions');
    }
    const [comment] = await tx
      .insert(kontenKomentar)
      .values({ kontenId: row.id, authorUserId: user.id, authorLabel: user.displayName || user.email, isi: input.isi.trim(), mentions })
      .returning();
    await recordAudit(tx, actorOf(user), { action: 'konten.commented', entity: 'konten', entityId: row.id, after: { commentId: comment!.id, mentions } });
    const others = mentions.filter((m) => m !== user.id);
    await queueHandOff(tx, services, afterCommit, row, 'disebut', await userRecipients(tx, user.tenantId, others), {
      penulis: user.displayName || user.email,
      isi: comment!.isi,
    });
    const { kontenId: _k, ...view } = comment!;
    return view;
  });
}
