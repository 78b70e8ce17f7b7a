ALTER TABLE "konten_daftar_jumlah" ADD COLUMN "bulan" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "konten_daftar_jumlah" DROP CONSTRAINT "konten_daftar_jumlah_unit_id_jenis_segi_nilai_pk";--> statement-breakpoint
ALTER TABLE "konten_daftar_jumlah" ADD CONSTRAINT "konten_daftar_jumlah_unit_id_jenis_segi_nilai_bulan_pk" PRIMARY KEY("unit_id","jenis","segi","nilai","bulan");--> statement-breakpoint
ALTER TABLE "konten_daftar" ADD COLUMN "mulai" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "konten_daftar" ADD COLUMN "akhir" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "konten_daftar_mulai" ON "konten_daftar" USING btree ("unit_id","mulai","konten_id") WHERE "konten_daftar"."mulai" is not null;--> statement-breakpoint
CREATE INDEX "konten_daftar_akhir" ON "konten_daftar" USING btree ("unit_id","akhir") WHERE "konten_daftar"."akhir" is not null;--> statement-breakpoint
CREATE INDEX "konten_media_center_pusat" ON "konten_media_center" USING btree ("tenant_id","published_at" DESC NULLS LAST,"konten_id") WHERE "konten_media_center"."status" = 'terbit_pusat';--> statement-breakpoint
-- konten_cari's scope columns depend on each other: a bidang belongs to one unit and a unit to one
-- tenant. Without this the planner multiplies their selectivities, expects ~340 of a bidang's 3,300
-- items (bench/cari.ts, 100,000 items) and reads all of them through a bitmap, checking every
-- vector, instead of walking konten_cari_unit_bidang_order newest first and stopping at the 200th
-- match: 3,334 vectors checked → 715, 15.7 → 4.1 ms for `?q=anggaran&bidang=teknis` while the words'
-- GIN index has a pending list (after a bulk load, between vacuums, always on PGlite), which makes
-- the GIN path look and be dear. drizzle-kit cannot express statistics.
CREATE STATISTICS IF NOT EXISTS "konten_cari_scope" (dependencies) ON "tenant_id", "unit_id", "bidang_id" FROM "konten_cari";--> statement-breakpoint
-- Built by the next ANALYZE; autovacuum waits for a tenth of the rows to change, so run one now.
ANALYZE "konten_cari";--> statement-breakpoint
-- konten_daftar_jumlah now counts each list month by month (column bulan, in the primary key after
-- it; drizzle-kit 0016 emitted ADD CONSTRAINT before ADD COLUMN — put the column first). The rows
-- kept before have no month: empty the lists' index and its counts, and the next start refills both
-- from the live items (fillKontenDaftarIfEmpty, before the site answers), with the new konten_daftar
-- columns mulai and akhir filled for every live event.
DELETE FROM "konten_daftar_jumlah";--> statement-breakpoint
DELETE FROM "konten_daftar";
