CREATE TABLE "figure_dashboards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"keys" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "figure_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"name" text NOT NULL,
	"row_level" varchar(12) NOT NULL,
	"keys" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"version" smallint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "figure_dashboards_region_idx" ON "figure_dashboards" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "figure_reports_region_idx" ON "figure_reports" USING btree ("region_code");