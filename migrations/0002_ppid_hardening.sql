CREATE TABLE "audit_anchors" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"rows" bigint NOT NULL,
	"last_id" bigint NOT NULL,
	"last_hash" text NOT NULL,
	"mac" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lampiran" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"file_name" text,
	"media_type" text,
	"size" integer,
	"sha256" text,
	"url" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lampiran_isi" (
	"lampiran_id" uuid PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "permohonan_resubmission" (
	"permohonan_id" uuid PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"sealed_token" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "lampiran" ADD CONSTRAINT "lampiran_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lampiran_isi" ADD CONSTRAINT "lampiran_isi_lampiran_id_lampiran_id_fk" FOREIGN KEY ("lampiran_id") REFERENCES "public"."lampiran"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permohonan_resubmission" ADD CONSTRAINT "permohonan_resubmission_permohonan_id_permohonan_id_fk" FOREIGN KEY ("permohonan_id") REFERENCES "public"."permohonan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lampiran_owner" ON "lampiran" USING btree ("owner_kind","owner_id","created_at");--> statement-breakpoint
CREATE INDEX "permohonan_resubmission_fingerprint" ON "permohonan_resubmission" USING btree ("fingerprint");--> statement-breakpoint
CREATE INDEX "permohonan_resubmission_expires_at" ON "permohonan_resubmission" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "informasi_public_order" ON "informasi" USING btree ("unit_id","klasifikasi","tanggal_terbit" DESC NULLS LAST,"created_at" DESC NULLS LAST,"id") WHERE "informasi"."diarsipkan_at" is null;--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "failed_logins";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "locked_until";