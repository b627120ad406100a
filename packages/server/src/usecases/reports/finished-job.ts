/** The columns of a report_job row once its file is stored (the server's job and the CLI's record). */
import { createHash } from 'node:crypto';
import type { schema } from '@kinerja/db';
import { PROGRESS, type ProducedReport } from './produce-report.ts';
import { downloadFileName } from './report-kinds.ts';
import type { ReportRequest } from './report-request.ts';

export type FinishedFields = Pick<
  typeof schema.reportJob.$inferInsert,
  'status' | 'progress' | 'error' | 'fileName' | 'storagePath' | 'size' | 'sha256' | 'dataVersion' | 'findingsCount' | 'findings' | 'finishedAt'
>;

export const finishedFields = (request: ReportRequest, produced: ProducedReport, storagePath: string, finishedAt: Date): FinishedFields => ({
  status: 'done',
  progress: PROGRESS.stored,
  error: null,
  fileName: downloadFileName({
    kind: request.kind,
    format: request.format,
    year: request.year,
    opd: produced.opdAbbr,
    period: request.period ?? null,
    perubahan: produced.modelFileName.includes('perubahan'),
  }),
  storagePath,
  size: produced.buffer.length,
  sha256: createHash('sha256').update(produced.buffer).digest('hex'),
  dataVersion: produced.dataVersion,
  findingsCount: produced.findings.length,
  findings: produced.findings,
  finishedAt,
});
