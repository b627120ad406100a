/**
 * Loads ONE indicator of a plan for a write or a read of its row (P1): the indicator, its node's
 * branch through the closure table (for the unit it inherits), and its own targets and
 * realisations — three indexed queries, whatever the size of the plan.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { KinerjaError } from '@kinerja/domain';
import { schema, type Executor } from '@kinerja/db';
import type { RowResource } from './access.ts';
import { addValue, monitoringIndicator, type MonitoringIndicator, type MonitoringNode } from './monitoring-plan.ts';
import { monitoringMessages as m } from './messages.ts';

export interface RowContext {
  indicator: MonitoringIndicator;
  node: MonitoringNode | undefined;
  resource: RowResource;
}

const n = schema.planNode;
const nodeColumns = { id: n.id, extId: n.extId, kind: n.kind, parentId: n.parentId, name: n.name, code: n.code, unitId: n.unitId };
type BranchNode = { id: string; extId: string | null; kind: string; parentId: string | null; name: string; code: string | null; unitId: string | null };

/**
 * The node and its ancestors, nearest first (closure table; depth 0 = the node). Nodes written
 * without closure rows (hand-made data) are walked up parent by parent instead.
 */
async function branchOf(db: Executor, pemdaId: string, nodeId: string): Promise<BranchNode[]> {
  const c = schema.planNodeClosure;
  const viaClosure = await db
    .select(nodeColumns)
    .from(c)
    .innerJoin(n, eq(n.id, c.ancestorId))
    .where(and(eq(c.pemdaId, pemdaId), eq(c.descendantId, nodeId)))
    .orderBy(c.depth);
  if (viaClosure.some((b) => b.id === nodeId)) return viaClosure;
  const out: BranchNode[] = [];
  let next: string | null = nodeId;
  while (next !== null && out.length < 20 && !out.some((b) => b.id === next)) {
    const [row] = await db.select(nodeColumns).from(n).where(and(eq(n.pemdaId, pemdaId), eq(n.id, next)));
    if (!row) break;
    out.push(row);
    next = row.unitId === null ? row.parentId : null;
  }
  return out;
}

export async function loadRowContext(
  db: Executor,
  scope: { pemdaId: string; opdId: string; planId: string },
  indicatorId: string,
): Promise<RowContext> {
  const i = schema.indicator;
  const [row] = await db
    .select()
    .from(i)
    .where(and(eq(i.pemdaId, scope.pemdaId), eq(i.planId, scope.planId), eq(i.id, indicatorId)));
  if (!row) throw new KinerjaError('not_found', m.indicatorNotFound, 'indicator');
  const branch = await branchOf(db, scope.pemdaId, row.nodeId);
  const own = branch.find((b) => b.id === row.nodeId);
  const inherited = branch.find((b) => b.unitId !== null)?.unitId ?? null;
  const indicator = monitoringIndicator(row, row.responsibleUnitId ?? inherited);
  const v = schema.indicatorValue;
  const values = await db
    .select()
    .from(v)
    .where(and(eq(v.pemdaId, scope.pemdaId), eq(v.indicatorId, row.id), inArray(v.kind, ['target', 'realization'])))
    .orderBy(desc(v.period));
  for (const r of values) addValue(indicator, r);
  return {
    indicator,
    node: own ? { ...own, unitId: inherited, pagu: {}, realisasi: {} } : undefined,
    resource: { pemdaId: scope.pemdaId, opdId: scope.opdId, unitId: indicator.unitId },
  };
}
