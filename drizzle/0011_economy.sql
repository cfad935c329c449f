CREATE TABLE "economy_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"year" smallint NOT NULL,
	"operating_fen" bigint DEFAULT 0 NOT NULL,
	"total_fen" bigint DEFAULT 0 NOT NULL,
	"contracting_fen" bigint DEFAULT 0 NOT NULL,
	"note" text,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_alliance_members" (
	"alliance_id" uuid NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"lead" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "economy_alliance_members_alliance_id_region_code_pk" PRIMARY KEY("alliance_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "economy_alliances" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"name" text NOT NULL,
	"industry" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "economy_assets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"name" text NOT NULL,
	"kind" varchar(16) NOT NULL,
	"value_fen" bigint,
	"size" text,
	"state" varchar(12) DEFAULT 'in_use' NOT NULL,
	"idle_since" date,
	"revival_plan" text,
	"revived_on" date,
	"revived_income_fen" bigint,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "economy_benefits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"household_id" uuid NOT NULL,
	"entity_id" uuid,
	"year" smallint NOT NULL,
	"kind" varchar(12) NOT NULL,
	"amount_fen" bigint DEFAULT 0 NOT NULL,
	"jobs" smallint DEFAULT 0 NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_entities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"name" text NOT NULL,
	"kind" varchar(16) NOT NULL,
	"industry" text,
	"model" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"partners" text,
	"established_on" date,
	"member_households" integer,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "economy_income_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"year" smallint NOT NULL,
	"quarter" smallint NOT NULL,
	"code" varchar(4) NOT NULL,
	"item" text NOT NULL,
	"contracting" boolean DEFAULT false NOT NULL,
	"amount_fen" bigint NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_pairing_activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pairing_id" uuid NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"happened_on" date NOT NULL,
	"title" text NOT NULL,
	"detail" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_pairings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"strong_code" varchar(15) NOT NULL,
	"start_year" smallint NOT NULL,
	"end_year" smallint,
	"agreement" text,
	"status" varchar(12) DEFAULT 'active' NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "economy_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"title" text NOT NULL,
	"start_year" smallint NOT NULL,
	"end_year" smallint NOT NULL,
	"measures" text NOT NULL,
	"targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"led_project_id" uuid,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "economy_project_evaluations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"evaluator_name" text NOT NULL,
	"evaluator_unit" text,
	"score" smallint NOT NULL,
	"comment" text NOT NULL,
	"evaluated_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_project_milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"title" text NOT NULL,
	"due_on" date,
	"done_on" date,
	"note" text,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"year" smallint NOT NULL,
	"kind" varchar(12) NOT NULL,
	"title" text NOT NULL,
	"leader_level" varchar(12) NOT NULL,
	"leader_cadre_id" uuid,
	"leader_name" text NOT NULL,
	"leader_post" text,
	"commitment" text NOT NULL,
	"industry" text,
	"budget_fen" bigint,
	"due_on" date,
	"status" varchar(12) DEFAULT 'draft' NOT NULL,
	"committed_at" timestamp with time zone,
	"score" smallint,
	"evaluated_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"income_fen" bigint,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "economy_settings" (
	"region_code" varchar(15) PRIMARY KEY NOT NULL,
	"basis" varchar(12) DEFAULT 'operating' NOT NULL,
	"bands" jsonb NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "economy_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"name" text NOT NULL,
	"by_year" smallint NOT NULL,
	"every_min_fen" bigint,
	"share_min_fen" bigint,
	"share_percent" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "economy_accounts_village_year_idx" ON "economy_accounts" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "economy_accounts_year_idx" ON "economy_accounts" USING btree ("year","region_code");--> statement-breakpoint
CREATE INDEX "economy_alliance_members_region_idx" ON "economy_alliance_members" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "economy_alliances_region_idx" ON "economy_alliances" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "economy_assets_region_idx" ON "economy_assets" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "economy_benefits_household_idx" ON "economy_benefits" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "economy_benefits_region_idx" ON "economy_benefits" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "economy_entities_region_idx" ON "economy_entities" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "economy_income_lines_account_idx" ON "economy_income_lines" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "economy_income_lines_region_idx" ON "economy_income_lines" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "economy_pairing_activities_pairing_idx" ON "economy_pairing_activities" USING btree ("pairing_id");--> statement-breakpoint
CREATE INDEX "economy_pairings_region_idx" ON "economy_pairings" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "economy_pairings_strong_idx" ON "economy_pairings" USING btree ("strong_code");--> statement-breakpoint
CREATE INDEX "economy_plans_region_idx" ON "economy_plans" USING btree ("region_code","start_year");--> statement-breakpoint
CREATE INDEX "economy_project_evaluations_project_idx" ON "economy_project_evaluations" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "economy_project_milestones_project_idx" ON "economy_project_milestones" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "economy_projects_region_idx" ON "economy_projects" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "economy_projects_leader_idx" ON "economy_projects" USING btree ("leader_cadre_id");--> statement-breakpoint
CREATE INDEX "economy_targets_region_idx" ON "economy_targets" USING btree ("region_code");