/** A report_job row as the API shows it. */
import type { schema } from '@kinerja/db';

export type ReportJobRow = typeof schema.reportJob.$inferSelect;

export interface ReportJobView {
  id: string;
  kind: string;
  format: string;
  year: number;
  period: string | null;
  unit: string | null;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  error: string | null;
  fileName: string | null;
  size: number | null;
  sha256: string | null;
  dataVersion: string | null;
  findingsCount: number | null;
  requestedBy: { id: string | null; name: string } | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

const STATUSES = ['queued', 'running', 'done', 'failed'] as const;
const statusOf = (s: string): ReportJobView['status'] => STATUSES.find((x) => x === s) ?? 'failed';

export function jobView(row: ReportJobRow): ReportJobView {
  return {
    id: row.id,
    kind: row.kind,
    format: row.format,
    year: row.year,
    period: row.period,
    unit: row.unit,
    status: statusOf(row.status),
    progress: row.progress,
    error: row.error,
    fileName: row.fileName,
    size: row.size,
    sha256: row.sha256,
    dataVersion: row.dataVersion,
    findingsCount: row.findingsCount,
    requestedBy: row.requestedByName ? { id: row.requestedBy, name: row.requestedByName } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
  };
}
