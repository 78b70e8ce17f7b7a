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
ALTER TABLE "impor_wp" ADD CONSTRAINT "impor_wp_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD CONSTRAINT "impor_wp_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impor_wp_alamat" ADD CONSTRAINT "impor_wp_alamat_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impor_wp_alamat" ADD CONSTRAINT "impor_wp_alamat_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impor_wp_objek" ADD CONSTRAINT "impor_wp_objek_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impor_wp_objek" ADD CONSTRAINT "impor_wp_objek_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "impor_wp_unit" ON "impor_wp" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "impor_wp_alamat_old" ON "impor_wp_alamat" USING btree ("tenant_id","old_path");--> statement-breakpoint
CREATE UNIQUE INDEX "impor_wp_objek_key" ON "impor_wp_objek" USING btree ("unit_id","site_url","wp_key");