import { count, eq } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { indicator, indicatorValue, nodeBudget, plan, planDocument, planNode } from '../schema.ts';

export interface PlanCounts {
  nodes: number;
  indicators: number;
  values: number;
  budgets: number;
  documents: number;
  units: number;
}

/** What one stored plan holds (the `before` of a replacing import). */
export async function countPlan(db: Executor, planId: string): Promise<PlanCounts> {
  const one = async (q: Promise<{ n: number }[]>): Promise<number> => Number((await q)[0]?.n ?? 0);
  const [p] = await db.select({ extra: plan.extra }).from(plan).where(eq(plan.id, planId));
  const units = (p?.extra as { units?: unknown[] } | null)?.units;
  return {
    nodes: await one(db.select({ n: count() }).from(planNode).where(eq(planNode.planId, planId))),
    indicators: await one(db.select({ n: count() }).from(indicator).where(eq(indicator.planId, planId))),
    values: await one(
      db
        .select({ n: count() })
        .from(indicatorValue)
        .innerJoin(indicator, eq(indicator.id, indicatorValue.indicatorId))
        .where(eq(indicator.planId, planId)),
    ),
    budgets: await one(
      db
        .select({ n: count() })
        .from(nodeBudget)
        .innerJoin(planNode, eq(planNode.id, nodeBudget.nodeId))
        .where(eq(planNode.planId, planId)),
    ),
    documents: await one(db.select({ n: count() }).from(planDocument).where(eq(planDocument.planId, planId))),
    units: Array.isArray(units) ? units.length : 0,
  };
}
