import { and, eq, gt } from 'drizzle-orm';
import { inTransaction } from '../../../db/transaction.ts';
import type { Session, SessionUser } from '../../../http/env.ts';
import { sha256 } from '../../../lib/crypto.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import { actorOf } from '../../audit/record-audit.ts';
import type { TokenSet } from '../adapter.ts';
import { adapterForApp, appOptions, loadApp } from '../aplikasi/adapter-for-app.ts';
import { callbackUrl } from '../aplikasi/callback-url.ts';
import type { Platform } from '../platform.ts';
import { sosialOauth } from '../schema.ts';
import { discoverIdentities, type Identity } from './identities.ts';
import { saveConnected } from './save-connected.ts';
import { OAUTH_MINUTES } from './start-connect.ts';

/** Why a callback did not connect, as the admin screen names it (`?galat=`). */
export type ConnectProblem = 'kedaluwarsa' | 'sesi' | 'ditolak' | 'gagal' | 'kosong' | 'akun_lain';
export type ConnectResult = { kind: 'terhubung'; akunId: string } | { kind: 'pilih'; oauthId: string } | { kind: 'galat'; galat: ConnectProblem };

/** What waits sealed on the connection row while the admin picks a Page or Instagram account. */
export type PendingChoice = { tokens: TokenSet; identities: Identity[] };

/**
 * The platform's callback: checks the state against this session, exchanges the code, asks which
 * account(s) the token speaks for, and connects the one account or keeps the choice for the admin
 * (Facebook Pages, Instagram accounts). Never throws for the platform's answers: the person lands
 * back on the accounts screen with what happened.
 */
export async function finishConnect(
  services: Services,
  auth: { user: SessionUser | null; session: Session | null },
  platform: Platform,
  query: { code?: string | undefined; state?: string | undefined; error?: string | undefined; error_reason?: string | undefined },
): Promise<ConnectResult> {
  if (!query.state) return { kind: 'galat', galat: 'kedaluwarsa' };
  const [row] = await services.db
    .select()
    .from(sosialOauth)
    .where(and(eq(sosialOauth.stateHash, sha256(query.state)), eq(sosialOauth.platform, platform), gt(sosialOauth.expiresAt, new Date())));
  if (!row || row.pilihanSealed) return { kind: 'galat', galat: 'kedaluwarsa' };
  // The state is bound to the session that started it: a link sent to someone else connects nothing.
  if (!auth.session || !auth.user || auth.session.id !== row.sessionId || auth.user.id !== row.userId) return { kind: 'galat', galat: 'sesi' };
  const drop = () => services.db.delete(sosialOauth).where(eq(sosialOauth.id, row.id));
  if (query.error || !query.code) {
    await drop();
    // The person pressed "Tolak" (OAuth's access_denied; Meta adds error_reason=user_denied). Any other
    // error is the platform's trouble (a misconfigured app, an outage), not a refusal.
    if (!query.error || query.error === 'access_denied' || query.error_reason === 'user_denied') return { kind: 'galat', galat: 'ditolak' };
    services.log.warn('sosial connect refused by the platform', { platform, error: query.error, tenantId: row.tenantId });
    return { kind: 'galat', galat: 'gagal' };
  }
  const app = await loadApp(services.db, row.tenantId, platform);
  const adapter = adapterForApp(services, app);
  const verifier = row.codeVerifierSealed ? services.secrets.open(row.codeVerifierSealed) : undefined;
  const exchanged = await adapter.exchangeCode(query.code, callbackUrl(services.config, platform), verifier);
  const failed = async (code: string) => {
    services.log.warn('sosial connect failed', { platform, code, tenantId: row.tenantId });
    await drop();
    return { kind: 'galat', galat: 'gagal' } as const;
  };
  if (exchanged.status !== 'done') return failed(exchanged.status === 'failed' ? exchanged.error.code : 'pending');
  let tokens = exchanged.value;
  if (platform === 'facebook' || platform === 'instagram') {
    // Meta's code gives a short-lived user token; the long-lived one (about 60 days) makes Page tokens that never expire.
    const long = await adapter.refreshToken({ externalAccountId: '', accessToken: tokens.accessToken });
    if (long.status !== 'done') return failed(long.status === 'failed' ? long.error.code : 'pending');
    tokens = long.value;
  }
  const found = await discoverIdentities(platform, appOptions(services, app), tokens);
  if (found.status !== 'done') return failed(found.status === 'failed' ? found.error.code : 'pending');
  if (found.value.length === 0) {
    await drop();
    return { kind: 'galat', galat: 'kosong' };
  }
  const only = found.value.length === 1 ? found.value[0] : undefined;
  if (!only) {
    const pending: PendingChoice = { tokens, identities: found.value };
    await services.db
      .update(sosialOauth)
      .set({ pilihanSealed: services.secrets.seal(JSON.stringify(pending)), expiresAt: new Date(Date.now() + OAUTH_MINUTES * 60_000) })
      .where(eq(sosialOauth.id, row.id));
    return { kind: 'pilih', oauthId: row.id };
  }
  try {
    const saved = await inTransaction(services.db, (tx) => saveConnected(tx, services, actorOf(auth.user!), row, only, tokens));
    return { kind: 'terhubung', akunId: saved.id };
  } catch (err) {
    if (err instanceof AppError && err.messageKey === 'sosial.akun.other_account') {
      await drop();
      return { kind: 'galat', galat: 'akun_lain' };
    }
    throw err;
  }
}
