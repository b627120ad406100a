/** Read helpers over the plan tree of a Dataset (no computation: figures come from the domain). */
import type { Dataset, DatasetIndicator, DatasetNode, NodeKind } from '@kinerja/domain';

export interface PlanTree {
  dataset: Dataset;
  node: (id: string) => DatasetNode | undefined;
  children: (id: string | null, kind?: NodeKind) => DatasetNode[];
  ofKind: (kind: NodeKind) => DatasetNode[];
  indicatorsOf: (nodeId: string) => DatasetIndicator[];
  unitName: (id: string | null | undefined) => string;
  descendants: (id: string, kind?: NodeKind) => DatasetNode[];
}

export const planTree = (dataset: Dataset): PlanTree => {
  const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
  const byParent = new Map<string | null, DatasetNode[]>();
  for (const n of dataset.nodes) {
    const key = n.parent ?? null;
    const list = byParent.get(key) ?? [];
    list.push(n);
    byParent.set(key, list);
  }
  const indicatorsByNode = new Map<string, DatasetIndicator[]>();
  for (const i of dataset.indicators) {
    const list = indicatorsByNode.get(i.node) ?? [];
    list.push(i);
    indicatorsByNode.set(i.node, list);
  }
  const units = new Map(dataset.units.map((u) => [u.id, u.name]));
  const children = (id: string | null, kind?: NodeKind): DatasetNode[] =>
    (byParent.get(id) ?? []).filter((n) => kind === undefined || n.kind === kind);
  const descendants = (id: string, kind?: NodeKind): DatasetNode[] => {
    const out: DatasetNode[] = [];
    const walk = (parent: string): void => {
      for (const child of children(parent)) {
        if (kind === undefined || child.kind === kind) out.push(child);
        walk(child.id);
      }
    };
    walk(id);
    return out;
  };
  return {
    dataset,
    node: (id) => byId.get(id),
    children,
    ofKind: (kind) => dataset.nodes.filter((n) => n.kind === kind),
    indicatorsOf: (nodeId) => indicatorsByNode.get(nodeId) ?? [],
    unitName: (id) => (id ? (units.get(id) ?? id) : ''),
    descendants,
  };
};

/** A number from a period map that may also hold text ("-"). */
export const numberAt = (map: Record<string, number | string> | undefined, period: string): number | string | null => {
  const value = map?.[period];
  return value === undefined ? null : value;
};
