/**
 * After a restart, jobs another process left queued or running will never finish: those whose
 * last heartbeat is older than STALE_MS are marked failed (the running process beats every 15 s).
 */
import { and, inArray, lt, ne, or, isNull } from 'drizzle-orm';
import { schema, type Db } from '@kinerja/db';
import { WORKER_ID } from './job-queue.ts';
import { reportMessages as m } from './messages.ts';

export const STALE_MS = 2 * 60_000;

export async function recoverStaleJobs(db: Db, now: Date, worker: string = WORKER_ID): Promise<number> {
  const rows = await db
    .update(schema.reportJob)
    .set({ status: 'failed', error: m.stale, finishedAt: now, updatedAt: now })
    .where(
      and(
        inArray(schema.reportJob.status, ['queued', 'running']),
        or(isNull(schema.reportJob.worker), ne(schema.reportJob.worker, worker)),
        lt(schema.reportJob.updatedAt, new Date(now.getTime() - STALE_MS)),
      ),
    )
    .returning({ id: schema.reportJob.id });
  return rows.length;
}
