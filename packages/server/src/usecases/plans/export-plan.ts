/** A plan as a kinerja-dataset/1 file (the file's own ids). */
import { exportDataset, type Db } from '@kinerja/db';
import type { Dataset } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { resolvePlan, type PlanRef } from './resolve-plan.ts';

export async function exportPlan(db: Db, user: SessionUser, ref: PlanRef): Promise<{ fileName: string; dataset: Dataset }> {
  const { pemda, opd, plan } = await resolvePlan(db, user, ref);
  const dataset = await exportDataset(db, { pemdaId: pemda.id, opdSlug: opd.slug, year: plan.year }, { ids: 'ext' });
  return { fileName: `${pemda.slug}-${opd.slug}-${plan.year}.json`, dataset };
}
