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
ALTER TABLE "sosial_akun" ADD COLUMN "refresh_lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sosial_aplikasi" ADD COLUMN "simulasi" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sosial_oauth" ADD CONSTRAINT "sosial_oauth_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sosial_oauth" ADD CONSTRAINT "sosial_oauth_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sosial_oauth" ADD CONSTRAINT "sosial_oauth_akun_id_sosial_akun_id_fk" FOREIGN KEY ("akun_id") REFERENCES "public"."sosial_akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sosial_oauth_state" ON "sosial_oauth" USING btree ("state_hash");--> statement-breakpoint
CREATE INDEX "sosial_oauth_expiry" ON "sosial_oauth" USING btree ("expires_at");