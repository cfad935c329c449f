CREATE TABLE "study_attempt_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"attempt_id" uuid NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"position" integer NOT NULL,
	"question_id" uuid NOT NULL,
	"kind" varchar(8) NOT NULL,
	"stem" text NOT NULL,
	"options" jsonb NOT NULL,
	"correct" varchar(6) NOT NULL,
	"explanation" text,
	"category" varchar(20) NOT NULL,
	"answer" varchar(6),
	"is_correct" boolean,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "study_attempts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"test_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"taker_name" text NOT NULL,
	"kind" varchar(8) NOT NULL,
	"person_id" uuid,
	"member_id" uuid,
	"org_id" uuid,
	"attempt_no" integer NOT NULL,
	"status" varchar(12) NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deadline_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"max_score" integer NOT NULL,
	"score" integer,
	"correct_count" integer,
	"passed" boolean
);
--> statement-breakpoint
CREATE TABLE "study_questions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"kind" varchar(8) NOT NULL,
	"stem" text NOT NULL,
	"stem_key" text NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answer" varchar(6) NOT NULL,
	"explanation" text,
	"category" varchar(20) NOT NULL,
	"difficulty" smallint,
	"source" text,
	"status" varchar(8) DEFAULT 'active' NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "study_tests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"title" text NOT NULL,
	"description" text,
	"audience" varchar(8) NOT NULL,
	"audience_region_code" varchar(15),
	"audience_org_id" uuid,
	"question_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"picks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"question_count" integer NOT NULL,
	"score_per_question" integer NOT NULL,
	"pass_mark" integer NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"attempts_allowed" integer DEFAULT 1 NOT NULL,
	"time_limit_minutes" integer,
	"status" varchar(12) NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid
);
--> statement-breakpoint
CREATE UNIQUE INDEX "study_attempt_items_pos_idx" ON "study_attempt_items" USING btree ("attempt_id","position");--> statement-breakpoint
CREATE INDEX "study_attempt_items_question_idx" ON "study_attempt_items" USING btree ("question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "study_attempts_no_idx" ON "study_attempts" USING btree ("test_id","user_id","attempt_no");--> statement-breakpoint
CREATE INDEX "study_attempts_test_region_idx" ON "study_attempts" USING btree ("test_id","region_code");--> statement-breakpoint
CREATE INDEX "study_attempts_region_idx" ON "study_attempts" USING btree ("region_code","submitted_at");--> statement-breakpoint
CREATE INDEX "study_questions_region_idx" ON "study_questions" USING btree ("region_code","status","category");--> statement-breakpoint
CREATE UNIQUE INDEX "study_questions_stem_idx" ON "study_questions" USING btree ("region_code","stem_key") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "study_tests_region_idx" ON "study_tests" USING btree ("region_code","status");