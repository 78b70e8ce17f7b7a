import { and, eq, gt } from 'drizzle-orm';
import { inTransaction } from '../../../db/transaction.ts';
import type { Session, SessionUser } from '../../../http/env.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import { actorOf } from '../../audit/record-audit.ts';
import type { OrgActor } from '../../org/actor.ts';
import { sosialOauth } from '../schema.ts';
import type { PendingChoice } from './finish-connect.ts';
import { viewAkun } from './load-akun.ts';
import { assertManageAkun } from './policy.ts';
import { saveConnected } from './save-connected.ts';

/** The connection waiting for a pick, only for the person and session that started it. */
async function pendingChoice(services: Services, user: SessionUser, session: Session, actor: OrgActor, oauthId: string) {
  const [row] = await services.db
    .select()
    .from(sosialOauth)
    .where(and(eq(sosialOauth.id, oauthId), eq(sosialOauth.tenantId, user.tenantId), gt(sosialOauth.expiresAt, new Date())));
  if (!row?.pilihanSealed) throw new AppError('not_found', 'sosial.oauth.expired');
  if (row.userId !== user.id || row.sessionId !== session.id) throw new AppError('forbidden', 'sosial.oauth.other_session');
  // The person may have lost the role since starting.
  await assertManageAkun(services.db, actor, row.unitId);
  return { row, pending: JSON.parse(services.secrets.open(row.pilihanSealed)) as PendingChoice };
}

/** The accounts offered after a Facebook or Instagram callback: names only, never a token. */
export async function listChoices(services: Services, user: SessionUser, session: Session, actor: OrgActor, oauthId: string) {
  const { row, pending } = await pendingChoice(services, user, session, actor, oauthId);
  return {
    platform: row.platform,
    unitId: row.unitId,
    simulasi: row.simulasi,
    pilihan: pending.identities.map((i) => ({ externalAccountId: i.externalAccountId, nama: i.nama, profileUrl: i.profileUrl })),
  };
}

/** Connects the Page or Instagram account the admin picked. */
export async function chooseAccount(services: Services, user: SessionUser, session: Session, actor: OrgActor, oauthId: string, externalAccountId: string) {
  const { row, pending } = await pendingChoice(services, user, session, actor, oauthId);
  const identity = pending.identities.find((i) => i.externalAccountId === externalAccountId);
  if (!identity) throw new AppError('invalid', 'sosial.oauth.choice_unknown', 'externalAccountId');
  const saved = await inTransaction(services.db, (tx) => saveConnected(tx, services, actorOf(user), row, identity, pending.tokens));
  return viewAkun(saved);
}
