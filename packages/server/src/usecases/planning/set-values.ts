/** The grid's batch write: targets / Renstra targets / baselines per period, in one transaction. */
import type { Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import type { PlanRef } from '../plans/resolve-plan.ts';
import { valuesInput } from './inputs.ts';
import { editablePlan } from './plan-access.ts';
import { loadIndicator } from './rows.ts';
import { setValue } from './write-values.ts';

export async function setValues(db: Db, user: SessionUser, ref: PlanRef, body: unknown): Promise<{ changed: number }> {
  const input = parse(valuesInput, body);
  return db.transaction(async (tx) => {
    const s = await editablePlan(tx, user, ref);
    let changed = 0;
    const seen = new Set<string>();
    for (const e of input.entries) {
      if (!seen.has(e.indicatorId)) await loadIndicator(tx, s.pemda.id, s.plan.id, e.indicatorId);
      seen.add(e.indicatorId);
      if (await setValue(tx, s.pemda.id, s.actor, e)) changed++;
    }
    return { changed };
  });
}
