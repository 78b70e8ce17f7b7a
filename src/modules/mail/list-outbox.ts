import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { MailStatus } from './mail-labels.ts';
import { outbox } from './schema.ts';

/**
 * The tenant's mails, newest first: what was sent, what failed, and what is held without SMTP.
 * Each text is the one the outbox shows: codes meant for the recipient alone are masked.
 */
export async function listOutbox(db: Queryable, tenantId: string, opts: { status?: MailStatus; purpose?: string; before?: Date; limit: number }) {
  const where: SQL[] = [eq(outbox.tenantId, tenantId)];
  if (opts.status) where.push(eq(outbox.status, opts.status));
  if (opts.purpose) where.push(eq(outbox.purpose, opts.purpose));
  if (opts.before) where.push(lt(outbox.createdAt, opts.before));
  const rows = await db
    .select()
    .from(outbox)
    .where(and(...where))
    .orderBy(desc(outbox.createdAt))
    .limit(opts.limit);
  return rows.map(({ shownText, text, ...row }) => ({ ...row, text: shownText ?? text }));
}
