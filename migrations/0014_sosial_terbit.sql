ALTER TABLE "sosial_kiriman" ADD COLUMN "platform" text NOT NULL;--> statement-breakpoint
ALTER TABLE "sosial_kiriman" ADD COLUMN "lease_owner" text;--> statement-breakpoint
ALTER TABLE "sosial_kiriman" ADD COLUMN "lease_until" timestamp with time zone;