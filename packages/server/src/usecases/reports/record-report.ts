/**
 * A document made outside the web app (`kinerja report`): generated now, its file kept in the
 * reports directory and recorded as a finished job (who, when, data version, findings) with its
 * audit row, so the Pelaporan list shows it and it can be downloaded again like any other.
 */
import { randomUUID } from 'node:crypto';
import { getOpd, schema, writeAudit, type Actor, type Db } from '@kinerja/db';
import { removeStoredFile, storedPathOf, writeStoredFile } from '../../storage/file-store.ts';
import { jobView, type ReportJobView } from './job-view.ts';
import { finishedFields } from './finished-job.ts';
import { produceReport, type ProducedReport, type ReportTarget } from './produce-report.ts';
import type { ReportRequest } from './report-request.ts';

export interface RecordOptions {
  actor: Actor;
  /** the reports directory (config.ts storageDirs().reports) */
  dir: string;
  now: () => Date;
}

export async function recordReport(
  db: Db,
  target: ReportTarget,
  request: ReportRequest,
  opts: RecordOptions,
): Promise<{ job: ReportJobView; produced: ProducedReport }> {
  const startedAt = opts.now();
  const produced = await produceReport(db, target, request, { generatedAt: startedAt.toISOString() });
  const opd = await getOpd(db, target.pemdaId, target.opdSlug);
  const id = randomUUID();
  const path = storedPathOf(target.pemdaId, id);
  await writeStoredFile(opts.dir, path, produced.buffer);
  try {
    const row = await db.transaction(async (tx) => {
      const finishedAt = opts.now();
      const [job] = await tx
        .insert(schema.reportJob)
        .values({
          id,
          pemdaId: target.pemdaId,
          opdId: opd.id,
          year: request.year,
          kind: request.kind,
          format: request.format,
          period: request.period ?? null,
          unit: request.unit ?? null,
          ...finishedFields(request, produced, path, finishedAt),
          requestedBy: opts.actor.id,
          requestedByName: opts.actor.name,
          createdAt: startedAt,
          updatedAt: finishedAt,
        })
        .returning();
      if (!job) throw new Error('report_job insert returned nothing');
      await writeAudit(tx, {
        pemdaId: target.pemdaId,
        actor: opts.actor,
        action: 'report.generate',
        entity: 'report_job',
        entityId: job.id,
        after: { opd: opd.slug, ...request },
      });
      return job;
    });
    return { job: jobView(row), produced };
  } catch (e) {
    await removeStoredFile(opts.dir, path);
    throw e;
  }
}
