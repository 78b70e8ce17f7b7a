CREATE TABLE "konten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"bidang_id" uuid,
	"penulis_person_id" uuid,
	"slug" text NOT NULL,
	"status" text DEFAULT 'draf' NOT NULL,
	"created_by" uuid NOT NULL,
	"current_revision_id" uuid,
	"approved_revision_id" uuid,
	"approved_hash" text,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"live_revision_id" uuid,
	"scheduled_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"review_round" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "konten_fbs" (
	"konten_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"item" integer NOT NULL,
	"revision_id" uuid NOT NULL,
	"confirmed_by" uuid NOT NULL,
	"confirmed_label" text NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	CONSTRAINT "konten_fbs_konten_id_round_item_pk" PRIMARY KEY("konten_id","round","item")
);
--> statement-breakpoint
CREATE TABLE "konten_komentar" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"konten_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_label" text NOT NULL,
	"isi" text NOT NULL,
	"mentions" uuid[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "konten_media_center" (
	"konten_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"status" text NOT NULL,
	"revision_id" uuid NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "konten_pengaturan" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"wajib_redaktur" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "konten_revisi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"konten_id" uuid NOT NULL,
	"nomor" integer NOT NULL,
	"judul" text NOT NULL,
	"ringkasan" text DEFAULT '' NOT NULL,
	"isi" jsonb NOT NULL,
	"atribut" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cover_media_id" uuid,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"media_ids" uuid[] DEFAULT '{}' NOT NULL,
	"hash" text NOT NULL,
	"author_user_id" uuid,
	"author_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "konten" ADD CONSTRAINT "konten_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "konten" ADD CONSTRAINT "konten_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "konten" ADD CONSTRAINT "konten_bidang_id_bidang_id_fk" FOREIGN KEY ("bidang_id") REFERENCES "public"."bidang"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "konten" ADD CONSTRAINT "konten_penulis_person_id_people_id_fk" FOREIGN KEY ("penulis_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "konten_fbs" ADD CONSTRAINT "konten_fbs_konten_id_konten_id_fk" FOREIGN KEY ("konten_id") REFERENCES "public"."konten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "konten_komentar" ADD CONSTRAINT "konten_komentar_konten_id_konten_id_fk" FOREIGN KEY ("konten_id") REFERENCES "public"."konten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "konten_media_center" ADD CONSTRAINT "konten_media_center_konten_id_konten_id_fk" FOREIGN KEY ("konten_id") REFERENCES "public"."konten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "konten_media_center" ADD CONSTRAINT "konten_media_center_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "konten_pengaturan" ADD CONSTRAINT "konten_pengaturan_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "konten_revisi" ADD CONSTRAINT "konten_revisi_konten_id_konten_id_fk" FOREIGN KEY ("konten_id") REFERENCES "public"."konten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "konten_unit_slug" ON "konten" USING btree ("unit_id","slug");--> statement-breakpoint
CREATE INDEX "konten_unit_status" ON "konten" USING btree ("unit_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "konten_public_order" ON "konten" USING btree ("unit_id","jenis","published_at" DESC NULLS LAST,"id") WHERE "konten"."live_revision_id" is not null;--> statement-breakpoint
CREATE INDEX "konten_scheduled" ON "konten" USING btree ("scheduled_at") WHERE "konten"."status" = 'dijadwalkan';--> statement-breakpoint
CREATE INDEX "konten_komentar_konten" ON "konten_komentar" USING btree ("konten_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "konten_revisi_nomor" ON "konten_revisi" USING btree ("konten_id","nomor");