/** POST …/reports: checks the right and the request, queues a job (audited) and starts it. */
import { and, eq } from 'drizzle-orm';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { messages } from '../../messages.ts';
import { findPlanYear } from './plan-year.ts';
import { resolveReportOpd, type OpdRef } from './find-job.ts';
import { WORKER_ID } from './job-queue.ts';
import { jobView, type ReportJobView } from './job-view.ts';
import { reportMessages as m } from './messages.ts';
import { parseReportRequest } from './report-request.ts';
import type { ReportRunner } from './report-runner.ts';

export async function requestReport(db: Db, user: SessionUser, ref: OpdRef, input: unknown, runner: ReportRunner): Promise<{ job: ReportJobView }> {
  const { pemda, opd } = await resolveReportOpd(db, user, ref, 'report.generate');
  const request = parseReportRequest(input);
  const plan = await findPlanYear(db, pemda.id, opd.id, request.year);
  if (!plan) throw new KinerjaError('not_found', messages.planNotFound(request.year), 'year');
  if (request.unit !== undefined) {
    const wanted = request.unit.toLowerCase();
    const units = await db.select().from(schema.unit).where(and(eq(schema.unit.pemdaId, pemda.id), eq(schema.unit.opdId, opd.id)));
    const found = units.find((u) => u.name.trim().toLowerCase() === wanted);
    if (!found) throw new KinerjaError('invalid', m.unitNotFound(request.unit), 'unit');
  }
  await runner.recover();
  const row = await db.transaction(async (tx) => {
    const [job] = await tx
      .insert(schema.reportJob)
      .values({
        pemdaId: pemda.id,
        opdId: opd.id,
        year: request.year,
        kind: request.kind,
        format: request.format,
        period: request.period ?? null,
        unit: request.unit ?? null,
        status: 'queued',
        progress: 0,
        worker: WORKER_ID,
        requestedBy: user.id,
        requestedByName: user.displayName,
      })
      .returning();
    if (!job) throw new Error('report_job insert returned nothing');
    await writeAudit(tx, {
      pemdaId: pemda.id,
      actor: { id: user.id, name: user.displayName },
      action: 'report.generate',
      entity: 'report_job',
      entityId: job.id,
      after: { opd: opd.slug, ...request },
    });
    return job;
  });
  runner.start(row.id);
  return { job: jobView(row) };
}
