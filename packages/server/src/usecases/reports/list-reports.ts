/** GET …/reports: the documents generated for an OPD, newest first (who, when, data version, findings). */
import { and, desc, eq } from 'drizzle-orm';
import { schema, type Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { resolveReportOpd, type OpdRef } from './find-job.ts';
import { jobView, type ReportJobView } from './job-view.ts';
import type { ReportRunner } from './report-runner.ts';

export const LIST_LIMIT = 200;

export async function listReports(db: Db, user: SessionUser, ref: OpdRef, runner: ReportRunner): Promise<ReportJobView[]> {
  const { pemda, opd } = await resolveReportOpd(db, user, ref, 'plan.read');
  await runner.recover();
  const rows = await db
    .select()
    .from(schema.reportJob)
    .where(and(eq(schema.reportJob.pemdaId, pemda.id), eq(schema.reportJob.opdId, opd.id)))
    .orderBy(desc(schema.reportJob.createdAt))
    .limit(LIST_LIMIT);
  return rows.map(jobView);
}
