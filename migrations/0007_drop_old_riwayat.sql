DROP TABLE "keberatan_riwayat" CASCADE;--> statement-breakpoint
DROP TABLE "permohonan_riwayat" CASCADE;