/** Starts queued jobs in this process and recovers the stale jobs of a previous one, once. */
import type { Db } from '@kinerja/db';
import { executeJob, type JobDeps } from './execute-job.ts';
import { enqueue } from './job-queue.ts';
import { recoverStaleJobs } from './recover-jobs.ts';

export interface ReportRunner {
  start: (jobId: string) => void;
  /** Marks stale jobs failed; cheap after the first call (the first one per process awaits it). */
  recover: () => Promise<void>;
}

export function createReportRunner(db: Db, deps: JobDeps): ReportRunner {
  let lastRecovery = 0;
  return {
    start: (jobId) => enqueue(() => executeJob(db, jobId, deps)),
    recover: async () => {
      const now = deps.now();
      if (now.getTime() - lastRecovery < 30_000) return;
      lastRecovery = now.getTime();
      await recoverStaleJobs(db, now);
    },
  };
}
