import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../../db/transaction.ts';
import type { SessionUser } from '../../../http/env.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import { actorOf, recordAudit } from '../../audit/record-audit.ts';
import { fakeAdapterConfig, fakeBaseUrls } from '../fakes/start-fakes.ts';
import type { Platform } from '../platform.ts';
import { sosialAplikasi } from '../schema.ts';
import { type AplikasiView, viewAplikasi } from './list-aplikasi.ts';

function isFakeClient(services: Services, platform: Platform, clientId: string): boolean {
  const fakes = services.config.platformFakes;
  return Boolean(fakes) && fakeAdapterConfig(fakeBaseUrls(fakes!.basePort))[platform].clientId === clientId;
}

export type SaveAplikasiInput = { platform: Platform; clientId: string; clientSecret?: string | undefined };

/**
 * Enters or changes the agency's app on one platform (tenant admins only). The secret is sealed and
 * never read back; left empty on a change, the stored one is kept. X public clients have none.
 */
export async function saveAplikasi(services: Services, user: SessionUser, input: SaveAplikasiInput): Promise<AplikasiView> {
  if (!user.isAdmin) throw new AppError('forbidden', 'error.forbidden');
  const row = await inTransaction(services.db, async (tx) => {
    const [existing] = await tx
      .select()
      .from(sosialAplikasi)
      .where(and(eq(sosialAplikasi.tenantId, user.tenantId), eq(sosialAplikasi.platform, input.platform)))
      .for('update');
    const secret = input.clientSecret ?? '';
    if (!existing && !secret && input.platform !== 'x') throw new AppError('invalid', 'sosial.app.secret_required', 'clientSecret');
    const values = {
      clientId: input.clientId,
      // With the fakes running, their own client id keeps the app a simulation; any other is a real app.
      simulasi: isFakeClient(services, input.platform, input.clientId),
      updatedBy: user.id,
      updatedAt: new Date(),
      ...(secret || !existing ? { clientSecretSealed: services.secrets.seal(secret) } : {}),
    };
    const [saved] = existing
      ? await tx.update(sosialAplikasi).set(values).where(eq(sosialAplikasi.id, existing.id)).returning()
      : await tx
          .insert(sosialAplikasi)
          .values({ tenantId: user.tenantId, platform: input.platform, clientSecretSealed: services.secrets.seal(secret), ...values })
          .returning();
    await recordAudit(tx, actorOf(user), {
      action: existing ? 'sosial_aplikasi.diubah' : 'sosial_aplikasi.dibuat',
      entity: 'sosial_aplikasi',
      entityId: saved!.id,
      // The secret never enters the audit log; only whether it changed.
      before: existing ? { clientId: existing.clientId, simulasi: existing.simulasi } : undefined,
      after: { platform: input.platform, clientId: input.clientId, rahasiaDiganti: Boolean(secret) },
    });
    return saved!;
  });
  return viewAplikasi(services.config, input.platform, row);
}
