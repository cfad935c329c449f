CREATE TABLE "import_rows" (
	"job_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" varchar(32) NOT NULL,
	"payload" jsonb NOT NULL,
	CONSTRAINT "import_rows_job_id_kind_seq_pk" PRIMARY KEY("job_id","kind","seq")
);
