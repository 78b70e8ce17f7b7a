import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { people } from '../org/schema.ts';
import { liputan, liputanKonten, liputanPetugas } from './schema.ts';
import type { PeranPetugas } from './terms.ts';

export type LiputanRow = typeof liputan.$inferSelect;
export type Petugas = { personId: string; peran: PeranPetugas; nama: string; email: string | null };

/** An assignment of the tenant (locked for update when asked), or 404 (400 on `field`). */
export async function liputanInTenant(db: Queryable, tenantId: string, id: string, opts: { lock?: boolean } = {}): Promise<LiputanRow> {
  const query = db
    .select()
    .from(liputan)
    .where(and(eq(liputan.id, id), eq(liputan.tenantId, tenantId)));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', 'error.not_found');
  return row;
}

/** The crew of these assignments, by assignment, with names and addresses, by name. */
export async function crewOf(db: Queryable, ids: readonly string[]): Promise<Map<string, Petugas[]>> {
  const byId = new Map<string, Petugas[]>();
  if (ids.length === 0) return byId;
  const rows = await db
    .select({ liputanId: liputanPetugas.liputanId, personId: liputanPetugas.personId, peran: liputanPetugas.peran, nama: people.name, email: people.email })
    .from(liputanPetugas)
    .innerJoin(people, eq(people.id, liputanPetugas.personId))
    .where(inArray(liputanPetugas.liputanId, [...ids]))
    .orderBy(asc(people.name), asc(liputanPetugas.peran));
  for (const { liputanId, ...p } of rows) byId.set(liputanId, [...(byId.get(liputanId) ?? []), { ...p, peran: p.peran as PeranPetugas }]);
  return byId;
}

/** The content items an assignment produced. */
export async function productsOf(db: Queryable, id: string): Promise<string[]> {
  const rows = await db.select({ kontenId: liputanKonten.kontenId }).from(liputanKonten).where(eq(liputanKonten.liputanId, id));
  return rows.map((r) => r.kontenId);
}
