/** The `kinerja compute` JSON of a plan, under a named rule set (`?rules=`, default pemda-default). */
import { exportDataset, type Db } from '@kinerja/db';
import { computeDataset, ruleSetById, type ComputeResult } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import { z } from 'zod/v4';
import { resolvePlan, type PlanRef } from './resolve-plan.ts';

export const computeQuery = z.object({ rules: z.string().trim().min(1).max(100).optional() });

export async function computePlan(db: Db, user: SessionUser, ref: PlanRef, query: unknown): Promise<ComputeResult> {
  const { pemda, opd, plan } = await resolvePlan(db, user, ref);
  const q = parse(computeQuery, query);
  const rules = ruleSetById(q.rules);
  const dataset = await exportDataset(db, { pemdaId: pemda.id, opdSlug: opd.slug, year: plan.year }, { ids: 'ext' });
  return computeDataset(dataset, { rules });
}
