/** One evidence row of an OPD by id, with its row context; another unit's file is "not found". */
import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { resolveOpd, resolvePemda, type OpdRow, type PemdaRow } from '../../tenant.ts';
import { canReadRow } from '../realisasi/access.ts';
import { loadRowContext, type RowContext } from '../realisasi/row-context.ts';
import { monitoringMessages as m } from '../realisasi/messages.ts';
import type { EvidenceRow } from './evidence-view.ts';

export interface EvidenceRef {
  pemdaSlug: string;
  opdSlug: string;
  evidenceId: string;
}

export async function findEvidence(
  db: Executor,
  user: SessionUser,
  ref: EvidenceRef,
): Promise<{ pemda: PemdaRow; opd: OpdRow; row: EvidenceRow; ctx: RowContext }> {
  const pemda = await resolvePemda(db, user, ref.pemdaSlug);
  const opd = await resolveOpd(db, pemda, ref.opdSlug);
  if (!z.uuid().safeParse(ref.evidenceId).success) throw new KinerjaError('invalid', m.evidenceBadId, 'evidence');
  const e = schema.evidence;
  const [row] = await db
    .select()
    .from(e)
    .where(and(eq(e.pemdaId, pemda.id), eq(e.opdId, opd.id), eq(e.id, ref.evidenceId)));
  if (!row) throw new KinerjaError('not_found', m.evidenceNotFound, 'evidence');
  const [ind] = await db
    .select({ planId: schema.indicator.planId })
    .from(schema.indicator)
    .where(and(eq(schema.indicator.pemdaId, pemda.id), eq(schema.indicator.id, row.indicatorId)));
  if (!ind) throw new KinerjaError('not_found', m.evidenceNotFound, 'evidence');
  const ctx = await loadRowContext(db, { pemdaId: pemda.id, opdId: opd.id, planId: ind.planId }, row.indicatorId);
  if (!canReadRow(user, ctx.resource)) throw new KinerjaError('not_found', m.evidenceNotFound, 'evidence');
  return { pemda, opd, row, ctx };
}
