import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { SecretBox } from '../../lib/crypto.ts';
import type { IdentityFile, IdentityMediaType } from './identity-file.ts';
import { permohonanIdentitas } from './schema.ts';

/** How long an identity copy is kept after the request was received (see the table's comment). */
export const IDENTITY_RETENTION_YEARS = 2;

export function identityPurgeAfter(receivedAt: Date): Date {
  const at = new Date(receivedAt);
  at.setUTCFullYear(at.getUTCFullYear() + IDENTITY_RETENTION_YEARS);
  return at;
}

/** Seals the (already stripped) file and stores it with its purge date, in the caller's transaction. */
export async function storeIdentity(db: Queryable, secrets: SecretBox, permohonanId: string, file: IdentityFile, receivedAt: Date): Promise<void> {
  await db.insert(permohonanIdentitas).values({
    permohonanId,
    mediaType: file.mediaType,
    size: file.bytes.length,
    // SecretBox seals text; base64 carries the bytes through it unchanged.
    sealed: secrets.seal(file.bytes.toString('base64')),
    purgeAfter: identityPurgeAfter(receivedAt),
  });
}

export async function hasIdentity(db: Queryable, permohonanId: string): Promise<boolean> {
  const [row] = await db.select({ id: permohonanIdentitas.permohonanId }).from(permohonanIdentitas).where(eq(permohonanIdentitas.permohonanId, permohonanId));
  return Boolean(row);
}

/** The decrypted file of a request, or null when none was sent or it was purged. */
export async function openIdentity(db: Queryable, secrets: SecretBox, permohonanId: string): Promise<IdentityFile | null> {
  const [row] = await db.select().from(permohonanIdentitas).where(eq(permohonanIdentitas.permohonanId, permohonanId));
  if (!row) return null;
  return { mediaType: row.mediaType as IdentityMediaType, bytes: Buffer.from(secrets.open(row.sealed), 'base64') };
}
