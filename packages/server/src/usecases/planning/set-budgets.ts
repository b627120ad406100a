/** The grid's batch write of pagu per node and period, in one transaction. */
import type { Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import type { PlanRef } from '../plans/resolve-plan.ts';
import { budgetsInput } from './inputs.ts';
import { editablePlan } from './plan-access.ts';
import { loadNode } from './rows.ts';
import { setPagu } from './write-values.ts';

export async function setBudgets(db: Db, user: SessionUser, ref: PlanRef, body: unknown): Promise<{ changed: number }> {
  const input = parse(budgetsInput, body);
  return db.transaction(async (tx) => {
    const s = await editablePlan(tx, user, ref);
    let changed = 0;
    const seen = new Set<string>();
    for (const e of input.entries) {
      if (!seen.has(e.nodeId)) await loadNode(tx, s.pemda.id, s.plan.id, e.nodeId);
      seen.add(e.nodeId);
      if (await setPagu(tx, s.pemda.id, s.actor, e)) changed++;
    }
    return { changed };
  });
}
