CREATE TABLE "assessment_settings" (
	"region_code" varchar(15) PRIMARY KEY NOT NULL,
	"cadre_rules" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cadre_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"year" smallint NOT NULL,
	"kind" varchar(16) NOT NULL,
	"cadre_id" uuid,
	"team_member_id" uuid,
	"name" text NOT NULL,
	"post" text,
	"members_score" smallint,
	"villagers_score" smallint,
	"township_score" smallint,
	"deliberation" text,
	"debrief_score" smallint,
	"vote" varchar(8),
	"vote_reason" text,
	"total" integer,
	"grade" varchar(14),
	"grade_by_vote" boolean DEFAULT false NOT NULL,
	"pay_coefficient" smallint,
	"status" varchar(10) DEFAULT 'draft' NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checklist_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"year" smallint NOT NULL,
	"item_id" uuid NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"note" text,
	"record_value" double precision,
	"record_at" timestamp with time zone,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checklist_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"code" varchar(16) NOT NULL,
	"group" varchar(8) NOT NULL,
	"name" text NOT NULL,
	"evidence" text,
	"source" jsonb,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "criteria_indicators" (
	"id" uuid PRIMARY KEY NOT NULL,
	"set_id" uuid NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"code" varchar(16) NOT NULL,
	"area" varchar(8) NOT NULL,
	"area_name" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"method" varchar(12) NOT NULL,
	"max_points" smallint NOT NULL,
	"tiers" jsonb,
	"evidence" text,
	"evidence_required" boolean DEFAULT false NOT NULL,
	"source" jsonb,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "criteria_sets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"year" smallint NOT NULL,
	"version" smallint DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"status" varchar(12) DEFAULT 'draft' NOT NULL,
	"thresholds" jsonb NOT NULL,
	"rules" jsonb NOT NULL,
	"based_on_id" uuid,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flag_awards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"kind_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"household_id" uuid,
	"status" varchar(12) DEFAULT 'nominated' NOT NULL,
	"reason" text NOT NULL,
	"nominated_by" uuid,
	"awarded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flag_kinds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"code" varchar(16) NOT NULL,
	"name" text NOT NULL,
	"level" varchar(12) NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_campaigns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"year" smallint NOT NULL,
	"name" text NOT NULL,
	"set_id" uuid NOT NULL,
	"status" varchar(12) DEFAULT 'open' NOT NULL,
	"notice_days" smallint DEFAULT 5 NOT NULL,
	"self_due" date,
	"review_due" date,
	"notice_started_at" timestamp with time zone,
	"notice_ends_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_objections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"rating_id" uuid NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"text" text NOT NULL,
	"name" text,
	"phone_enc" varchar(200),
	"status" varchar(12) DEFAULT 'open' NOT NULL,
	"answer" text,
	"upheld" boolean,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_scores" (
	"id" uuid PRIMARY KEY NOT NULL,
	"rating_id" uuid NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"indicator_id" uuid NOT NULL,
	"indicator_code" varchar(16) NOT NULL,
	"self_value" integer,
	"self_points" integer,
	"self_note" text,
	"review_value" integer,
	"review_points" integer,
	"review_reason" text,
	"record_value" double precision,
	"record_at" timestamp with time zone,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"code" varchar(16) NOT NULL,
	"name" text NOT NULL,
	"slots" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "village_ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"status" varchar(12) DEFAULT 'self' NOT NULL,
	"self_total" integer,
	"review_total" integer,
	"computed_stars" smallint,
	"stars" smallint,
	"decision_reason" text,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "village_stars" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"year" smallint NOT NULL,
	"stars" smallint NOT NULL,
	"source" varchar(12) NOT NULL,
	"campaign_id" uuid,
	"rating_id" uuid,
	"reason" text,
	"effective_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weak_logs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"weak_org_id" uuid NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"kind" varchar(10) NOT NULL,
	"contact_kind" varchar(12),
	"measure_id" uuid,
	"text" text NOT NULL,
	"happened_on" date NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weak_measures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"weak_org_id" uuid NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"slot" text,
	"text" text NOT NULL,
	"owner_name" text NOT NULL,
	"owner_user_id" uuid,
	"deadline" date NOT NULL,
	"status" varchar(8) DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"done_note" text,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weak_orgs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"year" smallint NOT NULL,
	"kind" varchar(12) DEFAULT 'weak' NOT NULL,
	"source" varchar(12) NOT NULL,
	"situations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"findings" text NOT NULL,
	"status" varchar(14) DEFAULT 'identified' NOT NULL,
	"leader_name" text,
	"leader_post" text,
	"leader_user_id" uuid,
	"template_id" uuid,
	"deadline" date,
	"acceptance" jsonb,
	"closed_at" timestamp with time zone,
	"consolidation_ends" date,
	"carried_from_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weak_situations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"code" varchar(16) NOT NULL,
	"name" text NOT NULL,
	"rule" text,
	"detect" jsonb,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "cadre_assessments_region_idx" ON "cadre_assessments" USING btree ("region_code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "cadre_assessments_person_idx" ON "cadre_assessments" USING btree ("year","kind",coalesce("cadre_id", "team_member_id"));--> statement-breakpoint
CREATE UNIQUE INDEX "checklist_entries_item_idx" ON "checklist_entries" USING btree ("region_code","year","item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "checklist_items_code_idx" ON "checklist_items" USING btree ("region_code","code");--> statement-breakpoint
CREATE UNIQUE INDEX "criteria_indicators_code_idx" ON "criteria_indicators" USING btree ("set_id","code");--> statement-breakpoint
CREATE INDEX "criteria_indicators_region_idx" ON "criteria_indicators" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "criteria_sets_version_idx" ON "criteria_sets" USING btree ("region_code","year","version");--> statement-breakpoint
CREATE INDEX "flag_awards_region_idx" ON "flag_awards" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "flag_awards_household_idx" ON "flag_awards" USING btree ("household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "flag_awards_target_idx" ON "flag_awards" USING btree ("kind_id","year","region_code",coalesce("household_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "flag_awards"."status" not in ('rejected', 'revoked');--> statement-breakpoint
CREATE UNIQUE INDEX "flag_kinds_code_idx" ON "flag_kinds" USING btree ("region_code","code");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_campaigns_year_idx" ON "rating_campaigns" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "rating_objections_campaign_idx" ON "rating_objections" USING btree ("campaign_id","status");--> statement-breakpoint
CREATE INDEX "rating_objections_region_idx" ON "rating_objections" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_scores_indicator_idx" ON "rating_scores" USING btree ("rating_id","indicator_id");--> statement-breakpoint
CREATE INDEX "rating_scores_region_idx" ON "rating_scores" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "rectification_templates_code_idx" ON "rectification_templates" USING btree ("region_code","code");--> statement-breakpoint
CREATE UNIQUE INDEX "village_ratings_village_idx" ON "village_ratings" USING btree ("campaign_id","region_code");--> statement-breakpoint
CREATE INDEX "village_ratings_region_idx" ON "village_ratings" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "village_stars_region_idx" ON "village_stars" USING btree ("region_code","effective_at");--> statement-breakpoint
CREATE INDEX "weak_logs_org_idx" ON "weak_logs" USING btree ("weak_org_id","happened_on");--> statement-breakpoint
CREATE INDEX "weak_logs_region_idx" ON "weak_logs" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "weak_measures_org_idx" ON "weak_measures" USING btree ("weak_org_id");--> statement-breakpoint
CREATE INDEX "weak_measures_owner_idx" ON "weak_measures" USING btree ("owner_user_id","status");--> statement-breakpoint
CREATE INDEX "weak_measures_region_idx" ON "weak_measures" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "weak_orgs_region_idx" ON "weak_orgs" USING btree ("region_code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "weak_situations_code_idx" ON "weak_situations" USING btree ("region_code","code");