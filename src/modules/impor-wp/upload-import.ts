import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { readUploadsZip } from './read-uploads-zip.ts';
import { readWxr } from './read-wxr.ts';
import { imporWp } from './schema.ts';
import { removeFiles, storeFiles, sweepOldFiles } from './stored-files.ts';

export type UploadInput = { unitId: string; wxr: Buffer; zip: Buffer | null };

/**
 * Takes an export (and uploads zip) for a unit: both are read now, so a broken or hostile file is
 * refused with its field before anything is kept; then the files wait in the data folder for the
 * dry run and the run.
 */
export async function uploadImport(services: Services, user: SessionUser, actor: OrgActor, input: UploadInput): Promise<string> {
  const unit = await unitInTenant(services.db, user.tenantId, input.unitId, 'unitId');
  assertOrg(actor, 'import.run', unit.id);
  const text = input.wxr.toString('utf8');
  if (!text.includes('<rss') && !text.includes('<channel')) throw new AppError('invalid', 'impor_wp.not_wxr', 'wxr');
  const wxr = readWxr(text);
  if (input.zip) await readUploadsZip(input.zip);
  const id = randomUUID();
  // Each upload clears the files of earlier ones that were never run, so abandoned uploads do not pile up.
  await sweepOldFiles(services);
  await storeFiles(services, id, input.wxr, input.zip);
  try {
    await inTransaction(services.db, async (tx) => {
      await tx.insert(imporWp).values({
        id,
        tenantId: user.tenantId,
        unitId: unit.id,
        siteUrl: wxr.siteUrl,
        siteTitle: wxr.title.slice(0, 300),
        hasUploads: input.zip ? 1 : 0,
        createdBy: user.id,
      });
      await recordAudit(tx, actorOf(user), {
        action: 'impor_wp.diunggah',
        entity: 'impor_wp',
        entityId: id,
        after: { unitId: unit.id, siteUrl: wxr.siteUrl, items: wxr.items.length, uploads: Boolean(input.zip) },
      });
    });
  } catch (error) {
    await removeFiles(services, id);
    throw error;
  }
  return id;
}
