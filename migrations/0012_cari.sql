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
ALTER TABLE "konten_revisi" ADD COLUMN "cari" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('indonesian', judul), 'A') || setweight(to_tsvector('indonesian', ringkasan), 'B') || setweight(to_tsvector('indonesian', warta_teks_tag(tags)), 'B') || setweight(to_tsvector('indonesian', jsonb_path_query_array(isi, 'strict $.**.text')), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "alumni" ADD CONSTRAINT "alumni_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni" ADD CONSTRAINT "alumni_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alumni_unit_program" ON "alumni" USING btree ("unit_id","program","tahun" DESC NULLS LAST,"angkatan","nama");--> statement-breakpoint
CREATE INDEX "konten_cari_unit" ON "konten" USING btree ("unit_id","published_at" DESC NULLS LAST,"id") WHERE "konten"."live_revision_id" is not null;--> statement-breakpoint
CREATE INDEX "konten_cari_tenant" ON "konten" USING btree ("tenant_id","published_at" DESC NULLS LAST,"id") WHERE "konten"."live_revision_id" is not null;--> statement-breakpoint
CREATE INDEX "konten_revisi_cari" ON "konten_revisi" USING gin ("cari");