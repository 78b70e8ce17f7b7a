import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tsvector } from '../cari/tsvector.ts';
import { bidang, people, tenants, unitOwned, units } from '../org/schema.ts';
import type { Atribut } from './terms.ts';

/** A rich-text document as the editor stores it (ProseMirror JSON); rendered through an allow-list. */
export type DokumenIsi = { type: 'doc'; content?: unknown[] };

/**
 * One piece of content of a unit (a news item, article, announcement, publication, event, photo
 * set or video) with where it is in the workflow. Its text lives in revisions: `currentRevisionId`
 * is the one being worked on, `approvedRevisionId` the one the head approved (bound to
 * `approvedHash`), `liveRevisionId` the one the public sees — only ever an approved one.
 */
export const konten = pgTable(
  'konten',
  {
    ...unitOwned(),
    jenis: text().notNull(),
    /** berita is filed under one of the unit's bidang (seed 000 §3). */
    bidangId: uuid().references(() => bidang.id),
    /** artikel: the author shown as byline, any ASN of the tenant (seed 000 §7). */
    penulisPersonId: uuid().references(() => people.id),
    slug: text().notNull(),
    /** The current revision's title, kept here so lists, the board and search read one table. */
    judul: text().notNull().default(''),
    status: text().notNull().default('draf'),
    /** Who created the item: the head never approves their own work. */
    createdBy: uuid().notNull(),
    currentRevisionId: uuid(),
    approvedRevisionId: uuid(),
    /** Hash of the approved revision's content and media (revision-hash.ts); an edit changes it. */
    approvedHash: text(),
    approvedBy: uuid(),
    approvedAt: timestamp({ withTimezone: true }),
    liveRevisionId: uuid(),
    scheduledAt: timestamp({ withTimezone: true }),
    /** The first publication: the date the public sees and lists sort by. */
    publishedAt: timestamp({ withTimezone: true }),
    /** Raised each time the item goes back to the writer, so FBS confirmations start afresh. */
    reviewRound: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('konten_unit_slug').on(t.unitId, t.slug),
    // The board's columns: a unit's items in one stage, last changed first (id breaks ties).
    index('konten_unit_status').on(t.unitId, t.status, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The admin list: a unit's items, last changed first (konten-list bench).
    index('konten_unit_updated').on(t.unitId, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('konten_judul_fts').using('gin', sql`to_tsvector('simple', ${t.judul})`),
    // The public lists: a unit's live items of a kind, newest first.
    index('konten_public_order').on(t.unitId, t.jenis, t.publishedAt.desc(), t.id).where(sql`${t.liveRevisionId} is not null`),
    index('konten_scheduled').on(t.scheduledAt).where(sql`${t.status} = 'dijadwalkan'`),
    // Site search (module cari): a unit's or a tenant's live items newest first, so a common word
    // is checked on the newest rows only instead of ranking every item that has it.
    index('konten_cari_unit').on(t.unitId, t.publishedAt.desc(), t.id).where(sql`${t.liveRevisionId} is not null`),
    index('konten_cari_tenant').on(t.tenantId, t.publishedAt.desc(), t.id).where(sql`${t.liveRevisionId} is not null`),
  ],
);

/**
 * The public lists' index: one narrow row per live item with what the lists filter and sort by, as
 * its live revision has it (the item row follows the revision being worked on). Written by
 * `syncKontenDaftar` in the transaction that changes `konten.live_revision_id` (publish, unpublish,
 * import), so every list, feed and sitemap page is read from an index in the order it shows —
 * a bidang, a sub-section or an author with few items among 100,000 is found without a walk.
 */
export const kontenDaftar = pgTable(
  'konten_daftar',
  {
    kontenId: uuid()
      .primaryKey()
      .references(() => konten.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    jenis: text().notNull(),
    bidangId: uuid(),
    /** publikasi: the live revision's sub-section (`atribut.kategori`). */
    kategori: text(),
    /** artikel: the live revision's byline. */
    penulisPersonId: uuid(),
    publishedAt: timestamp({ withTimezone: true }),
    /** agenda: the live revision's start (null: not in the calendar) and end (its start when it gives none). */
    mulai: timestamp({ withTimezone: true }),
    akhir: timestamp({ withTimezone: true }),
  },
  (t) => [
    // The calendar's order (soonest or latest first) and its windows: what has not ended, what has.
    index('konten_daftar_mulai').on(t.unitId, t.mulai, t.kontenId).where(sql`${t.mulai} is not null`),
    index('konten_daftar_akhir').on(t.unitId, t.akhir).where(sql`${t.akhir} is not null`),
    index('konten_daftar_unit').on(t.unitId, t.publishedAt.desc(), t.kontenId),
    index('konten_daftar_jenis').on(t.unitId, t.jenis, t.publishedAt.desc(), t.kontenId),
    index('konten_daftar_bidang').on(t.unitId, t.jenis, t.bidangId, t.publishedAt.desc(), t.kontenId).where(sql`${t.bidangId} is not null`),
    index('konten_daftar_kategori').on(t.unitId, t.jenis, t.kategori, t.publishedAt.desc(), t.kontenId).where(sql`${t.kategori} is not null`),
    index('konten_daftar_penulis').on(t.unitId, t.jenis, t.penulisPersonId, t.publishedAt.desc(), t.kontenId).where(sql`${t.penulisPersonId} is not null`),
  ],
);

/**
 * How many live items each public list has, month by month: per unit and kind (`segi` ''), and per
 * bidang, sub-section or author of that kind (`segi` 'bidang' | 'kategori' | 'penulis', `nilai` the
 * id or name), in each calendar month (UTC) of first publication (`bulan` 'YYYY-MM'; '' for an item
 * without a date). Kept by `syncKontenDaftar` as running sums in the same transaction as
 * `konten_daftar`, so a list's page numbers cost a few hundred rows at most however many items there
 * are (counting 100,000 live items took ~110 ms on every first render after a publish), and a page
 * deep in the list starts in the month that holds its first item instead of skipping every newer
 * item (page 2,500 of 5,001 took 33–38 ms that way).
 */
export const kontenDaftarJumlah = pgTable(
  'konten_daftar_jumlah',
  {
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    jenis: text().notNull(),
    segi: text().notNull(),
    nilai: text().notNull(),
    bulan: text().notNull().default(''),
    jumlah: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.jenis, t.segi, t.nilai, t.bulan] })],
);

/** Every save of an item is a revision: who, when, exactly what. Never changed once written. */
export const kontenRevisi = pgTable(
  'konten_revisi',
  {
    id: uuid().primaryKey().defaultRandom(),
    kontenId: uuid()
      .notNull()
      .references(() => konten.id),
    nomor: integer().notNull(),
    judul: text().notNull(),
    ringkasan: text().notNull().default(''),
    isi: jsonb().$type<DokumenIsi>().notNull(),
    atribut: jsonb().$type<Atribut>().notNull().default({}),
    coverMediaId: uuid(),
    /** berita's bidang and artikel's byline as this revision had them (part of the hash). */
    bidangId: uuid(),
    penulisPersonId: uuid(),
    tags: text().array().notNull().default([]),
    /** Every media item the revision shows (cover, body, gallery, documents), for "where used" and approval. */
    mediaIds: uuid().array().notNull().default([]),
    hash: text().notNull(),
    authorUserId: uuid(),
    authorLabel: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * The revision's words for the site search (module cari): title (weight A), summary and tags
     * (B), body text (C), with the Indonesian stemmer. A revision never changes, so the column is
     * computed once; publish, edit-and-republish and unpublish copy the live revision's vector into
     * `konten_cari` (cari/sync-konten-cari.ts) in their transaction, so results change at once. `warta_teks_tag` is an
     * immutable `array_to_string` created by the migration that added this column.
     */
    cari: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('indonesian', judul), 'A') || setweight(to_tsvector('indonesian', ringkasan), 'B') || setweight(to_tsvector('indonesian', warta_teks_tag(tags)), 'B') || setweight(to_tsvector('indonesian', jsonb_path_query_array(isi, 'strict $.**.text')), 'C')`,
    ),
  },
  // No index on `cari`: search reads the live revision's vector from konten_cari (module cari),
  // copied through the primary key; a GIN index over every revision would grow with each save.
  (t) => [uniqueIndex('konten_revisi_nomor').on(t.kontenId, t.nomor)],
);

/** The redaktur's confirmation of one FBS item in one review round, with who and when. */
export const kontenFbs = pgTable(
  'konten_fbs',
  {
    kontenId: uuid()
      .notNull()
      .references(() => konten.id),
    round: integer().notNull(),
    item: integer().notNull(),
    revisionId: uuid().notNull(),
    confirmedBy: uuid().notNull(),
    confirmedLabel: text().notNull(),
    confirmedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    note: text(),
  },
  (t) => [primaryKey({ columns: [t.kontenId, t.round, t.item] })],
);

/** Internal notes between writer, redaktur and head; mentioned people are notified. */
export const kontenKomentar = pgTable(
  'konten_komentar',
  {
    id: uuid().primaryKey().defaultRandom(),
    kontenId: uuid()
      .notNull()
      .references(() => konten.id),
    authorUserId: uuid().notNull(),
    authorLabel: text().notNull(),
    isi: text().notNull(),
    mentions: uuid().array().notNull().default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('konten_komentar_konten').on(t.kontenId, t.createdAt)],
);

/** An approved item proposed to the pemda's Media Center (seed 004 §VIII.4); its steps are in alur_riwayat. */
export const kontenMediaCenter = pgTable(
  'konten_media_center',
  {
    kontenId: uuid()
      .primaryKey()
      .references(() => konten.id),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    status: text().notNull(),
    /** The revision proposed: the central site shows this one. */
    revisionId: uuid().notNull(),
    proposedBy: uuid().notNull(),
    proposedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    note: text(),
    decidedBy: uuid(),
    decidedAt: timestamp({ withTimezone: true }),
    publishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('konten_media_center_queue').on(t.tenantId, t.status, t.proposedAt),
    // The pemda home's central list, newest first: without it, 5,000 central items of 100,000 were
    // joined to every item of the tenant and sorted (63 ms on each first render; 0.2 ms with it).
    index('konten_media_center_pusat').on(t.tenantId, t.publishedAt.desc(), t.kontenId).where(sql`${t.status} = 'terbit_pusat'`),
  ],
);

/** A unit's content settings: whether the redaktur step is required (the head's approval always is). */
export const kontenPengaturan = pgTable('konten_pengaturan', {
  unitId: uuid()
    .primaryKey()
    .references(() => units.id),
  wajibRedaktur: boolean().notNull().default(true),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
