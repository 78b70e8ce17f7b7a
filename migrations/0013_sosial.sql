CREATE TABLE "sosial_akun" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"mode" text DEFAULT 'api' NOT NULL,
	"status" text DEFAULT 'terhubung' NOT NULL,
	"external_account_id" text,
	"nama" text NOT NULL,
	"profile_url" text,
	"credentials_sealed" text,
	"token_expires_at" timestamp with time zone,
	"scopes" text[] DEFAULT '{}' NOT NULL,
	"last_error_code" text,
	"simulasi" boolean DEFAULT false NOT NULL,
	"connected_by" uuid,
	"connected_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sosial_aplikasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"client_id" text NOT NULL,
	"client_secret_sealed" text NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sosial_kiriman" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"konten_id" uuid NOT NULL,
	"akun_id" uuid NOT NULL,
	"varian" jsonb NOT NULL,
	"status" text DEFAULT 'antri' NOT NULL,
	"tahap" text DEFAULT 'prepare' NOT NULL,
	"state" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"langkah" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"percobaan" integer DEFAULT 0 NOT NULL,
	"error" jsonb,
	"dijadwalkan" timestamp with time zone DEFAULT now() NOT NULL,
	"external_id" text,
	"permalink" text,
	"terbit_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sosial_varian" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"konten_id" uuid NOT NULL,
	"akun_id" uuid NOT NULL,
	"aktif" boolean DEFAULT true NOT NULL,
	"teks" text DEFAULT '' NOT NULL,
	"judul" text,
	"utas" text[] DEFAULT '{}' NOT NULL,
	"media_ids" uuid[] DEFAULT '{}' NOT NULL,
	"pengaturan" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sosial_akun" ADD CONSTRAINT "sosial_akun_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sosial_akun" ADD CONSTRAINT "sosial_akun_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sosial_aplikasi" ADD CONSTRAINT "sosial_aplikasi_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sosial_kiriman" ADD CONSTRAINT "sosial_kiriman_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sosial_kiriman" ADD CONSTRAINT "sosial_kiriman_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sosial_kiriman" ADD CONSTRAINT "sosial_kiriman_konten_id_konten_id_fk" FOREIGN KEY ("konten_id") REFERENCES "public"."konten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sosial_kiriman" ADD CONSTRAINT "sosial_kiriman_akun_id_sosial_akun_id_fk" FOREIGN KEY ("akun_id") REFERENCES "public"."sosial_akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sosial_varian" ADD CONSTRAINT "sosial_varian_konten_id_konten_id_fk" FOREIGN KEY ("konten_id") REFERENCES "public"."konten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sosial_varian" ADD CONSTRAINT "sosial_varian_akun_id_sosial_akun_id_fk" FOREIGN KEY ("akun_id") REFERENCES "public"."sosial_akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sosial_akun_unit_platform_external" ON "sosial_akun" USING btree ("unit_id","platform","external_account_id");--> statement-breakpoint
CREATE INDEX "sosial_akun_unit" ON "sosial_akun" USING btree ("unit_id","platform");--> statement-breakpoint
CREATE INDEX "sosial_akun_expiry" ON "sosial_akun" USING btree ("token_expires_at") WHERE "sosial_akun"."status" = 'terhubung' and "sosial_akun"."mode" = 'api';--> statement-breakpoint
CREATE UNIQUE INDEX "sosial_aplikasi_tenant_platform" ON "sosial_aplikasi" USING btree ("tenant_id","platform");--> statement-breakpoint
CREATE UNIQUE INDEX "sosial_kiriman_live" ON "sosial_kiriman" USING btree ("konten_id","akun_id") WHERE "sosial_kiriman"."status" not in ('gagal', 'dihapus');--> statement-breakpoint
CREATE INDEX "sosial_kiriman_due" ON "sosial_kiriman" USING btree ("dijadwalkan") WHERE "sosial_kiriman"."status" in ('antri', 'berjalan', 'belum_pasti');--> statement-breakpoint
CREATE INDEX "sosial_kiriman_unit" ON "sosial_kiriman" USING btree ("unit_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "sosial_varian_konten_akun" ON "sosial_varian" USING btree ("konten_id","akun_id");