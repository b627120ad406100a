/** GET …/reports/:report/findings: where the data disagreed when the document was generated. */
import type { Db } from '@kinerja/db';
import type { CheckFinding } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { findJob, type JobRef } from './find-job.ts';

export async function reportFindings(db: Db, user: SessionUser, ref: JobRef): Promise<CheckFinding[]> {
  const job = await findJob(db, user, ref);
  return Array.isArray(job.findings) ? (job.findings as CheckFinding[]) : [];
}
