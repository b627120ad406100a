/**
 * Runs one queued job: running with progress (10 exporting, 40 building, 80 rendered, 100 stored),
 * the file written under the reports directory, then `done` — or `failed` with an Indonesian
 * message and no file left behind.
 */
import { and, eq } from 'drizzle-orm';
import { schema, type Db } from '@kinerja/db';
import { isKinerjaError } from '@kinerja/domain';
import { reportMessages as m } from './messages.ts';
import { produceReport, type ProduceOptions } from './produce-report.ts';
import { finishedFields } from './finished-job.ts';
import { parseReportRequest } from './report-request.ts';
import { removeStoredFile, storedPathOf, writeStoredFile } from '../../storage/file-store.ts';

export interface JobDeps {
  dir: string;
  now: () => Date;
  generate?: ProduceOptions['generate'];
}

const HEARTBEAT_MS = 15_000;

/** The message a failed job records: the KinerjaError's own text, else a general one. */
export function failureMessage(e: unknown): string {
  if (isKinerjaError(e)) {
    const prefix = e.where ? `${e.where}: ` : '';
    return prefix && e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
  }
  const detail = e instanceof Error ? e.message : String(e);
  return `${m.failed} (rincian teknis: ${detail.slice(0, 300)})`;
}

export async function executeJob(db: Db, jobId: string, deps: JobDeps): Promise<void> {
  const [job] = await db.select().from(schema.reportJob).where(eq(schema.reportJob.id, jobId));
  if (!job || job.status !== 'queued') return;
  const [opd] = await db.select().from(schema.opd).where(and(eq(schema.opd.id, job.opdId), eq(schema.opd.pemdaId, job.pemdaId)));
  const path = storedPathOf(job.pemdaId, job.id);
  const update = (values: Partial<typeof schema.reportJob.$inferInsert>) =>
    db.update(schema.reportJob).set({ ...values, updatedAt: deps.now() }).where(eq(schema.reportJob.id, job.id));
  const heartbeat = setInterval(() => {
    update({}).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    const request = parseReportRequest({
      kind: job.kind,
      year: job.year,
      format: job.format,
      ...(job.period ? { period: job.period } : {}),
      ...(job.unit ? { unit: job.unit } : {}),
    });
    const produced = await produceReport(db, { pemdaId: job.pemdaId, opdSlug: opd?.slug ?? '' }, request, {
      generatedAt: deps.now().toISOString(),
      onProgress: async (progress) => {
        await update({ status: 'running', progress });
      },
      ...(deps.generate ? { generate: deps.generate } : {}),
    });
    await writeStoredFile(deps.dir, path, produced.buffer);
    await update(finishedFields(request, produced, path, deps.now()));
  } catch (e) {
    if (!isKinerjaError(e)) console.error('kinerja: pembuatan dokumen gagal', e);
    await removeStoredFile(deps.dir, path);
    await update({ status: 'failed', error: failureMessage(e), storagePath: null, finishedAt: deps.now() });
  } finally {
    clearInterval(heartbeat);
  }
}
