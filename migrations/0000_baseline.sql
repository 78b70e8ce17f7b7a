CREATE TABLE "bidang" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decrees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid,
	"number" text NOT NULL,
	"date" date NOT NULL,
	"title" text NOT NULL,
	"signer_name" text NOT NULL,
	"signer_position" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"nip" text,
	"position" text,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"decree_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"time_zone" text NOT NULL,
	"domain" text,
	"require2fa_for_admins" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenants_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"parent_id" uuid,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" text NOT NULL,
	"tier" integer DEFAULT 1 NOT NULL,
	"host" text,
	"address" text,
	"phone" text,
	"email" text,
	"is_media_center" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "auth_tokens_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"mfa_pending" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"person_id" uuid,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text,
	"is_admin" boolean DEFAULT false NOT NULL,
	"lang" text DEFAULT 'id' NOT NULL,
	"totp_secret_sealed" text,
	"totp_enabled_at" timestamp with time zone,
	"totp_last_step" integer,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"purpose" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "site_pages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "informasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"klasifikasi" text NOT NULL,
	"judul" text NOT NULL,
	"ringkasan" text NOT NULL,
	"penguasa_informasi" text NOT NULL,
	"waktu_pembuatan" text,
	"tempat_pembuatan" text,
	"bentuk" text NOT NULL,
	"jangka_waktu_penyimpanan" text,
	"tautan" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tanggal_terbit" date,
	"pembaruan_berikutnya" date,
	"pasal17_huruf" text,
	"dasar_hukum" text,
	"uji_konsekuensi" text,
	"masa_pengecualian" text,
	"pengecualian_berakhir" date,
	"penetapan_nomor" text,
	"penetapan_tanggal" date,
	"diarsipkan_at" timestamp with time zone,
	"alasan_arsip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "permohonan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"tracking_token_hash" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_by" uuid,
	"channel" text NOT NULL,
	"requester_type" text NOT NULL,
	"requester_name" text NOT NULL,
	"requester_address" text NOT NULL,
	"requester_occupation" text,
	"requester_phone" text,
	"requester_email" text,
	"information_details" text NOT NULL,
	"purpose" text NOT NULL,
	"obtain_method" text NOT NULL,
	"copy_delivery" text,
	"status" text DEFAULT 'terdaftar' NOT NULL,
	"due_date" date,
	"extended_due_date" date,
	"extension_reason" text,
	"decided_at" timestamp with time zone,
	"decision" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "permohonan_counters" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_sequence" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "permohonan_counters_unit_id_year_pk" PRIMARY KEY("unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "permohonan_identitas" (
	"permohonan_id" uuid PRIMARY KEY NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sealed" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"purge_after" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "permohonan_riwayat" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"permohonan_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "holiday_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "holidays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid,
	"date" date NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "laporan_kip" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid,
	"dari" date NOT NULL,
	"sampai" date NOT NULL,
	"kendala" text DEFAULT '' NOT NULL,
	"rekomendasi" text DEFAULT '' NOT NULL,
	"tindak_lanjut" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "laporan_kip_scope_period" UNIQUE NULLS NOT DISTINCT("tenant_id","unit_id","dari","sampai")
);
--> statement-breakpoint
CREATE TABLE "keberatan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"permohonan_id" uuid NOT NULL,
	"permohonan_number" text NOT NULL,
	"channel" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_by" uuid,
	"grounds" jsonb NOT NULL,
	"reason" text NOT NULL,
	"representative_name" text,
	"representative_address" text,
	"representative_phone" text,
	"power_of_attorney_note" text,
	"ground_arisen_on" date NOT NULL,
	"filing_deadline" date,
	"late_note" text,
	"status" text DEFAULT 'terdaftar' NOT NULL,
	"due_date" date,
	"decided_at" timestamp with time zone,
	"decision" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "keberatan_counters" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_sequence" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "keberatan_counters_unit_id_year_pk" PRIMARY KEY("unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "keberatan_riwayat" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"keberatan_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "sengketa" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"keberatan_id" uuid NOT NULL,
	"ki_registration_number" text NOT NULL,
	"commission" text,
	"stage" text DEFAULT 'registrasi' NOT NULL,
	"registered_on" date NOT NULL,
	"filing_deadline" date,
	"filed_late" boolean DEFAULT false NOT NULL,
	"mediation_on" date,
	"adjudication_on" date,
	"ruling_on" date,
	"ruling_text" text,
	"closed_on" date,
	"compliance" text,
	"compliance_note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pemberitahuan_pengingat" (
	"unit_id" uuid NOT NULL,
	"tanggal" date NOT NULL,
	"mails" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pemberitahuan_pengingat_unit_id_tanggal_pk" PRIMARY KEY("unit_id","tanggal")
);
--> statement-breakpoint
ALTER TABLE "bidang" ADD CONSTRAINT "bidang_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decrees" ADD CONSTRAINT "decrees_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decrees" ADD CONSTRAINT "decrees_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_decree_id_decrees_id_fk" FOREIGN KEY ("decree_id") REFERENCES "public"."decrees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_tokens" ADD CONSTRAINT "auth_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_pages" ADD CONSTRAINT "site_pages_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "informasi" ADD CONSTRAINT "informasi_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "informasi" ADD CONSTRAINT "informasi_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permohonan" ADD CONSTRAINT "permohonan_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permohonan" ADD CONSTRAINT "permohonan_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permohonan_counters" ADD CONSTRAINT "permohonan_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permohonan_identitas" ADD CONSTRAINT "permohonan_identitas_permohonan_id_permohonan_id_fk" FOREIGN KEY ("permohonan_id") REFERENCES "public"."permohonan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permohonan_riwayat" ADD CONSTRAINT "permohonan_riwayat_permohonan_id_permohonan_id_fk" FOREIGN KEY ("permohonan_id") REFERENCES "public"."permohonan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holiday_years" ADD CONSTRAINT "holiday_years_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holidays" ADD CONSTRAINT "holidays_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holidays" ADD CONSTRAINT "holidays_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "laporan_kip" ADD CONSTRAINT "laporan_kip_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "laporan_kip" ADD CONSTRAINT "laporan_kip_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_permohonan_id_permohonan_id_fk" FOREIGN KEY ("permohonan_id") REFERENCES "public"."permohonan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan_counters" ADD CONSTRAINT "keberatan_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan_riwayat" ADD CONSTRAINT "keberatan_riwayat_keberatan_id_keberatan_id_fk" FOREIGN KEY ("keberatan_id") REFERENCES "public"."keberatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sengketa" ADD CONSTRAINT "sengketa_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sengketa" ADD CONSTRAINT "sengketa_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sengketa" ADD CONSTRAINT "sengketa_keberatan_id_keberatan_id_fk" FOREIGN KEY ("keberatan_id") REFERENCES "public"."keberatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pemberitahuan_pengingat" ADD CONSTRAINT "pemberitahuan_pengingat_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bidang_unit_slug" ON "bidang" USING btree ("unit_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "people_tenant_nip" ON "people" USING btree ("tenant_id","nip") WHERE "people"."nip" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "team_members_unit_person_role" ON "team_members" USING btree ("unit_id","person_id","role");--> statement-breakpoint
CREATE INDEX "team_members_person" ON "team_members" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "units_tenant_slug" ON "units" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "units_host" ON "units" USING btree ("host") WHERE "units"."host" is not null;--> statement-breakpoint
CREATE INDEX "units_parent" ON "units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "auth_tokens_user" ON "auth_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_tenant_at" ON "audit_log" USING btree ("tenant_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "outbox_tenant_created" ON "outbox" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "site_pages_unit_slug" ON "site_pages" USING btree ("unit_id","slug");--> statement-breakpoint
CREATE INDEX "informasi_unit_klasifikasi" ON "informasi" USING btree ("unit_id","klasifikasi");--> statement-breakpoint
CREATE INDEX "informasi_fts" ON "informasi" USING gin (to_tsvector('simple', "judul" || ' ' || "ringkasan"));--> statement-breakpoint
CREATE UNIQUE INDEX "permohonan_tenant_number" ON "permohonan" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "permohonan_unit_year_sequence" ON "permohonan" USING btree ("unit_id","year","sequence");--> statement-breakpoint
CREATE INDEX "permohonan_unit_status" ON "permohonan" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "permohonan_identitas_purge_after" ON "permohonan_identitas" USING btree ("purge_after");--> statement-breakpoint
CREATE INDEX "permohonan_riwayat_permohonan" ON "permohonan_riwayat" USING btree ("permohonan_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "holidays_national_unique" ON "holidays" USING btree ("date","type","source") WHERE "holidays"."tenant_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "holidays_local_unique" ON "holidays" USING btree ("tenant_id","date","type","source") WHERE "holidays"."tenant_id" is not null;--> statement-breakpoint
CREATE INDEX "holidays_date" ON "holidays" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "keberatan_tenant_number" ON "keberatan" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "keberatan_unit_year_sequence" ON "keberatan" USING btree ("unit_id","year","sequence");--> statement-breakpoint
CREATE INDEX "keberatan_unit_status" ON "keberatan" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "keberatan_permohonan" ON "keberatan" USING btree ("permohonan_id");--> statement-breakpoint
CREATE INDEX "keberatan_riwayat_keberatan" ON "keberatan_riwayat" USING btree ("keberatan_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "sengketa_keberatan" ON "sengketa" USING btree ("keberatan_id");--> statement-breakpoint
CREATE INDEX "sengketa_unit" ON "sengketa" USING btree ("unit_id");