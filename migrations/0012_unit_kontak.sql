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
ALTER TABLE "pesan_masuk" ADD CONSTRAINT "pesan_masuk_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pesan_masuk" ADD CONSTRAINT "pesan_masuk_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situs_pengaturan" ADD CONSTRAINT "situs_pengaturan_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situs_pengaturan" ADD CONSTRAINT "situs_pengaturan_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pesan_masuk_unit_status" ON "pesan_masuk" USING btree ("unit_id","status","received_at");--> statement-breakpoint
CREATE INDEX "pesan_masuk_tenant_received" ON "pesan_masuk" USING btree ("tenant_id","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "situs_pengaturan_unit" ON "situs_pengaturan" USING btree ("unit_id") WHERE "situs_pengaturan"."unit_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "situs_pengaturan_tenant_root" ON "situs_pengaturan" USING btree ("tenant_id") WHERE "situs_pengaturan"."unit_id" is null;