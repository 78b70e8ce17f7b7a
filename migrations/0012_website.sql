-- Site search (module cari): array_to_string is only STABLE (any array type), so a generated column
-- cannot call it; for text[] it is immutable, which this wrapper states. Written by hand before the
-- generated statements: regenerating this migration must keep it.
CREATE OR REPLACE FUNCTION warta_teks_tag(tags text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(tags, ' ') $$;--> statement-breakpoint
CREATE TABLE "alumni" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"program" text NOT NULL,
	"tahun" integer NOT NULL,
	"angkatan" text DEFAULT '' NOT NULL,
	"nama" text NOT NULL,
	"nip" text,
	"instansi" text DEFAULT '' NOT NULL,
	"jabatan" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impor_wp" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"site_url" text NOT NULL,
	"site_title" text DEFAULT '' NOT NULL,
	"has_uploads" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'diunggah' NOT NULL,
	"report" jsonb,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "impor_wp_alamat" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"old_path" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"target_path" text NOT NULL,
	"site_url" text NOT NULL,
	"wp_id" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impor_wp_objek" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"site_url" text NOT NULL,
	"wp_key" text NOT NULL,
	"wp_type" text NOT NULL,
	"guid" text DEFAULT '' NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"impor_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pesan_masuk" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"channel" text DEFAULT 'kontak' NOT NULL,
	"sender_name" text NOT NULL,
	"sender_email" text NOT NULL,
	"sender_phone" text,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"lang" text DEFAULT 'id' NOT NULL,
	"status" text DEFAULT 'baru' NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "situs_pengaturan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid,
	"logo_media_id" uuid,
	"accent_color" text,
	"address" text,
	"opening_hours" text,
	"map_url" text,
	"email" text,
	"phone" text,
	"complaint_url" text,
	"elearning_url" text,
	"social" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "konten_revisi" ADD COLUMN "cari" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('indonesian', judul), 'A') || setweight(to_tsvector('indonesian', ringkasan), 'B') || setweight(to_tsvector('indonesian', warta_teks_tag(tags)), 'B') || setweight(to_tsvector('indonesian', jsonb_path_query_array(isi, 'strict $.**.text')), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "alumni" ADD CONSTRAINT "alumni_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni" ADD CONSTRAINT "alumni_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD CONSTRAINT "impor_wp_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD CONSTRAINT "impor_wp_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impor_wp_alamat" ADD CONSTRAINT "impor_wp_alamat_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impor_wp_alamat" ADD CONSTRAINT "impor_wp_alamat_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impor_wp_objek" ADD CONSTRAINT "impor_wp_objek_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impor_wp_objek" ADD CONSTRAINT "impor_wp_objek_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pesan_masuk" ADD CONSTRAINT "pesan_masuk_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pesan_masuk" ADD CONSTRAINT "pesan_masuk_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situs_pengaturan" ADD CONSTRAINT "situs_pengaturan_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situs_pengaturan" ADD CONSTRAINT "situs_pengaturan_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alumni_unit_program" ON "alumni" USING btree ("unit_id","program","tahun" DESC NULLS LAST,"angkatan","nama");--> statement-breakpoint
CREATE INDEX "impor_wp_unit" ON "impor_wp" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "impor_wp_alamat_old" ON "impor_wp_alamat" USING btree ("tenant_id","old_path");--> statement-breakpoint
CREATE UNIQUE INDEX "impor_wp_objek_key" ON "impor_wp_objek" USING btree ("unit_id","site_url","wp_key");--> statement-breakpoint
CREATE INDEX "pesan_masuk_unit_status" ON "pesan_masuk" USING btree ("unit_id","status","received_at");--> statement-breakpoint
CREATE INDEX "pesan_masuk_tenant_received" ON "pesan_masuk" USING btree ("tenant_id","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "situs_pengaturan_unit" ON "situs_pengaturan" USING btree ("unit_id") WHERE "situs_pengaturan"."unit_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "situs_pengaturan_tenant_root" ON "situs_pengaturan" USING btree ("tenant_id") WHERE "situs_pengaturan"."unit_id" is null;--> statement-breakpoint
CREATE INDEX "konten_cari_unit" ON "konten" USING btree ("unit_id","published_at" DESC NULLS LAST,"id") WHERE "konten"."live_revision_id" is not null;--> statement-breakpoint
CREATE INDEX "konten_cari_tenant" ON "konten" USING btree ("tenant_id","published_at" DESC NULLS LAST,"id") WHERE "konten"."live_revision_id" is not null;--> statement-breakpoint
CREATE INDEX "konten_revisi_cari" ON "konten_revisi" USING gin ("cari");