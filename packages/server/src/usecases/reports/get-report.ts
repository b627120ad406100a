/** GET …/reports/:report: one job with its status and progress. */
import type { Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { findJob, type JobRef } from './find-job.ts';
import { jobView, type ReportJobView } from './job-view.ts';

export async function getReport(db: Db, user: SessionUser, ref: JobRef): Promise<ReportJobView> {
  return jobView(await findJob(db, user, ref));
}
