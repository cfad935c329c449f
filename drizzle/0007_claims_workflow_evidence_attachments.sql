-- Points evidence photos become platform attachments of kind points_claim (issue 10). The files
-- stay where they are in the store: each row keeps its storage and thumbnail keys. The uploader's
-- name comes from the account when it still exists.
INSERT INTO "attachments" ("id", "region_code", "record_kind", "record_id", "category", "mime", "file_name", "bytes", "width", "height", "storage_key", "thumb_key", "created_by", "created_by_name", "created_at")
SELECT e."id", e."region_code", 'points_claim', e."claim_id", 'image', e."mime", e."id"::text || '.jpg', e."bytes", e."width", e."height", e."storage_key", e."thumb_key", e."created_by", u."display_name", e."created_at"
FROM "points_evidence" e LEFT JOIN "users" u ON u."id" = e."created_by";
--> statement-breakpoint
-- Every claim so far was submitted when it was made, and decided once if decided: its steps.
INSERT INTO "workflow_history" ("id", "region_code", "record_kind", "record_id", "action", "from_state", "to_state", "actor_id", "actor_name", "created_at")
SELECT gen_random_uuid(), c."region_code", 'points_claim', c."id", 'submit', NULL, 'pending', c."proposed_by", c."proposed_by_name", c."proposed_at"
FROM "points_claims" c;
--> statement-breakpoint
INSERT INTO "workflow_history" ("id", "region_code", "record_kind", "record_id", "action", "from_state", "to_state", "actor_id", "actor_name", "reason", "created_at")
SELECT gen_random_uuid(), c."region_code", 'points_claim', c."id", CASE c."status" WHEN 'approved' THEN 'approve' ELSE 'return' END, 'pending', c."status", c."decided_by", c."decided_by_name", c."reason", coalesce(c."decided_at", c."proposed_at")
FROM "points_claims" c WHERE c."status" IN ('approved', 'returned');
--> statement-breakpoint
DROP TABLE "points_evidence" CASCADE;
