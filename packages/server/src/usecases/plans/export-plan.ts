/** A plan as a kinerja-dataset/1 file (the file's own ids). */
import type { Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { messages } from '../../messages.ts';
import { resolvePlan, type PlanRef } from './resolve-plan.ts';

export async function exportPlan(db: Db, user: SessionUser, ref: PlanRef): Promise<{ fileName: string; dataset: unknown }> {
  await resolvePlan(db, user, ref);
  throw new KinerjaError('busy', messages.featureNotReady);
}
