CREATE TABLE "cadres" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"person_id" uuid NOT NULL,
	"posts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"backgrounds" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_reserve" boolean DEFAULT false NOT NULL,
	"started_on" date,
	"ended_on" date
);
--> statement-breakpoint
CREATE TABLE "work_team_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"team_id" uuid NOT NULL,
	"name" text NOT NULL,
	"phone_enc" varchar(200),
	"phone_idx" varchar(64),
	"role" varchar(16) NOT NULL,
	"sending_unit" text NOT NULL,
	"sending_level" varchar(16) NOT NULL,
	"user_id" uuid,
	"started_on" date,
	"ended_on" date
);
--> statement-breakpoint
CREATE TABLE "work_teams" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"name" text NOT NULL,
	"sending_unit" text NOT NULL,
	"sending_level" varchar(16) NOT NULL,
	"started_on" date,
	"ended_on" date
);
--> statement-breakpoint
CREATE TABLE "grid_workers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"grid_id" uuid NOT NULL,
	"name" text NOT NULL,
	"phone_enc" varchar(200),
	"phone_idx" varchar(64),
	"user_id" uuid,
	"person_id" uuid
);
--> statement-breakpoint
CREATE TABLE "grids" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"parent_id" uuid,
	"tier" varchar(8) NOT NULL,
	"code" varchar(16) NOT NULL,
	"name" text NOT NULL,
	"party_org_id" uuid
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"household_no" varchar(32) NOT NULL,
	"head_person_id" uuid,
	"address" text,
	"grid_id" uuid,
	"poverty_status" varchar(16) DEFAULT 'general' NOT NULL,
	"relocated" boolean DEFAULT false NOT NULL,
	"relocation_site" text,
	"helper_name" text,
	"helper_user_id" uuid,
	"income_per_capita" integer
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"household_id" uuid,
	"relation" varchar(16) DEFAULT 'head' NOT NULL,
	"name" text NOT NULL,
	"initials" varchar(32) NOT NULL,
	"sex" varchar(8) NOT NULL,
	"birth_date" date,
	"ethnicity" varchar(2) DEFAULT '01' NOT NULL,
	"id_number_enc" varchar(200),
	"id_number_idx" varchar(64),
	"id_last4" varchar(4),
	"phone_enc" varchar(200),
	"phone_idx" varchar(64),
	"labour" varchar(16),
	"left_behind" varchar(16),
	"education" varchar(16),
	"health" varchar(16)
);
--> statement-breakpoint
CREATE TABLE "residence_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"subject" varchar(16) NOT NULL,
	"subject_id" uuid NOT NULL,
	"kind" varchar(24) NOT NULL,
	"from_value" text,
	"to_value" text,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "development_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"person_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"stage" varchar(16) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "development_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"record_id" uuid NOT NULL,
	"stage" varchar(16) NOT NULL,
	"reached_on" date NOT NULL,
	"responsible" text NOT NULL,
	"items" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "development_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"year" integer NOT NULL,
	"target" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"member_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"since" date
);
--> statement-breakpoint
CREATE TABLE "member_transfers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"member_id" uuid NOT NULL,
	"from_org_id" uuid NOT NULL,
	"to_org_id" uuid NOT NULL,
	"transferred_on" date NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "party_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"person_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"status" varchar(16) NOT NULL,
	"joined_on" date NOT NULL,
	"full_on" date,
	"post" text,
	"post_duty" text,
	"commitment" text,
	"commitment_status" varchar(16),
	"plaque" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "covered_units" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"name" text NOT NULL,
	"unit_type" varchar(16) NOT NULL,
	"employees" integer,
	"party_org_id" uuid,
	"instructor_name" text
);
--> statement-breakpoint
CREATE TABLE "party_orgs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"parent_id" uuid,
	"name" text NOT NULL,
	"level" varchar(16) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"established_on" date,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"talent_id" uuid NOT NULL,
	"step" varchar(24) NOT NULL,
	"decision" varchar(16) NOT NULL,
	"reviewer_id" uuid,
	"reviewer_name" text,
	"comment" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"person_id" uuid,
	"name" text NOT NULL,
	"phone_enc" varchar(200),
	"phone_idx" varchar(64),
	"category" varchar(16) NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"skills" text,
	"status" varchar(24) DEFAULT 'draft' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"registry" varchar(32) NOT NULL,
	"status" varchar(16) NOT NULL,
	"file_name" text NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"error_file" text,
	"summary" jsonb,
	"message" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "cadres_region_idx" ON "cadres" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "cadres_person_idx" ON "cadres" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "work_team_members_team_idx" ON "work_team_members" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "work_team_members_region_idx" ON "work_team_members" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "work_teams_region_idx" ON "work_teams" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "grid_workers_grid_idx" ON "grid_workers" USING btree ("grid_id");--> statement-breakpoint
CREATE UNIQUE INDEX "grids_code_idx" ON "grids" USING btree ("code");--> statement-breakpoint
CREATE INDEX "grids_parent_idx" ON "grids" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "grids_region_idx" ON "grids" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "households_region_idx" ON "households" USING btree ("region_code","household_no");--> statement-breakpoint
CREATE INDEX "households_grid_idx" ON "households" USING btree ("grid_id");--> statement-breakpoint
CREATE INDEX "persons_household_idx" ON "persons" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "persons_region_name_idx" ON "persons" USING btree ("region_code","name");--> statement-breakpoint
CREATE INDEX "persons_region_initials_idx" ON "persons" USING btree ("region_code","initials");--> statement-breakpoint
CREATE INDEX "persons_region_last4_idx" ON "persons" USING btree ("region_code","id_last4");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_id_number_unique" ON "persons" USING btree ("id_number_idx") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "persons_phone_idx" ON "persons" USING btree ("phone_idx");--> statement-breakpoint
CREATE INDEX "residence_history_subject_idx" ON "residence_history" USING btree ("subject_id","at");--> statement-breakpoint
CREATE INDEX "development_records_region_idx" ON "development_records" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "development_records_person_idx" ON "development_records" USING btree ("person_id") WHERE deleted_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "development_steps_stage_idx" ON "development_steps" USING btree ("record_id","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "development_targets_region_year_idx" ON "development_targets" USING btree ("region_code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "member_contacts_pair_idx" ON "member_contacts" USING btree ("member_id","household_id") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "member_contacts_household_idx" ON "member_contacts" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "member_transfers_member_idx" ON "member_transfers" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "party_members_person_idx" ON "party_members" USING btree ("person_id") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "party_members_org_idx" ON "party_members" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "party_members_region_idx" ON "party_members" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "covered_units_region_idx" ON "covered_units" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "party_orgs_region_idx" ON "party_orgs" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "party_orgs_parent_idx" ON "party_orgs" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "talent_reviews_talent_idx" ON "talent_reviews" USING btree ("talent_id","at");--> statement-breakpoint
CREATE INDEX "talents_region_idx" ON "talents" USING btree ("region_code","status");