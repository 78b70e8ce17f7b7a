CREATE TABLE "konten_cari" (
	"konten_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"bidang_id" uuid,
	"published_at" timestamp with time zone,
	"revisi_id" uuid NOT NULL,
	"cari" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sosial_oauth" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"akun_id" uuid,
	"user_id" uuid NOT NULL,
	"session_id" text NOT NULL,
	"state_hash" text NOT NULL,
	"code_verifier_sealed" text,
	"pilihan_sealed" text,
	"simulasi" boolean DEFAULT false NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "konten_revisi_cari";--> statement-breakpoint
ALTER TABLE "impor_wp" ADD COLUMN "tugas" text;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD COLUMN "mapping" jsonb;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD COLUMN "bahasa" text DEFAULT 'id' NOT NULL;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD COLUMN "dijalankan_oleh" uuid;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD COLUMN "progres" jsonb;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD COLUMN "galat" text;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sosial_akun" ADD COLUMN "opsi_privasi" text[];--> statement-breakpoint
ALTER TABLE "sosial_akun" ADD COLUMN "refresh_lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sosial_aplikasi" ADD COLUMN "simulasi" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sosial_kiriman" ADD COLUMN "platform" text NOT NULL;--> statement-breakpoint
ALTER TABLE "sosial_kiriman" ADD COLUMN "lease_owner" text;--> statement-breakpoint
ALTER TABLE "sosial_kiriman" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sosial_varian" ADD COLUMN "turunan" text[] DEFAULT '{"teks","judul","mediaIds"}' NOT NULL;--> statement-breakpoint
ALTER TABLE "konten_cari" ADD CONSTRAINT "konten_cari_konten_id_konten_id_fk" FOREIGN KEY ("konten_id") REFERENCES "public"."konten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "konten_cari" ADD CONSTRAINT "konten_cari_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "konten_cari" ADD CONSTRAINT "konten_cari_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sosial_oauth" ADD CONSTRAINT "sosial_oauth_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sosial_oauth" ADD CONSTRAINT "sosial_oauth_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sosial_oauth" ADD CONSTRAINT "sosial_oauth_akun_id_sosial_akun_id_fk" FOREIGN KEY ("akun_id") REFERENCES "public"."sosial_akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "konten_cari_words" ON "konten_cari" USING gin ("cari");--> statement-breakpoint
CREATE INDEX "konten_cari_unit_order" ON "konten_cari" USING btree ("unit_id","published_at" DESC NULLS LAST,"konten_id");--> statement-breakpoint
CREATE INDEX "konten_cari_unit_jenis_order" ON "konten_cari" USING btree ("unit_id","jenis","published_at" DESC NULLS LAST,"konten_id");--> statement-breakpoint
CREATE INDEX "konten_cari_unit_bidang_order" ON "konten_cari" USING btree ("unit_id","bidang_id","published_at" DESC NULLS LAST,"konten_id");--> statement-breakpoint
CREATE INDEX "konten_cari_tenant_order" ON "konten_cari" USING btree ("tenant_id","published_at" DESC NULLS LAST,"konten_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sosial_oauth_state" ON "sosial_oauth" USING btree ("state_hash");--> statement-breakpoint
CREATE INDEX "sosial_oauth_expiry" ON "sosial_oauth" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "informasi_cari" ON "informasi" USING gin ((setweight(to_tsvector('indonesian', "judul"), 'A') || setweight(to_tsvector('indonesian', "ringkasan"), 'B')));--> statement-breakpoint
-- Written by hand (keep when regenerating), 1 of 2: the search index keeps each vector in its row,
-- compressed, up to a whole page, instead of moving it to the TOAST table; drizzle-kit has no
-- schema syntax for either setting.
ALTER TABLE "konten_cari" SET (toast_tuple_target = 8160);--> statement-breakpoint
ALTER TABLE "konten_cari" ALTER COLUMN "cari" SET STORAGE MAIN;--> statement-breakpoint
-- Written by hand (keep when regenerating), 2 of 2: the search index starts with every item already
-- live, the same rows cari/sync-konten-cari.ts writes at each publish.
INSERT INTO "konten_cari" ("konten_id", "tenant_id", "unit_id", "jenis", "bidang_id", "published_at", "revisi_id", "cari")
SELECT k."id", k."tenant_id", k."unit_id", k."jenis", r."bidang_id", k."published_at", r."id", r."cari"
FROM "konten" k JOIN "konten_revisi" r ON r."id" = k."live_revision_id";
