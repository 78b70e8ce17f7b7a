CREATE TABLE "liputan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kegiatan" text NOT NULL,
	"mulai" timestamp with time zone NOT NULL,
	"tanggal" date NOT NULL,
	"tempat" text NOT NULL,
	"catatan" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'direncanakan' NOT NULL,
	"rencana_item_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "liputan_konten" (
	"liputan_id" uuid NOT NULL,
	"konten_id" uuid NOT NULL,
	CONSTRAINT "liputan_konten_liputan_id_konten_id_pk" PRIMARY KEY("liputan_id","konten_id")
);
--> statement-breakpoint
CREATE TABLE "liputan_pengingat" (
	"liputan_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"tanggal" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "liputan_pengingat_liputan_id_person_id_tanggal_pk" PRIMARY KEY("liputan_id","person_id","tanggal")
);
--> statement-breakpoint
CREATE TABLE "liputan_petugas" (
	"liputan_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"peran" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "liputan_petugas_liputan_id_person_id_peran_pk" PRIMARY KEY("liputan_id","person_id","peran")
);
--> statement-breakpoint
CREATE TABLE "rencana_feed" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"token_sealed" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rencana_feed_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "rencana_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"judul" text NOT NULL,
	"tema" text DEFAULT '' NOT NULL,
	"tanggal" date NOT NULL,
	"jam" text,
	"platform" text[] DEFAULT '{}' NOT NULL,
	"jenis" text NOT NULL,
	"pemilik_person_id" uuid,
	"catatan" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'direncanakan' NOT NULL,
	"konten_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "liputan" ADD CONSTRAINT "liputan_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liputan" ADD CONSTRAINT "liputan_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liputan" ADD CONSTRAINT "liputan_rencana_item_id_rencana_item_id_fk" FOREIGN KEY ("rencana_item_id") REFERENCES "public"."rencana_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liputan_konten" ADD CONSTRAINT "liputan_konten_liputan_id_liputan_id_fk" FOREIGN KEY ("liputan_id") REFERENCES "public"."liputan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liputan_konten" ADD CONSTRAINT "liputan_konten_konten_id_konten_id_fk" FOREIGN KEY ("konten_id") REFERENCES "public"."konten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liputan_pengingat" ADD CONSTRAINT "liputan_pengingat_liputan_id_liputan_id_fk" FOREIGN KEY ("liputan_id") REFERENCES "public"."liputan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liputan_pengingat" ADD CONSTRAINT "liputan_pengingat_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liputan_petugas" ADD CONSTRAINT "liputan_petugas_liputan_id_liputan_id_fk" FOREIGN KEY ("liputan_id") REFERENCES "public"."liputan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liputan_petugas" ADD CONSTRAINT "liputan_petugas_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_feed" ADD CONSTRAINT "rencana_feed_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_item" ADD CONSTRAINT "rencana_item_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_item" ADD CONSTRAINT "rencana_item_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_item" ADD CONSTRAINT "rencana_item_pemilik_person_id_people_id_fk" FOREIGN KEY ("pemilik_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_item" ADD CONSTRAINT "rencana_item_konten_id_konten_id_fk" FOREIGN KEY ("konten_id") REFERENCES "public"."konten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "liputan_unit_tanggal" ON "liputan" USING btree ("unit_id","tanggal");--> statement-breakpoint
CREATE INDEX "liputan_tanggal_status" ON "liputan" USING btree ("tanggal","status");--> statement-breakpoint
CREATE INDEX "liputan_petugas_person" ON "liputan_petugas" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "rencana_item_unit_tanggal" ON "rencana_item" USING btree ("unit_id","tanggal");--> statement-breakpoint
CREATE INDEX "rencana_item_konten" ON "rencana_item" USING btree ("konten_id") WHERE "rencana_item"."konten_id" is not null;