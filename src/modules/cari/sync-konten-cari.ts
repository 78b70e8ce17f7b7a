import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';

/**
 * Brings an item's row of the search index (`konten_cari`) in line with the item: its live
 * revision's words, title source, bidang and date while it is live, no row otherwise. Called in
 * the transaction that changes `konten.live_revision_id` (publish, unpublish, import), so the
 * search and the pages change together. `kontenIds` null: every item (a bulk load, the benchmarks).
 */
export async function syncKontenCari(db: Queryable, kontenIds: string[] | null): Promise<void> {
  if (kontenIds?.length === 0) return;
  const only = (column: string) =>
    kontenIds
      ? sql`and ${sql.raw(column)} in (${sql.join(
          kontenIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql``;
  await db.execute(sql`delete from konten_cari c where not exists (
      select 1 from konten k where k.id = c.konten_id and k.live_revision_id is not null) ${only('c.konten_id')}`);
  await db.execute(sql`insert into konten_cari (konten_id, tenant_id, unit_id, jenis, bidang_id, published_at, revisi_id, cari)
    select k.id, k.tenant_id, k.unit_id, k.jenis, r.bidang_id, k.published_at, r.id, r.cari
    from konten k join konten_revisi r on r.id = k.live_revision_id
    where true ${only('k.id')}
    on conflict (konten_id) do update set tenant_id = excluded.tenant_id, unit_id = excluded.unit_id, jenis = excluded.jenis,
      bidang_id = excluded.bidang_id, published_at = excluded.published_at, revisi_id = excluded.revisi_id, cari = excluded.cari
    where konten_cari.revisi_id is distinct from excluded.revisi_id or konten_cari.published_at is distinct from excluded.published_at
      or konten_cari.jenis <> excluded.jenis or konten_cari.unit_id <> excluded.unit_id`);
}
