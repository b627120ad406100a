/**
 * The plan tree flattened into grid rows, depth first: a node, its indicators, then its
 * children (tujuan → sasaran → program → kegiatan → sub kegiatan), in the order the plan gives.
 */
import type { DatasetIndicator, DatasetNode, NodeKind } from '@kinerja/domain';

export interface NodeRow {
  type: 'node';
  id: string;
  depth: number;
  node: DatasetNode;
  parent: DatasetNode | null;
}

export interface IndicatorRow {
  type: 'indicator';
  id: string;
  depth: number;
  indicator: DatasetIndicator;
  node: DatasetNode;
}

export type GridRow = NodeRow | IndicatorRow;

export interface PlanRows {
  nodes: readonly DatasetNode[];
  indicators: readonly DatasetIndicator[];
}

export function flattenPlan(plan: PlanRows): GridRow[] {
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const children = new Map<string | null, DatasetNode[]>();
  for (const n of plan.nodes) {
    const parent = n.parent && byId.has(n.parent) ? n.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  const indicators = new Map<string, DatasetIndicator[]>();
  for (const i of plan.indicators) indicators.set(i.node, [...(indicators.get(i.node) ?? []), i]);
  const rows: GridRow[] = [];
  const seen = new Set<string>();
  const visit = (n: DatasetNode, depth: number) => {
    if (seen.has(n.id)) return;
    seen.add(n.id);
    rows.push({ type: 'node', id: n.id, depth, node: n, parent: n.parent ? (byId.get(n.parent) ?? null) : null });
    for (const i of indicators.get(n.id) ?? []) rows.push({ type: 'indicator', id: i.id, depth: depth + 1, indicator: i, node: n });
    for (const c of children.get(n.id) ?? []) visit(c, depth + 1);
  };
  for (const r of children.get(null) ?? []) visit(r, 0);
  return rows;
}

const CHILD_KIND: Partial<Record<NodeKind, NodeKind>> = {
  visi: 'misi',
  misi: 'tujuan',
  tujuan: 'sasaran',
  sasaran: 'program',
  program: 'kegiatan',
  kegiatan: 'subkegiatan',
};

/** The kind of a new node under `parent` (null: a new tujuan at the root); null when nothing fits. */
export const childKindOf = (parent: NodeKind | null): NodeKind | null => (parent === null ? 'tujuan' : (CHILD_KIND[parent] ?? null));

/** The node a row belongs to (itself, or the indicator's node). */
export const nodeOfRow = (row: GridRow): DatasetNode => row.node;

/** Every node under `nodeId` (itself included) and their indicators: what deleting it removes. */
export function subtreeOf(plan: PlanRows, nodeId: string): { nodes: number; indicators: number } {
  const ids = new Set<string>([nodeId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of plan.nodes) {
      if (n.parent && ids.has(n.parent) && !ids.has(n.id)) {
        ids.add(n.id);
        grew = true;
      }
    }
  }
  return { nodes: ids.size, indicators: plan.indicators.filter((i) => ids.has(i.node)).length };
}
