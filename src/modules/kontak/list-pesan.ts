import { and, count, desc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { pesanMasuk } from './schema.ts';
import type { StatusPesan } from './terms.ts';

export const PAGE_SIZE = 50;

export type PesanFilter = {
  tenantId: string;
  units: 'all' | string[];
  unitId?: string;
  status?: StatusPesan;
  /** Words looked for in the sender's name and address, the subject and the message. */
  q?: string;
  page: number;
};

// `%` and `_` typed in a search are letters, not patterns.
const likeText = (q: string) => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** One page of a tenant's messages the actor may read, newest first, with the total and the unread count. */
export async function listPesan(db: Queryable, f: PesanFilter) {
  if (f.units !== 'all' && f.units.length === 0) return { items: [], total: 0, unread: 0 };
  const scope: SQL[] = [eq(pesanMasuk.tenantId, f.tenantId)];
  if (f.units !== 'all') scope.push(inArray(pesanMasuk.unitId, f.units));
  if (f.unitId) scope.push(eq(pesanMasuk.unitId, f.unitId));
  const where: SQL[] = [...scope];
  if (f.status) where.push(eq(pesanMasuk.status, f.status));
  const q = f.q?.trim();
  if (q) {
    const like = likeText(q);
    where.push(
      or(ilike(pesanMasuk.senderName, like), ilike(pesanMasuk.senderEmail, like), ilike(pesanMasuk.subject, like), ilike(pesanMasuk.body, like)) as SQL,
    );
  }
  const items = await db
    .select({
      id: pesanMasuk.id,
      unitId: pesanMasuk.unitId,
      channel: pesanMasuk.channel,
      senderName: pesanMasuk.senderName,
      senderEmail: pesanMasuk.senderEmail,
      subject: pesanMasuk.subject,
      status: pesanMasuk.status,
      receivedAt: pesanMasuk.receivedAt,
    })
    .from(pesanMasuk)
    .where(and(...where))
    .orderBy(desc(pesanMasuk.receivedAt), desc(pesanMasuk.id))
    .limit(PAGE_SIZE)
    .offset((f.page - 1) * PAGE_SIZE);
  const [total] = await db
    .select({ n: count() })
    .from(pesanMasuk)
    .where(and(...where));
  const [unread] = await db
    .select({ n: count() })
    .from(pesanMasuk)
    .where(and(...scope, eq(pesanMasuk.status, 'baru')));
  return { items, total: Number(total?.n ?? 0), unread: Number(unread?.n ?? 0) };
}
