CREATE TABLE "konten_daftar" (
	"konten_id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"bidang_id" uuid,
	"kategori" text,
	"penulis_person_id" uuid,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "konten_daftar_jumlah" (
	"unit_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"segi" text NOT NULL,
	"nilai" text NOT NULL,
	"jumlah" integer NOT NULL,
	CONSTRAINT "konten_daftar_jumlah_unit_id_jenis_segi_nilai_pk" PRIMARY KEY("unit_id","jenis","segi","nilai")
);
--> statement-breakpoint
DROP INDEX "sosial_kiriman_due";--> statement-breakpoint
ALTER TABLE "sosial_akun" ADD COLUMN "refresh_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sosial_akun" ADD COLUMN "expiry_mailed_for" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "konten_daftar" ADD CONSTRAINT "konten_daftar_konten_id_konten_id_fk" FOREIGN KEY ("konten_id") REFERENCES "public"."konten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "konten_daftar" ADD CONSTRAINT "konten_daftar_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "konten_daftar_jumlah" ADD CONSTRAINT "konten_daftar_jumlah_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "konten_daftar_unit" ON "konten_daftar" USING btree ("unit_id","published_at" DESC NULLS LAST,"konten_id");--> statement-breakpoint
CREATE INDEX "konten_daftar_jenis" ON "konten_daftar" USING btree ("unit_id","jenis","published_at" DESC NULLS LAST,"konten_id");--> statement-breakpoint
CREATE INDEX "konten_daftar_bidang" ON "konten_daftar" USING btree ("unit_id","jenis","bidang_id","published_at" DESC NULLS LAST,"konten_id") WHERE "konten_daftar"."bidang_id" is not null;--> statement-breakpoint
CREATE INDEX "konten_daftar_kategori" ON "konten_daftar" USING btree ("unit_id","jenis","kategori","published_at" DESC NULLS LAST,"konten_id") WHERE "konten_daftar"."kategori" is not null;--> statement-breakpoint
CREATE INDEX "konten_daftar_penulis" ON "konten_daftar" USING btree ("unit_id","jenis","penulis_person_id","published_at" DESC NULLS LAST,"konten_id") WHERE "konten_daftar"."penulis_person_id" is not null;--> statement-breakpoint
CREATE INDEX "sosial_kiriman_due" ON "sosial_kiriman" USING btree ("dijadwalkan") WHERE "sosial_kiriman"."status" in ('antri', 'berjalan', 'belum_pasti', 'menghapus');--> statement-breakpoint
-- Hand-written: the public lists' index and counts for the items already live (what syncKontenDaftar keeps from now on).
INSERT INTO "konten_daftar" ("konten_id", "unit_id", "jenis", "bidang_id", "kategori", "penulis_person_id", "published_at")
SELECT k."id", k."unit_id", k."jenis", r."bidang_id", r."atribut"->>'kategori', r."penulis_person_id", k."published_at"
FROM "konten" k JOIN "konten_revisi" r ON r."id" = k."live_revision_id";--> statement-breakpoint
INSERT INTO "konten_daftar_jumlah" ("unit_id", "jenis", "segi", "nilai", "jumlah")
SELECT "unit_id", "jenis", '', '', count(*) FROM "konten_daftar" GROUP BY "unit_id", "jenis"
UNION ALL SELECT "unit_id", "jenis", 'bidang', "bidang_id"::text, count(*) FROM "konten_daftar" WHERE "bidang_id" IS NOT NULL GROUP BY "unit_id", "jenis", "bidang_id"
UNION ALL SELECT "unit_id", "jenis", 'kategori', "kategori", count(*) FROM "konten_daftar" WHERE "kategori" IS NOT NULL GROUP BY "unit_id", "jenis", "kategori"
UNION ALL SELECT "unit_id", "jenis", 'penulis', "penulis_person_id"::text, count(*) FROM "konten_daftar" WHERE "penulis_person_id" IS NOT NULL GROUP BY "unit_id", "jenis", "penulis_person_id";
