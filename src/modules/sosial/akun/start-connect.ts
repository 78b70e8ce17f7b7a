import { createHash } from 'node:crypto';
import { lt } from 'drizzle-orm';
import type { Session, SessionUser } from '../../../http/env.ts';
import { randomToken, sha256 } from '../../../lib/crypto.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import type { OrgActor } from '../../org/actor.ts';
import { adapterForApp, loadApp } from '../aplikasi/adapter-for-app.ts';
import { callbackUrl } from '../aplikasi/callback-url.ts';
import type { Platform } from '../platform.ts';
import { sosialOauth } from '../schema.ts';
import { akunInTenant } from './load-akun.ts';
import { assertManageAkun } from './policy.ts';

/** How long a started connection waits for the platform's callback (and then for the admin's pick). */
export const OAUTH_MINUTES = 10;

export type StartConnectInput = { unitId: string; platform: Platform; akunId?: string | undefined };

/**
 * Starts connecting (or reconnecting) an account: a random state, and for X a PKCE verifier, kept
 * server-side for ten minutes and bound to this session; answers the platform's authorize address.
 */
export async function startConnect(services: Services, user: SessionUser, session: Session, actor: OrgActor, input: StartConnectInput) {
  await assertManageAkun(services.db, actor, input.unitId);
  if (input.akunId) {
    const akun = await akunInTenant(services.db, user.tenantId, input.akunId);
    if (akun.unitId !== input.unitId || akun.platform !== input.platform) throw new AppError('invalid', 'sosial.akun.not_found', 'akunId');
    if (akun.mode !== 'api') throw new AppError('invalid', 'sosial.akun.manual_no_reconnect', 'akunId');
  }
  const app = await loadApp(services.db, user.tenantId, input.platform);
  const adapter = adapterForApp(services, app);
  const state = randomToken();
  // PKCE (RFC 7636, S256): X requires it; the verifier never leaves the server.
  const verifier = input.platform === 'x' ? randomToken(48) : null;
  const challenge = verifier ? createHash('sha256').update(verifier).digest('base64url') : undefined;
  const now = new Date();
  await services.db.delete(sosialOauth).where(lt(sosialOauth.expiresAt, now));
  await services.db.insert(sosialOauth).values({
    tenantId: user.tenantId,
    unitId: input.unitId,
    platform: input.platform,
    akunId: input.akunId ?? null,
    userId: user.id,
    sessionId: session.id,
    stateHash: sha256(state),
    codeVerifierSealed: verifier ? services.secrets.seal(verifier) : null,
    simulasi: app.simulasi,
    expiresAt: new Date(now.getTime() + OAUTH_MINUTES * 60_000),
  });
  return {
    authorizeUrl: adapter.authorizeUrl({ redirectUri: callbackUrl(services.config, input.platform), state, codeChallenge: challenge }),
    simulasi: app.simulasi,
  };
}
