CREATE TABLE "leader_contact_logs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"contact_id" uuid NOT NULL,
	"action" varchar(12) NOT NULL,
	"happened_on" date NOT NULL,
	"note" text,
	"by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "leader_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"leader_name" text NOT NULL,
	"leader_title" text,
	"leader_user_id" uuid,
	"kind" varchar(16) NOT NULL,
	"target_name" text NOT NULL,
	"target_region_code" varchar(15),
	"note" text
);
--> statement-breakpoint
CREATE TABLE "monitoring_cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"household_id" uuid NOT NULL,
	"signal_id" uuid,
	"first_clue_at" timestamp with time zone NOT NULL,
	"object_type" varchar(12),
	"risk_types" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" varchar(20) NOT NULL,
	"step_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"step_due_at" timestamp with time zone,
	"consent_at" timestamp with time zone,
	"compare_result" text,
	"notice_from" date,
	"notice_to" date,
	"identified_at" timestamp with time zone,
	"helper_user_id" uuid,
	"helper_name" text,
	"no_labour" boolean DEFAULT false NOT NULL,
	"removal_asked_at" timestamp with time zone,
	"removed_at" timestamp with time zone,
	"close_reason" text
);
--> statement-breakpoint
CREATE TABLE "monitoring_department_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"person_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"department" varchar(24) NOT NULL,
	"kind" varchar(24) NOT NULL,
	"amount_yuan" integer,
	"occurred_on" date,
	"detail" text,
	"batch_id" uuid NOT NULL,
	"imported_by" uuid
);
--> statement-breakpoint
CREATE TABLE "monitoring_followups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"case_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"income_per_capita" integer,
	"note" text,
	"visit_id" uuid,
	"by_user_id" uuid,
	"by_name" text
);
--> statement-breakpoint
CREATE TABLE "monitoring_measures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"case_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"description" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date
);
--> statement-breakpoint
CREATE TABLE "monitoring_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"code" varchar(8) NOT NULL,
	"version" integer NOT NULL,
	"kind" varchar(24) NOT NULL,
	"name" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "monitoring_signals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"household_id" uuid NOT NULL,
	"channel" varchar(12) NOT NULL,
	"rule_code" varchar(8),
	"rule_version" integer,
	"risk_type" varchar(16),
	"reason" text NOT NULL,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" varchar(10) DEFAULT 'open' NOT NULL,
	"source_id" uuid,
	"case_id" uuid,
	"reported_by" uuid,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"close_reason" text
);
--> statement-breakpoint
CREATE TABLE "monitoring_thresholds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"year" smallint NOT NULL,
	"amount_yuan" integer NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "secretary_tours" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"year" smallint NOT NULL,
	"quarter" smallint NOT NULL,
	"theme" text NOT NULL,
	"held_on" date NOT NULL,
	"places" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"participants" text,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "ten_step_progress" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"cadre_name" text NOT NULL,
	"cadre_user_id" uuid,
	"step" varchar(4) NOT NULL,
	"done_on" date NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "visit_problems" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"visit_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"question" varchar(4) NOT NULL,
	"description" text NOT NULL,
	"risk_type" varchar(16),
	"outcome" varchar(8) NOT NULL,
	"solution" text,
	"event_id" uuid
);
--> statement-breakpoint
CREATE TABLE "visit_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"household_id" uuid NOT NULL,
	"visitor_id" uuid NOT NULL,
	"visitor_name" text NOT NULL,
	"visited_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"problem_count" smallint DEFAULT 0 NOT NULL,
	"solved_count" smallint DEFAULT 0 NOT NULL,
	"passed_on_count" smallint DEFAULT 0 NOT NULL,
	"idempotency_key" varchar(160),
	CONSTRAINT "visit_records_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "origin_id" uuid;--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "rigid_spending" integer;--> statement-breakpoint
CREATE INDEX "leader_contact_logs_contact_idx" ON "leader_contact_logs" USING btree ("contact_id","happened_on");--> statement-breakpoint
CREATE INDEX "leader_contacts_region_idx" ON "leader_contacts" USING btree ("region_code","leader_name");--> statement-breakpoint
CREATE UNIQUE INDEX "leader_contacts_kind_idx" ON "leader_contacts" USING btree ("region_code","leader_name","kind") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "monitoring_cases_region_idx" ON "monitoring_cases" USING btree ("region_code","state");--> statement-breakpoint
CREATE INDEX "monitoring_cases_due_idx" ON "monitoring_cases" USING btree ("step_due_at") WHERE step_due_at is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_cases_open_idx" ON "monitoring_cases" USING btree ("household_id") WHERE deleted_at is null and state not in ('removed', 'not_identified');--> statement-breakpoint
CREATE INDEX "monitoring_dept_records_region_idx" ON "monitoring_department_records" USING btree ("region_code","created_at");--> statement-breakpoint
CREATE INDEX "monitoring_dept_records_household_idx" ON "monitoring_department_records" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "monitoring_dept_records_batch_idx" ON "monitoring_department_records" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "monitoring_followups_case_idx" ON "monitoring_followups" USING btree ("case_id","visited_on");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_followups_visit_idx" ON "monitoring_followups" USING btree ("visit_id") WHERE visit_id is not null;--> statement-breakpoint
CREATE INDEX "monitoring_measures_case_idx" ON "monitoring_measures" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_rules_version_idx" ON "monitoring_rules" USING btree ("region_code","code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_rules_current_idx" ON "monitoring_rules" USING btree ("region_code","code") WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX "monitoring_signals_queue_idx" ON "monitoring_signals" USING btree ("region_code","status","first_seen_at");--> statement-breakpoint
CREATE INDEX "monitoring_signals_household_idx" ON "monitoring_signals" USING btree ("household_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_signals_rule_open_idx" ON "monitoring_signals" USING btree ("household_id","rule_code") WHERE rule_code is not null and status = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_thresholds_region_year_idx" ON "monitoring_thresholds" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "secretary_tours_region_idx" ON "secretary_tours" USING btree ("region_code","year","quarter");--> statement-breakpoint
CREATE UNIQUE INDEX "ten_step_progress_step_idx" ON "ten_step_progress" USING btree ("region_code","cadre_name","step") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "visit_problems_visit_idx" ON "visit_problems" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "visit_problems_region_idx" ON "visit_problems" USING btree ("region_code","created_at");--> statement-breakpoint
CREATE INDEX "visit_problems_household_idx" ON "visit_problems" USING btree ("household_id","created_at");--> statement-breakpoint
CREATE INDEX "visit_problems_event_idx" ON "visit_problems" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "visit_records_region_idx" ON "visit_records" USING btree ("region_code","visited_on");--> statement-breakpoint
CREATE INDEX "visit_records_household_idx" ON "visit_records" USING btree ("household_id","visited_on");--> statement-breakpoint
CREATE INDEX "visit_records_visitor_idx" ON "visit_records" USING btree ("visitor_id","visited_on");