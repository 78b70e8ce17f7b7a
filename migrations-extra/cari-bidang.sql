-- konten_cari's scope columns depend on each other: a bidang belongs to one unit and a unit to one
-- tenant. Without this the planner multiplies their selectivities, expects ~340 of a bidang's 3,300
-- items (bench/cari.ts, 100,000 items) and reads all of them through a bitmap, checking every
-- vector, instead of walking konten_cari_unit_bidang_order newest first and stopping at the 200th
-- match: 3,334 vectors checked → 715, 15.7 → 4.1 ms for `?q=anggaran&bidang=teknis` while the words'
-- GIN index has a pending list (after a bulk load, between vacuums, always on PGlite), which makes
-- the GIN path look and be dear. drizzle-kit cannot express statistics.
CREATE STATISTICS IF NOT EXISTS "konten_cari_scope" (dependencies) ON "tenant_id", "unit_id", "bidang_id" FROM "konten_cari";--> statement-breakpoint
-- Built by the next ANALYZE; autovacuum waits for a tenth of the rows to change, so run one now.
ANALYZE "konten_cari";
