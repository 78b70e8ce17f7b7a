import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { konten } from '../konten/schema.ts';
import { tenants, units } from '../org/schema.ts';
import { tsvector } from './tsvector.ts';

/**
 * The site search's index of live content: one row per live item, copied from its live revision
 * by `syncKontenCari` in the transaction that publishes, unpublishes or replaces it, so a search
 * sees a change as soon as it commits and never sees a draft. Kept apart from `konten` so the
 * vector is neither read by every `select()` of an item nor sent to the admin with it, and so one
 * narrow table answers unit + words + date without a join.
 */
export const kontenCari = pgTable(
  'konten_cari',
  {
    kontenId: uuid()
      .primaryKey()
      .references(() => konten.id),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    jenis: text().notNull(),
    /** The live revision's bidang (the item's own column follows the revision being worked on). */
    bidangId: uuid(),
    publishedAt: timestamp({ withTimezone: true }),
    /** The live revision: its title, summary and body give the result's title and excerpt. */
    revisiId: uuid().notNull(),
    /**
     * The live revision's words (konten_revisi.cari): title A, summary and tags B, body C. Kept in
     * the row, compressed, rather than in the TOAST table (hand-written storage settings in the
     * migration): a common word is checked on a few hundred of the newest rows, and a TOAST fetch
     * for each made that several times slower (bench/cari.ts).
     */
    cari: tsvector().notNull(),
  },
  (t) => [
    // A word's matches, from any unit; a rare word is found here.
    index('konten_cari_words').using('gin', t.cari),
    // A unit's (or the pemda's) items newest first: a common word is checked on the newest rows only.
    index('konten_cari_unit_order').on(t.unitId, t.publishedAt.desc(), t.kontenId),
    index('konten_cari_unit_jenis_order').on(t.unitId, t.jenis, t.publishedAt.desc(), t.kontenId),
    // Chosen only because the planner knows that a bidang lies in one unit (hand-written statistics
    // `konten_cari_scope` in the migration): otherwise it expects a tenth of a bidang's items and
    // checks the words of every one of them instead of stopping at the newest matches.
    index('konten_cari_unit_bidang_order').on(t.unitId, t.bidangId, t.publishedAt.desc(), t.kontenId),
    index('konten_cari_tenant_order').on(t.tenantId, t.publishedAt.desc(), t.kontenId),
  ],
);
