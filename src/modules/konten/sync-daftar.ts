import { eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../../db/types.ts';
import { bulanOf } from './live-index.ts';
import { konten, kontenDaftar, kontenDaftarJumlah, kontenRevisi } from './schema.ts';

type Faceted = {
  unitId: string;
  jenis: string;
  bidangId: string | null;
  kategori: string | null;
  penulisPersonId: string | null;
  publishedAt: Date | null;
  mulai: Date | null;
};

// The count rows one live item adds to, each in its month: its kind in the unit, and its bidang,
// sub-section and author, in the month of its publication; an event with a start, the calendar's,
// in the month it starts (the calendar runs by the events' dates).
function countKeys(row: Faceted): Array<[segi: string, nilai: string, bulan: string]> {
  const bulan = bulanOf(row.publishedAt);
  const keys: Array<[string, string, string]> = [['', '', bulan]];
  if (row.bidangId) keys.push(['bidang', row.bidangId, bulan]);
  if (row.kategori) keys.push(['kategori', row.kategori, bulan]);
  if (row.penulisPersonId) keys.push(['penulis', row.penulisPersonId, bulan]);
  if (row.mulai) keys.push(['kalender', '', bulanOf(row.mulai)]);
  return keys;
}

const liveRows = (db: Queryable) =>
  db
    .select({
      kontenId: konten.id,
      unitId: konten.unitId,
      jenis: konten.jenis,
      bidangId: kontenRevisi.bidangId,
      kategori: sql<string | null>`${kontenRevisi.atribut}->>'kategori'`.as('kategori'),
      penulisPersonId: kontenRevisi.penulisPersonId,
      publishedAt: konten.publishedAt,
      // An event's start and end as instants (validated ISO strings in the revision), for the calendar's order and windows.
      mulai: sql<Date | null>`case when ${konten.jenis} = 'agenda' then (${kontenRevisi.atribut}->>'mulai')::timestamptz end`.as('mulai'),
      akhir:
        sql<Date | null>`case when ${konten.jenis} = 'agenda' then coalesce(${kontenRevisi.atribut}->>'selesai', ${kontenRevisi.atribut}->>'mulai')::timestamptz end`.as(
          'akhir',
        ),
    })
    .from(konten)
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId));

const facets = {
  unitId: kontenDaftar.unitId,
  jenis: kontenDaftar.jenis,
  bidangId: kontenDaftar.bidangId,
  kategori: kontenDaftar.kategori,
  penulisPersonId: kontenDaftar.penulisPersonId,
  publishedAt: kontenDaftar.publishedAt,
  mulai: kontenDaftar.mulai,
};

/**
 * Brings the public lists' index (`konten_daftar`) and its counts (`konten_daftar_jumlah`) in line
 * with these items: a row per live item as its live revision files it, none otherwise, and each
 * count (of its lists, in its month) moved by exactly the rows that came and went, so a backdated
 * or re-dated item moves from one month's count to another's. Called in the transaction that changes
 * `konten.live_revision_id` (publish, unpublish, import), after that change, with the item rows
 * locked, so the counts are right when it commits. `kontenIds` null: every item and every count
 * afresh (a bulk load, the benchmarks, a repair).
 */
export async function syncKontenDaftar(db: Queryable, kontenIds: string[] | null): Promise<void> {
  if (kontenIds === null) return rebuildAll(db);
  if (kontenIds.length === 0) return;
  const gone = await db.delete(kontenDaftar).where(inArray(kontenDaftar.kontenId, kontenIds)).returning(facets);
  const came = await db
    .insert(kontenDaftar)
    .select(liveRows(db).where(inArray(konten.id, kontenIds)))
    .returning(facets);
  const delta = new Map<string, number>();
  const add = (row: Faceted, by: number) => {
    for (const [segi, nilai, bulan] of countKeys(row)) {
      const key = JSON.stringify([row.unitId, row.jenis, segi, nilai, bulan]);
      delta.set(key, (delta.get(key) ?? 0) + by);
    }
  };
  for (const row of gone) add(row, -1);
  for (const row of came) add(row, +1);
  // In key order, so two transactions moving the same counts lock their rows in the same order.
  const changes = [...delta]
    .filter(([, by]) => by !== 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, jumlah]) => {
      const [unitId, jenis, segi, nilai, bulan] = JSON.parse(key) as [string, string, string, string, string];
      return { unitId, jenis, segi, nilai, bulan, jumlah };
    });
  if (changes.length === 0) return;
  await db
    .insert(kontenDaftarJumlah)
    .values(changes)
    .onConflictDoUpdate({
      target: [kontenDaftarJumlah.unitId, kontenDaftarJumlah.jenis, kontenDaftarJumlah.segi, kontenDaftarJumlah.nilai, kontenDaftarJumlah.bulan],
      set: { jumlah: sql`${kontenDaftarJumlah.jumlah} + excluded.jumlah` },
    });
}

async function rebuildAll(db: Queryable): Promise<void> {
  await db.delete(kontenDaftar);
  await db.insert(kontenDaftar).select(liveRows(db).where(isNotNull(konten.liveRevisionId)));
  await db.delete(kontenDaftarJumlah);
  // Each row counted as `countKeys` counts it, the months named as `bulanOf` names them.
  await db.execute(sql`insert into konten_daftar_jumlah (unit_id, jenis, segi, nilai, bulan, jumlah)
    select d.unit_id, d.jenis, k.segi, k.nilai, k.bulan, count(*)
    from (select *, coalesce(to_char(published_at at time zone 'UTC', 'YYYY-MM'), '') as terbit,
      to_char(mulai at time zone 'UTC', 'YYYY-MM') as mulai_bulan from konten_daftar) as d
    cross join lateral (values ('', '', d.terbit), ('bidang', d.bidang_id::text, d.terbit), ('kategori', d.kategori, d.terbit),
      ('penulis', d.penulis_person_id::text, d.terbit), ('kalender', case when d.mulai is not null then '' end, d.mulai_bulan)) as k(segi, nilai, bulan)
    where k.nilai is not null
    group by d.unit_id, d.jenis, k.segi, k.nilai, k.bulan`);
}

/**
 * Fills the lists' index and counts from the items when the index is empty while items are live:
 * a database from before the index (its migration creates the tables empty), or one whose live
 * items were written by hand. Run at each start before the site answers (one cheap query when
 * there is nothing to do); the advisory lock keeps two processes starting together from both filling.
 */
export async function fillKontenDaftarIfEmpty(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('warta.konten_daftar'))`);
    const [state] = await tx
      .select({
        live: sql<boolean>`exists (select 1 from ${konten} where ${konten.liveRevisionId} is not null)`,
        indexed: sql<boolean>`exists (select 1 from ${kontenDaftar})`,
      })
      .from(sql`(select 1) as satu`);
    if (!state?.live || state.indexed) return false;
    await rebuildAll(tx);
    return true;
  });
}
