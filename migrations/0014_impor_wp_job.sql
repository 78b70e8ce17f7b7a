ALTER TABLE "impor_wp" ADD COLUMN "tugas" text;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD COLUMN "mapping" jsonb;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD COLUMN "bahasa" text DEFAULT 'id' NOT NULL;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD COLUMN "dijalankan_oleh" uuid;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD COLUMN "progres" jsonb;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD COLUMN "galat" text;--> statement-breakpoint
ALTER TABLE "impor_wp" ADD COLUMN "lease_until" timestamp with time zone;