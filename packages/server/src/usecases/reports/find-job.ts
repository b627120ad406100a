/** `:pemda/opd/:opd/reports/:report` → the job, inside the caller's tenant and rights (else 404/403). */
import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import type { Action, SessionUser } from '../../permissions.ts';
import { resolveOpd, resolvePemda, type OpdRow, type PemdaRow } from '../../tenant.ts';
import { authorize } from '../guard.ts';
import type { ReportJobRow } from './job-view.ts';
import { reportMessages as m } from './messages.ts';

export interface OpdRef {
  pemdaSlug: string;
  opdSlug: string;
}

export interface JobRef extends OpdRef {
  reportId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function resolveReportOpd(db: Executor, user: SessionUser, ref: OpdRef, action: Action): Promise<{ pemda: PemdaRow; opd: OpdRow }> {
  const pemda = await resolvePemda(db, user, ref.pemdaSlug);
  const opd = await resolveOpd(db, pemda, ref.opdSlug);
  authorize(user, action, { pemdaId: pemda.id, opdId: opd.id });
  return { pemda, opd };
}

export async function findJob(db: Executor, user: SessionUser, ref: JobRef, action: Action = 'plan.read'): Promise<ReportJobRow> {
  const { pemda, opd } = await resolveReportOpd(db, user, ref, action);
  if (!UUID.test(ref.reportId)) throw new KinerjaError('invalid', m.jobIdBad, 'report');
  const [job] = await db
    .select()
    .from(schema.reportJob)
    .where(and(eq(schema.reportJob.id, ref.reportId), eq(schema.reportJob.pemdaId, pemda.id), eq(schema.reportJob.opdId, opd.id)));
  if (!job) throw new KinerjaError('not_found', m.jobNotFound, 'report');
  return job;
}
