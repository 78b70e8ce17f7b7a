DROP INDEX "konten_unit_status";--> statement-breakpoint
ALTER TABLE "konten" ADD COLUMN "judul" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "konten_revisi" ADD COLUMN "bidang_id" uuid;--> statement-breakpoint
ALTER TABLE "konten_revisi" ADD COLUMN "penulis_person_id" uuid;--> statement-breakpoint
CREATE INDEX "konten_unit_updated" ON "konten" USING btree ("unit_id","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "konten_judul_fts" ON "konten" USING gin (to_tsvector('simple', "judul"));--> statement-breakpoint
CREATE INDEX "konten_media_center_queue" ON "konten_media_center" USING btree ("tenant_id","status","proposed_at");--> statement-breakpoint
CREATE INDEX "konten_unit_status" ON "konten" USING btree ("unit_id","status","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);