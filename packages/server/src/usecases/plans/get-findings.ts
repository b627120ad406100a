import type { Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { resolvePlan, type PlanRef } from './resolve-plan.ts';
import { planFindings } from './plan-findings.ts';
import type { FindingView } from './plan-view-types.ts';

export async function getFindings(db: Db, user: SessionUser, ref: PlanRef): Promise<FindingView[]> {
  const { plan } = await resolvePlan(db, user, ref);
  return planFindings(plan);
}
