DROP INDEX "persons_region_last4_idx";--> statement-breakpoint
CREATE INDEX "persons_last4_region_idx" ON "persons" USING btree ("id_last4","region_code");