/** Indexes of one dataset that every check family reads. */
import type { Dataset, DatasetIndicator, DatasetNode, NodeKind } from '../dataset.ts';
import type { RuleSet } from '../rules.ts';
import { isRecord } from './support.ts';

/** An object inside `evaluations` or `profile` that carries a string `id` (FORMAT.md "entries"). */
export interface Entry {
  id: string;
  obj: Record<string, unknown>;
  /** JSON-ish path for people, e.g. `profile.staff.by_education`. */
  path: string;
}

export interface CheckContext {
  dataset: Dataset;
  rules: RuleSet;
  nodes: Map<string, DatasetNode>;
  children: Map<string, DatasetNode[]>;
  indicators: Map<string, DatasetIndicator>;
  indicatorsByNode: Map<string, DatasetIndicator[]>;
  entries: Entry[];
  /** Every object of `evaluations` / `profile` with a `rows` array (entry or not). */
  tables: Record<string, unknown>[];
}

function collectEntries(value: unknown, path: string, out: Entry[], tables: Record<string, unknown>[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectEntries(item, `${path}[${i}]`, out, tables));
    return;
  }
  if (!isRecord(value)) return;
  if (typeof value.id === 'string') out.push({ id: value.id, obj: value, path });
  if (Array.isArray(value.rows)) tables.push(value);
  for (const [key, child] of Object.entries(value)) {
    if (key === 'printed' || key === 'alternatives' || key === 'raw') continue;
    collectEntries(child, `${path}.${key}`, out, tables);
  }
}

export function buildContext(dataset: Dataset, rules: RuleSet): CheckContext {
  const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
  const children = new Map<string, DatasetNode[]>();
  for (const n of dataset.nodes) {
    if (!n.parent) continue;
    const list = children.get(n.parent) ?? [];
    list.push(n);
    children.set(n.parent, list);
  }
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const indicatorsByNode = new Map<string, DatasetIndicator[]>();
  for (const i of dataset.indicators) {
    const list = indicatorsByNode.get(i.node) ?? [];
    list.push(i);
    indicatorsByNode.set(i.node, list);
  }
  const entries: Entry[] = [];
  const tables: Record<string, unknown>[] = [];
  collectEntries(dataset.evaluations ?? {}, 'evaluations', entries, tables);
  collectEntries(dataset.profile ?? {}, 'profile', entries, tables);
  return { dataset, rules, nodes, children, indicators, indicatorsByNode, entries, tables };
}

/** The descendants of a node of one kind (e.g. every sub kegiatan under a program). */
export function descendantsOfKind(ctx: CheckContext, nodeId: string, kind: NodeKind): DatasetNode[] {
  const out: DatasetNode[] = [];
  const stack = [...(ctx.children.get(nodeId) ?? [])];
  while (stack.length > 0) {
    const n = stack.shift();
    if (!n) break;
    if (n.kind === kind) out.push(n);
    stack.push(...(ctx.children.get(n.id) ?? []));
  }
  return out;
}
