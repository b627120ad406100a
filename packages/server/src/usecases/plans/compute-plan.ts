/** The `kinerja compute` JSON of a plan. */
import type { Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import { messages } from '../../messages.ts';
import { computeQuery } from '../../routes/catalog.ts';
import { resolvePlan, type PlanRef } from './resolve-plan.ts';

export async function computePlan(db: Db, user: SessionUser, ref: PlanRef, query: unknown): Promise<unknown> {
  await resolvePlan(db, user, ref);
  parse(computeQuery, query);
  throw new KinerjaError('busy', messages.featureNotReady);
}
