DROP INDEX "sosial_kiriman_due";--> statement-breakpoint
ALTER TABLE "sosial_akun" ADD COLUMN "refresh_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sosial_akun" ADD COLUMN "expiry_mailed_for" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "sosial_kiriman_due" ON "sosial_kiriman" USING btree ("dijadwalkan") WHERE "sosial_kiriman"."status" in ('antri', 'berjalan', 'belum_pasti', 'menghapus');