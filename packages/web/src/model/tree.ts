import type { PlanIndicator, PlanNode, PlanView } from '../api/types.ts';

/** The plan tree as parent → children lists, in the order the server gives. */
export interface PlanTree {
  roots: PlanNode[];
  children: Map<string, PlanNode[]>;
  indicators: Map<string, PlanIndicator[]>;
  byId: Map<string, PlanNode>;
}

export function buildTree(plan: Pick<PlanView, 'nodes' | 'indicators'>): PlanTree {
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const children = new Map<string, PlanNode[]>();
  const roots: PlanNode[] = [];
  for (const n of plan.nodes) {
    const parent = n.parentId && byId.has(n.parentId) ? n.parentId : null;
    if (parent === null) roots.push(n);
    else children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  const indicators = new Map<string, PlanIndicator[]>();
  for (const i of plan.indicators) indicators.set(i.nodeId, [...(indicators.get(i.nodeId) ?? []), i]);
  return { roots, children, indicators, byId };
}

/** The ids of a node's ancestors, nearest first. */
export function ancestorsOf(tree: PlanTree, nodeId: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>([nodeId]);
  for (let p = tree.byId.get(nodeId)?.parentId; p && tree.byId.has(p) && !seen.has(p); p = tree.byId.get(p)?.parentId) {
    out.push(p);
    seen.add(p);
  }
  return out;
}

/** Every node that has children (what "Buka semua" opens). */
export const parentIds = (tree: PlanTree): string[] => [...tree.children.keys()];

export interface RefTarget {
  nodeId: string;
  /** The DOM id of the row to scroll to and highlight. */
  rowId: string;
}

/** DOM ids of tree rows; stable and safe for CSS selectors. */
export const nodeRowId = (id: string): string => `node-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
export const indicatorRowId = (id: string): string => `ind-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * What a finding's `ref` points at: a node or an indicator, by database id or by the dataset id
 * (`S2.I1`, `SK2.1.4`). Documents and other refs give null.
 */
export function resolveRef(plan: Pick<PlanView, 'nodes' | 'indicators'>, ref: string | null | undefined): RefTarget | null {
  if (!ref) return null;
  const node = plan.nodes.find((n) => n.id === ref || n.extId === ref);
  if (node) return { nodeId: node.id, rowId: nodeRowId(node.id) };
  const ind = plan.indicators.find((i) => i.id === ref || i.extId === ref);
  if (ind) return { nodeId: ind.nodeId, rowId: indicatorRowId(ind.id) };
  return null;
}
