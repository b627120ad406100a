CREATE TABLE "report_job" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"format" text NOT NULL,
	"period" text,
	"unit" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"error" text,
	"file_name" text,
	"storage_path" text,
	"size" integer,
	"sha256" text,
	"data_version" text,
	"findings_count" integer,
	"findings" jsonb,
	"worker" text,
	"requested_by" uuid,
	"requested_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "report_narrative" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pemda_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"document_id" uuid,
	"kind" text NOT NULL,
	"section_id" text NOT NULL,
	"text" text NOT NULL,
	"updated_by" uuid,
	"updated_by_name" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_job" ADD CONSTRAINT "report_job_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_job" ADD CONSTRAINT "report_job_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_job" ADD CONSTRAINT "report_job_requested_by_app_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_narrative" ADD CONSTRAINT "report_narrative_pemda_id_pemda_id_fk" FOREIGN KEY ("pemda_id") REFERENCES "public"."pemda"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_narrative" ADD CONSTRAINT "report_narrative_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_narrative" ADD CONSTRAINT "report_narrative_document_id_plan_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."plan_document"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_narrative" ADD CONSTRAINT "report_narrative_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_job_opd" ON "report_job" USING btree ("pemda_id","opd_id","created_at");--> statement-breakpoint
CREATE INDEX "report_job_status" ON "report_job" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "report_narrative_section" ON "report_narrative" USING btree ("plan_id","kind","section_id");