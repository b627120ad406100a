/** The stored rows of one plan, as the plan view needs them (all scoped to the Pemda). */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';

type PeriodValue = number | string | null;

export interface NodeRow {
  id: string;
  extId: string | null;
  kind: string;
  parentId: string | null;
  name: string;
  code: string | null;
  unitId: string | null;
  budget: Record<string, number | null>;
  budgetRealization: Record<string, number | null>;
}

export interface IndicatorRow {
  id: string;
  extId: string | null;
  nodeId: string;
  name: string;
  unit: string | null;
  polarity: string | null;
  aggregation: string | null;
  iku: boolean;
  targets: Record<string, PeriodValue>;
  realizations: Record<string, PeriodValue>;
  renstraTargets: Record<string, PeriodValue>;
  baseline: Record<string, PeriodValue>;
}

const MAP_OF_KIND = { target: 'targets', realization: 'realizations', renstra_target: 'renstraTargets', baseline: 'baseline' } as const;
const isValueKind = (k: string): k is keyof typeof MAP_OF_KIND => k in MAP_OF_KIND;

export async function loadPlanRows(db: Executor, pemdaId: string, planId: string): Promise<{ nodes: NodeRow[]; indicators: IndicatorRow[] }> {
  const n = schema.planNode;
  const nodeRows = await db
    .select({ id: n.id, extId: n.extId, kind: n.kind, parentId: n.parentId, name: n.name, code: n.code, unitId: n.unitId })
    .from(n)
    .where(and(eq(n.pemdaId, pemdaId), eq(n.planId, planId)))
    .orderBy(asc(n.position));
  const nodes = new Map<string, NodeRow>(nodeRows.map((r) => [r.id, { ...r, budget: {}, budgetRealization: {} }]));
  const nodeIds = [...nodes.keys()];
  if (nodeIds.length > 0) {
    const b = schema.nodeBudget;
    const budgets = await db
      .select()
      .from(b)
      .where(and(eq(b.pemdaId, pemdaId), inArray(b.nodeId, nodeIds)));
    for (const r of budgets) {
      const node = nodes.get(r.nodeId);
      if (!node) continue;
      if (r.pagu !== null) node.budget[r.period] = r.pagu;
      if (r.realisasi !== null) node.budgetRealization[r.period] = r.realisasi;
    }
  }
  const i = schema.indicator;
  const indicatorRows = await db
    .select({
      id: i.id,
      extId: i.extId,
      nodeId: i.nodeId,
      name: i.name,
      unit: i.unit,
      polarity: i.polarity,
      aggregation: i.aggregation,
      iku: i.iku,
    })
    .from(i)
    .where(and(eq(i.pemdaId, pemdaId), eq(i.planId, planId)))
    .orderBy(asc(i.position));
  const indicators = new Map<string, IndicatorRow>(
    indicatorRows.map((r) => [r.id, { ...r, targets: {}, realizations: {}, renstraTargets: {}, baseline: {} }]),
  );
  if (indicators.size > 0) {
    const v = schema.indicatorValue;
    const values = await db
      .select({ indicatorId: v.indicatorId, kind: v.kind, period: v.period, value: v.value, textValue: v.textValue })
      .from(v)
      .where(and(eq(v.pemdaId, pemdaId), inArray(v.indicatorId, [...indicators.keys()])));
    for (const r of values) {
      const x = indicators.get(r.indicatorId);
      if (!x || !isValueKind(r.kind)) continue;
      x[MAP_OF_KIND[r.kind]][r.period] = r.value !== null ? Number(r.value) : r.textValue;
    }
  }
  return { nodes: [...nodes.values()], indicators: [...indicators.values()] };
}
