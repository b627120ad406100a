/** The findings of a plan, on its final realisations (as the plan view). */
import type { Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { resolvePlan, type PlanRef } from './resolve-plan.ts';
import { planFindings } from './plan-findings.ts';
import { ruleSetFor } from '../rule-sets/rule-set-for.ts';
import type { FindingView } from './plan-view-types.ts';
import { exportFinalDataset } from '../figures/final-dataset.ts';

export async function getFindings(db: Db, user: SessionUser, ref: PlanRef): Promise<FindingView[]> {
  const { pemda, opd, plan } = await resolvePlan(db, user, ref);
  const { dataset } = await exportFinalDataset(db, { pemdaId: pemda.id, opdSlug: opd.slug, year: plan.year }, { ids: 'stored' });
  return planFindings(dataset, await ruleSetFor(db, pemda.id, plan.year));
}
