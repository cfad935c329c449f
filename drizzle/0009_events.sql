CREATE TABLE "event_calendar_days" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"day" date NOT NULL,
	"kind" varchar(8) NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_categories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"code" varchar(16) NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"handling_level" varchar(12) NOT NULL,
	"departments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"limits" jsonb NOT NULL,
	"required_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_dispatches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"event_id" uuid NOT NULL,
	"department" varchar(32) NOT NULL,
	"status" varchar(12) NOT NULL,
	"round" smallint DEFAULT 1 NOT NULL,
	"note" text,
	"sent_by" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ack_due_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"handle_due_at" timestamp with time zone,
	"handled_at" timestamp with time zone,
	"handled_by" uuid,
	"result" text,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "event_followers" (
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_stages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"event_id" uuid NOT NULL,
	"dispatch_id" uuid,
	"kind" varchar(12) NOT NULL,
	"owner" varchar(32) NOT NULL,
	"limit" jsonb,
	"started_at" timestamp with time zone NOT NULL,
	"warn_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"warned_at" timestamp with time zone,
	"overdue_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"outcome" varchar(12),
	"working_days" double precision
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"serial" integer NOT NULL,
	"year" smallint NOT NULL,
	"category_id" uuid NOT NULL,
	"category_code" varchar(16) NOT NULL,
	"grid_id" uuid,
	"household_id" uuid,
	"service_item_id" uuid,
	"source" varchar(12) NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"address" text,
	"status" varchar(12) NOT NULL,
	"level" varchar(12) NOT NULL,
	"reporter_id" uuid,
	"reporter_name" text,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"stage_kind" varchar(12),
	"stage_started_at" timestamp with time zone,
	"stage_warn_at" timestamp with time zone,
	"stage_due_at" timestamp with time zone,
	"escalations" smallint DEFAULT 0 NOT NULL,
	"rating" smallint,
	"rated_at" timestamp with time zone,
	"redo_count" smallint DEFAULT 0 NOT NULL,
	"merged_into" uuid,
	"reason" text,
	"idempotency_key" varchar(160),
	"open311_token" uuid,
	"media_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "events_open311_token_unique" UNIQUE("open311_token"),
	CONSTRAINT "events_rating_check" CHECK (rating between 1 and 5),
	CONSTRAINT "events_location_check" CHECK ((lat is null) = (lng is null))
);
--> statement-breakpoint
CREATE TABLE "open311_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"name" text NOT NULL,
	"key_hash" varchar(64) NOT NULL,
	"key_prefix" varchar(12) NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "open311_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "service_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"code" varchar(16) NOT NULL,
	"domain" text NOT NULL,
	"name" text NOT NULL,
	"intake" varchar(12) NOT NULL,
	"place" text NOT NULL,
	"person" text NOT NULL,
	"hours" text NOT NULL,
	"standard" text NOT NULL,
	"time_limit" jsonb,
	"limit_note" text,
	"category_code" varchar(16) NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" varchar(40) NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"link" text,
	"record_kind" varchar(40),
	"record_id" uuid,
	"dedupe_key" varchar(160),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "event_calendar_days_day_idx" ON "event_calendar_days" USING btree ("region_code","day");--> statement-breakpoint
CREATE UNIQUE INDEX "event_categories_code_idx" ON "event_categories" USING btree ("region_code","code");--> statement-breakpoint
CREATE INDEX "event_dispatches_event_idx" ON "event_dispatches" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_dispatches_queue_idx" ON "event_dispatches" USING btree ("department","status","region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "event_followers_pk" ON "event_followers" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "event_followers_user_idx" ON "event_followers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "event_stages_event_idx" ON "event_stages" USING btree ("event_id","started_at");--> statement-breakpoint
CREATE INDEX "event_stages_open_due_idx" ON "event_stages" USING btree ("due_at") WHERE ended_at is null;--> statement-breakpoint
CREATE INDEX "event_stages_owner_idx" ON "event_stages" USING btree ("region_code","owner","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "events_serial_idx" ON "events" USING btree ("year","region_code","serial");--> statement-breakpoint
CREATE INDEX "events_queue_idx" ON "events" USING btree ("region_code","status","reported_at");--> statement-breakpoint
CREATE INDEX "events_due_idx" ON "events" USING btree ("stage_due_at") WHERE stage_due_at is not null;--> statement-breakpoint
CREATE INDEX "events_grid_idx" ON "events" USING btree ("grid_id","category_code","status");--> statement-breakpoint
CREATE INDEX "events_household_idx" ON "events" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "events_reporter_idx" ON "events" USING btree ("reporter_id","reported_at");--> statement-breakpoint
CREATE INDEX "open311_keys_region_idx" ON "open311_keys" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "service_items_code_idx" ON "service_items" USING btree ("region_code","code");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");