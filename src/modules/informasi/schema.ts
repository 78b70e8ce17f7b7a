import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants, units } from '../org/schema.ts';

/** A link to a document kept elsewhere; Warta stores no files for the information list. */
export type Tautan = { judul: string; url: string };

/**
 * One item of a unit's information list (UU 14/2008, Perki 1/2021): public (berkala, serta merta,
 * setiap saat — the DIP) or exempt (dikecualikan — the DIK, with its consequence test).
 * Items are withdrawn by archiving, never deleted, so the list's history stays auditable.
 */
export const informasi = pgTable(
  'informasi',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Kept beside unitId so tenant checks need no join into the org module's tables.
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    klasifikasi: text().notNull(),
    judul: text().notNull(),
    ringkasan: text().notNull(),
    penguasaInformasi: text().notNull(),
    waktuPembuatan: text(),
    tempatPembuatan: text(),
    bentuk: text().notNull(),
    jangkaWaktuPenyimpanan: text(),
    tautan: jsonb().$type<Tautan[]>().notNull().default([]),
    tanggalTerbit: date({ mode: 'string' }),
    /** berkala only: when the next update is due (at most six months after publication). */
    pembaruanBerikutnya: date({ mode: 'string' }),
    /** dikecualikan only: the consequence test of Perki 1/2021 Pasal 49. */
    pasal17Huruf: text(),
    dasarHukum: text(),
    ujiKonsekuensi: text(),
    masaPengecualian: text(),
    pengecualianBerakhir: date({ mode: 'string' }),
    penetapanNomor: text(),
    penetapanTanggal: date({ mode: 'string' }),
    diarsipkanAt: timestamp({ withTimezone: true }),
    alasanArsip: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('informasi_unit_klasifikasi').on(t.unitId, t.klasifikasi),
    // The public lists' order (listInformasi, the portal's pages): a page is read straight from
    // the index instead of sorting every current item of the unit on each view.
    index('informasi_public_order')
      .on(t.unitId, t.klasifikasi, t.tanggalTerbit.desc().nullsLast(), t.createdAt.desc(), t.id)
      .where(sql`${t.diarsipkanAt} is null`),
    // The `simple` configuration exists on PostgreSQL and PGlite alike and needs no stemmer.
    index('informasi_fts').using('gin', sql`to_tsvector('simple', ${t.judul} || ' ' || ${t.ringkasan})`),
    // The site search (module cari): the DIP item's words with the Indonesian stemmer, weighted as
    // content is (title A, summary B). An expression, not a column, so no read of an item carries
    // the vector; the search writes the same expression (`dipVector` in cari/search-site.ts).
    index('informasi_cari').using(
      'gin',
      sql`(setweight(to_tsvector('indonesian', ${t.judul}), 'A') || setweight(to_tsvector('indonesian', ${t.ringkasan}), 'B'))`,
    ),
  ],
);

export type InformasiRow = typeof informasi.$inferSelect;
