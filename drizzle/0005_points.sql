CREATE TABLE "points_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"system" varchar(8) NOT NULL,
	"holder_id" uuid NOT NULL,
	"balance" integer DEFAULT 0 NOT NULL,
	"entries" integer DEFAULT 0 NOT NULL,
	"frozen_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "points_claims" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"system" varchar(8) NOT NULL,
	"account_id" uuid NOT NULL,
	"rule_id" uuid NOT NULL,
	"points" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"note" text,
	"status" varchar(12) NOT NULL,
	"proposed_by" uuid,
	"proposed_by_name" text,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"reason" text,
	"idempotency_key" varchar(160),
	CONSTRAINT "points_claims_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "points_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"claim_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"thumb_key" text NOT NULL,
	"mime" varchar(40) NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "points_goods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"shop_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" varchar(8) DEFAULT '件' NOT NULL,
	"price" integer NOT NULL,
	"stock" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "points_goods_stock_check" CHECK (stock >= 0),
	CONSTRAINT "points_goods_price_check" CHECK (price > 0)
);
--> statement-breakpoint
CREATE TABLE "points_ledger" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"system" varchar(8) NOT NULL,
	"account_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"amount" integer NOT NULL,
	"balance_after" integer NOT NULL,
	"kind" varchar(16) NOT NULL,
	"rule_id" uuid,
	"claim_id" uuid,
	"redemption_id" uuid,
	"reverses_id" uuid,
	"occurred_on" date NOT NULL,
	"note" text,
	"idempotency_key" varchar(160) NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_ledger_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "points_redemptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"shop_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"code" varchar(8) NOT NULL,
	"lines" jsonb NOT NULL,
	"total" integer NOT NULL,
	"status" varchar(12) NOT NULL,
	"idempotency_key" varchar(160) NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handed_over_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text,
	CONSTRAINT "points_redemptions_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "points_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"rule_key" uuid NOT NULL,
	"version" integer NOT NULL,
	"system" varchar(8) NOT NULL,
	"code" varchar(16) NOT NULL,
	"name" text NOT NULL,
	"points" integer NOT NULL,
	"max_points" integer,
	"evidence_required" boolean DEFAULT false NOT NULL,
	"proposer_roles" jsonb NOT NULL,
	"approver_roles" jsonb NOT NULL,
	"cap" integer,
	"cap_period" varchar(8),
	"freeze_months" integer,
	"note" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "points_shops" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"name" text NOT NULL,
	"cancel_minutes" integer DEFAULT 60 NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "points_stock_moves" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(15) NOT NULL,
	"shop_id" uuid NOT NULL,
	"goods_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"stock_after" integer NOT NULL,
	"kind" varchar(16) NOT NULL,
	"redemption_id" uuid,
	"source" text,
	"note" text,
	"idempotency_key" varchar(160) NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_stock_moves_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "person_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "points_accounts_holder_idx" ON "points_accounts" USING btree ("system","holder_id");--> statement-breakpoint
CREATE INDEX "points_accounts_region_idx" ON "points_accounts" USING btree ("region_code","system");--> statement-breakpoint
CREATE INDEX "points_claims_queue_idx" ON "points_claims" USING btree ("region_code","status","proposed_at");--> statement-breakpoint
CREATE INDEX "points_claims_account_idx" ON "points_claims" USING btree ("account_id","occurred_on");--> statement-breakpoint
CREATE INDEX "points_evidence_claim_idx" ON "points_evidence" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "points_goods_shop_idx" ON "points_goods" USING btree ("shop_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "points_ledger_account_seq_idx" ON "points_ledger" USING btree ("account_id","seq");--> statement-breakpoint
CREATE INDEX "points_ledger_account_idx" ON "points_ledger" USING btree ("account_id","occurred_on");--> statement-breakpoint
CREATE INDEX "points_ledger_region_idx" ON "points_ledger" USING btree ("region_code","system","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "points_ledger_reverses_idx" ON "points_ledger" USING btree ("reverses_id") WHERE reverses_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "points_redemptions_code_idx" ON "points_redemptions" USING btree ("shop_id","code");--> statement-breakpoint
CREATE INDEX "points_redemptions_shop_idx" ON "points_redemptions" USING btree ("shop_id","created_at");--> statement-breakpoint
CREATE INDEX "points_redemptions_account_idx" ON "points_redemptions" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "points_rules_version_idx" ON "points_rules" USING btree ("rule_key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "points_rules_current_code_idx" ON "points_rules" USING btree ("region_code","system","code") WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX "points_rules_region_idx" ON "points_rules" USING btree ("region_code","system");--> statement-breakpoint
CREATE INDEX "points_shops_region_idx" ON "points_shops" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "points_stock_moves_goods_idx" ON "points_stock_moves" USING btree ("goods_id","created_at");--> statement-breakpoint
CREATE INDEX "points_stock_moves_shop_idx" ON "points_stock_moves" USING btree ("shop_id","created_at");--> statement-breakpoint
-- The points ledger and the stock moves are append-only, like the audit log: a correction is a
-- reversing entry. Statement-level triggers refuse any UPDATE, DELETE or TRUNCATE, even one that
-- matches no row. npm run points:reconcile checks balances and stock against them.
CREATE OR REPLACE FUNCTION points_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER points_ledger_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON points_ledger
  FOR EACH STATEMENT EXECUTE FUNCTION points_append_only();
--> statement-breakpoint
CREATE TRIGGER points_stock_moves_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON points_stock_moves
  FOR EACH STATEMENT EXECUTE FUNCTION points_append_only();
