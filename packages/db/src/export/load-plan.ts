/** Reads every row of one plan, scoped to its Pemda. */
import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { indicator, indicatorValue, nodeBudget, plan, planDocument, planNode, unit } from '../schema.ts';

export interface LoadedPlan {
  plan: typeof plan.$inferSelect;
  documents: (typeof planDocument.$inferSelect)[];
  nodes: (typeof planNode.$inferSelect)[];
  budgets: (typeof nodeBudget.$inferSelect)[];
  indicators: (typeof indicator.$inferSelect)[];
  values: (typeof indicatorValue.$inferSelect)[];
  units: (typeof unit.$inferSelect)[];
}

export async function loadPlan(db: Executor, pemdaId: string, planRow: typeof plan.$inferSelect): Promise<LoadedPlan> {
  const planId = planRow.id;
  const documents = await db
    .select()
    .from(planDocument)
    .where(and(eq(planDocument.pemdaId, pemdaId), eq(planDocument.planId, planId)))
    .orderBy(asc(planDocument.createdAt), asc(planDocument.id));
  const nodes = await db
    .select()
    .from(planNode)
    .where(and(eq(planNode.pemdaId, pemdaId), eq(planNode.planId, planId)))
    .orderBy(asc(planNode.position), asc(planNode.createdAt));
  const indicators = await db
    .select()
    .from(indicator)
    .where(and(eq(indicator.pemdaId, pemdaId), eq(indicator.planId, planId)))
    .orderBy(asc(indicator.position), asc(indicator.createdAt));
  const budgets = await db
    .select(getTableColumns(nodeBudget))
    .from(nodeBudget)
    .innerJoin(planNode, eq(planNode.id, nodeBudget.nodeId))
    .where(and(eq(nodeBudget.pemdaId, pemdaId), eq(planNode.planId, planId)));
  const values = await db
    .select(getTableColumns(indicatorValue))
    .from(indicatorValue)
    .innerJoin(indicator, eq(indicator.id, indicatorValue.indicatorId))
    .where(and(eq(indicatorValue.pemdaId, pemdaId), eq(indicator.planId, planId)));
  const units = await db
    .select()
    .from(unit)
    .where(and(eq(unit.pemdaId, pemdaId), eq(unit.opdId, planRow.opdId)))
    // a stable order: the first unit is the default of per-unit documents (evaluasi triwulan)
    .orderBy(asc(unit.createdAt), asc(unit.name));
  return { plan: planRow, documents, nodes, budgets, indicators, values, units };
}
