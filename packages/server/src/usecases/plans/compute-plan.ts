/**
 * The `kinerja compute` JSON of a plan, under a named preset (`?rules=`), else the year's rule set,
 * on final realisations only (verified/approved), as every other figure; `pending` counts the
 * realisations left out.
 */
import type { Db } from '@kinerja/db';
import { computeDataset, type ComputeResult } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import { z } from 'zod/v4';
import { resolvePlan, type PlanRef } from './resolve-plan.ts';
import { rulesFor } from '../rule-sets/rule-set-for.ts';
import { exportFinalDataset } from '../figures/final-dataset.ts';

export const computeQuery = z.object({ rules: z.string().trim().min(1).max(100).optional() });

export async function computePlan(db: Db, user: SessionUser, ref: PlanRef, query: unknown): Promise<ComputeResult & { pending: number }> {
  const { pemda, opd, plan } = await resolvePlan(db, user, ref);
  const q = parse(computeQuery, query);
  const rules = await rulesFor(db, pemda.id, plan.year, q.rules);
  const { dataset, pending } = await exportFinalDataset(db, { pemdaId: pemda.id, opdSlug: opd.slug, year: plan.year }, { ids: 'ext' });
  return { ...computeDataset(dataset, { rules }), pending: pending.length };
}
