CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"record_kind" varchar(40) NOT NULL,
	"record_id" uuid NOT NULL,
	"category" varchar(12) NOT NULL,
	"mime" varchar(100) NOT NULL,
	"file_name" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer,
	"height" integer,
	"storage_key" text NOT NULL,
	"thumb_key" text,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"record_kind" varchar(40) NOT NULL,
	"record_id" uuid NOT NULL,
	"action" varchar(40) NOT NULL,
	"from_state" varchar(24),
	"to_state" varchar(24) NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"actor_role" varchar(24),
	"reason" text,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "attachments_record_idx" ON "attachments" USING btree ("record_kind","record_id","created_at");--> statement-breakpoint
CREATE INDEX "attachments_region_idx" ON "attachments" USING btree ("region_code","record_kind");--> statement-breakpoint
CREATE INDEX "workflow_history_record_idx" ON "workflow_history" USING btree ("record_kind","record_id","created_at");--> statement-breakpoint
CREATE INDEX "workflow_history_region_idx" ON "workflow_history" USING btree ("region_code","record_kind","created_at");--> statement-breakpoint
-- A record's steps are history: never rewritten (as audit_log, 0001).
CREATE OR REPLACE FUNCTION workflow_history_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'workflow_history is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER workflow_history_no_update_delete
  BEFORE UPDATE OR DELETE ON workflow_history
  FOR EACH ROW EXECUTE FUNCTION workflow_history_append_only();
