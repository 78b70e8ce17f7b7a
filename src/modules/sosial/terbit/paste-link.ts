import { eq } from 'drizzle-orm';
import { inTransaction } from '../../../db/transaction.ts';
import type { SessionUser } from '../../../http/env.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import type { OrgActor } from '../../org/actor.ts';
import { platformNames } from '../messages.ts';
import type { Platform } from '../platform.ts';
import { sosialKiriman } from '../schema.ts';
import { kirimanAlur } from './kiriman-alur.ts';
import { kirimanInTenant } from './kiriman-of.ts';
import { parsePostLink } from './post-link.ts';

/**
 * A person pastes the address of a post, checked against the platform's own host and post path; it
 * counts as published with that link. Two cases: manual mode (the admin posted by hand), and a
 * failed row whose publish answer was lost and that reconcile could not settle (TikTok without
 * video.list): the person looked at the account and the post is up.
 */
export async function pasteManualLink(services: Services, user: SessionUser, actor: OrgActor, id: string, input: { url: string }) {
  return inTransaction(services.db, async (tx) => {
    const row = await kirimanInTenant(tx, actor.tenantId, id, { lock: true });
    const platform = row.platform as Platform;
    const parsed = parsePostLink(platform, input.url);
    const from = row.status as 'manual' | 'gagal';
    if (row.status !== 'manual' && !answerUnknown(row)) {
      kirimanAlur.check(actor, row.unitId, row.status as never, 'terbit', undefined);
      throw new AppError('conflict', 'sosial.terbit.not_manual', 'url');
    }
    kirimanAlur.check(actor, row.unitId, from, 'terbit', undefined);
    if (!parsed) throw new AppError('invalid', 'sosial.terbit.link_invalid', 'url', { platform: platformNames[platform] });
    return kirimanAlur.move(tx, { by: { user, actor }, unitId: row.unitId, entityId: row.id, from, to: 'terbit', ctx: undefined }, async (at) => {
      await tx
        .update(sosialKiriman)
        .set({ status: 'terbit', externalId: parsed.externalId, permalink: parsed.permalink, terbitAt: at, error: null, updatedAt: at })
        .where(eq(sosialKiriman.id, row.id));
      const after = { status: 'terbit', permalink: parsed.permalink, ...(from === 'gagal' ? { dipastikan: 'tautan' } : {}) };
      return { result: { id: row.id, status: 'terbit', permalink: parsed.permalink }, after };
    });
  });
}

/** A failed row whose publish call went out and whose answer nobody could establish (it waits for a person). */
export const answerUnknown = (row: { status: string; tahap: string }) => row.status === 'gagal' && row.tahap === 'reconcile';
