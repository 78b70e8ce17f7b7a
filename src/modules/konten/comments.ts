import { asc, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Queryable } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { accountsOfPeopleAndAdmins } from '../auth/accounts-for-mention.ts';
import type { OrgActor } from '../org/actor.ts';
import { listTeam } from '../org/list-team.ts';
import { assertOrg } from '../org/policy.ts';
import { queueHandOff, userRecipients } from './hand-off-mail.ts';
import { type KontenRow, kontenInTenant } from './load-konten.ts';
import { kontenKomentar } from './schema.ts';

/** Who a note on this item may mention: accounts of the unit's team (any role) and the tenant's admins. */
async function mentionable(db: Queryable, row: KontenRow) {
  const team = await listTeam(db, row.unitId);
  return accountsOfPeopleAndAdmins(db, row.tenantId, [...new Set(team.map((m) => m.personId))]);
}

/** An item's internal notes, oldest first, and the people a new note may mention (`orang`). */
export async function listKomentar(db: Queryable, actor: OrgActor, id: string) {
  const row = await kontenInTenant(db, actor.tenantId, id);
  assertOrg(actor, 'konten.view', row.unitId);
  const items = await db
    .select()
    .from(kontenKomentar)
    .where(eq(kontenKomentar.kontenId, row.id))
    .orderBy(asc(kontenKomentar.createdAt), asc(kontenKomentar.id));
  return { items: items.map(({ kontenId: _k, ...c }) => c), orang: await mentionable(db, row) };
}

/**
 * Adds a note to an item (its team: whoever may write there) and mails each mentioned account, in
 * the same transaction. Only the people the list offers may be mentioned (the unit's team with an
 * account, the tenant's admins): anyone else could not open the item the mail links to (400 `mentions`).
 */
export async function addKomentar(services: Services, user: SessionUser, actor: OrgActor, id: string, input: { isi: string; mentions: string[] }) {
  return inTransaction(services.db, async (tx, afterCommit) => {
    const row = await kontenInTenant(tx, user.tenantId, id);
    assertOrg(actor, 'konten.write', row.unitId);
    const mentions = [...new Set(input.mentions)];
    if (mentions.length) {
      const allowed = new Set((await mentionable(tx, row)).map((p) => p.userId));
      if (!mentions.every((m) => allowed.has(m))) throw new AppError('invalid', 'konten.mention_invalid', 'mentions');
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
