/** Every stored row of one plan that monitoring needs, scoped to the Pemda. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import type { Aggregation, Polarity } from '@kinerja/domain';
import { nodeUnits } from './access.ts';

export type RealisasiRow = typeof schema.indicatorValue.$inferSelect;

export interface MonitoringNode {
  id: string;
  extId: string | null;
  kind: string;
  parentId: string | null;
  name: string;
  code: string | null;
  /** own unit, else inherited */
  unitId: string | null;
  pagu: Record<string, number>;
  realisasi: Record<string, number>;
}

export interface MonitoringIndicator {
  id: string;
  extId: string | null;
  nodeId: string;
  name: string;
  unit: string | null;
  polarity: Polarity | null;
  aggregation: Aggregation;
  iku: boolean;
  /** responsible unit, else the node's unit */
  unitId: string | null;
  targets: Record<string, number | string>;
  realizations: Record<string, number | string>;
  /** the stored realisation rows (status, narrative) by period */
  rows: Record<string, RealisasiRow>;
}

export interface MonitoringPlan {
  nodes: MonitoringNode[];
  indicators: MonitoringIndicator[];
}

const POLARITIES = new Set(['positive', 'negative', 'range']);
const AGGREGATIONS = new Set(['cumulative', 'last', 'average']);
const polarityOf = (p: string | null): Polarity | null => (p && POLARITIES.has(p) ? (p as Polarity) : null);
const aggregationOf = (a: string | null): Aggregation => (a && AGGREGATIONS.has(a) ? (a as Aggregation) : 'last');

/** An indicator row as monitoring sees it, without values yet (`addValue` adds them). */
export function monitoringIndicator(r: typeof schema.indicator.$inferSelect, unitId: string | null): MonitoringIndicator {
  return {
    id: r.id,
    extId: r.extId,
    nodeId: r.nodeId,
    name: r.name,
    unit: r.unit,
    polarity: polarityOf(r.polarity),
    aggregation: aggregationOf(r.aggregation),
    iku: r.iku,
    unitId,
    targets: {},
    realizations: {},
    rows: {},
  };
}

/** Adds a stored target or realisation row to the indicator's period maps. */
export function addValue(x: MonitoringIndicator, r: RealisasiRow): void {
  const cell = r.value !== null ? Number(r.value) : r.textValue;
  if (r.kind === 'target') {
    if (cell !== null) x.targets[r.period] = cell;
  } else if (r.kind === 'realization') {
    x.rows[r.period] = r;
    if (cell !== null) x.realizations[r.period] = cell;
  }
}

export async function loadMonitoringPlan(db: Executor, pemdaId: string, planId: string): Promise<MonitoringPlan> {
  const n = schema.planNode;
  const nodeRows = await db
    .select({ id: n.id, extId: n.extId, kind: n.kind, parentId: n.parentId, name: n.name, code: n.code, unitId: n.unitId })
    .from(n)
    .where(and(eq(n.pemdaId, pemdaId), eq(n.planId, planId)))
    .orderBy(asc(n.position), asc(n.createdAt));
  const units = nodeUnits(nodeRows);
  const nodes = new Map<string, MonitoringNode>(
    nodeRows.map((r) => [r.id, { ...r, unitId: units.get(r.id) ?? null, pagu: {}, realisasi: {} }]),
  );
  if (nodes.size > 0) {
    const b = schema.nodeBudget;
    const budgets = await db
      .select()
      .from(b)
      .where(and(eq(b.pemdaId, pemdaId), inArray(b.nodeId, [...nodes.keys()])));
    for (const r of budgets) {
      const node = nodes.get(r.nodeId);
      if (!node) continue;
      if (r.pagu !== null) node.pagu[r.period] = r.pagu;
      if (r.realisasi !== null) node.realisasi[r.period] = r.realisasi;
    }
  }
  const i = schema.indicator;
  const indicatorRows = await db
    .select()
    .from(i)
    .where(and(eq(i.pemdaId, pemdaId), eq(i.planId, planId)))
    .orderBy(asc(i.position), asc(i.createdAt));
  const indicators = new Map<string, MonitoringIndicator>(
    indicatorRows.map((r) => [r.id, monitoringIndicator(r, r.responsibleUnitId ?? units.get(r.nodeId) ?? null)]),
  );
  if (indicators.size > 0) {
    const v = schema.indicatorValue;
    const values = await db
      .select()
      .from(v)
      .where(and(eq(v.pemdaId, pemdaId), inArray(v.indicatorId, [...indicators.keys()]), inArray(v.kind, ['target', 'realization'])));
    for (const r of values) {
      const x = indicators.get(r.indicatorId);
      if (x) addValue(x, r);
    }
  }
  return { nodes: [...nodes.values()], indicators: [...indicators.values()] };
}
