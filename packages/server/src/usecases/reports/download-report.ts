/** GET …/reports/:report/download: the stored file, for whoever may read the OPD's plans. */
import type { Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import type { ReportFormat } from '@kinerja/documents';
import type { SessionUser } from '../../permissions.ts';
import { findJob, type JobRef } from './find-job.ts';
import { reportMessages as m } from './messages.ts';
import { CONTENT_TYPES, REPORT_FORMATS } from './report-kinds.ts';
import { readStoredFile } from '../../storage/file-store.ts';

export interface ReportDownload {
  fileName: string;
  contentType: string;
  size: number;
  body: ReadableStream<Uint8Array>;
}

export async function downloadReport(db: Db, user: SessionUser, ref: JobRef, dir: string): Promise<ReportDownload> {
  const job = await findJob(db, user, ref);
  if (job.status !== 'done' || !job.storagePath || !job.fileName) throw new KinerjaError('conflict', m.notReady(job.status), 'report');
  const format = REPORT_FORMATS.find((f): f is ReportFormat => f === job.format) ?? 'pdf';
  const body = await readStoredFile(dir, job.storagePath);
  if (!body) throw new KinerjaError('not_found', m.fileMissing, 'report');
  return { fileName: job.fileName, contentType: CONTENT_TYPES[format], size: job.size ?? 0, body };
}
