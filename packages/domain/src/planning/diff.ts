/**
 * The version diff: two plan snapshots (kinerja-dataset/1) → what a reviewer asks first: rows
 * added and removed, indicator text and unit changed, targets per period and pagu changed. Rows
 * are matched by id (versions of one plan keep their ids), else by code or kind + name.
 */
import type { Dataset, DatasetIndicator, DatasetNode } from '../dataset.ts';
import { comparePeriods } from '../periods.ts';
import { PM } from './messages.ts';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
}

export interface RowChange {
  change: ChangeKind;
  entity: 'node' | 'indicator';
  /** the id in the newer snapshot (the older one's for removed rows) */
  id: string;
  label: string;
  changes: FieldChange[];
}

export type ValueEntity = 'target' | 'renstra_target' | 'baseline' | 'budget';

export interface ValueChange {
  change: ChangeKind;
  entity: ValueEntity;
  id: string;
  label: string;
  period: string;
  before: number | string | null;
  after: number | string | null;
}

export interface PlanDiff {
  nodes: RowChange[];
  indicators: RowChange[];
  values: ValueChange[];
  counts: Record<ChangeKind, number>;
}

const NODE_FIELDS = ['kind', 'name', 'code', 'output', 'location', 'unit'] as const;
const INDICATOR_FIELDS = ['name', 'unit', 'polarity', 'aggregation', 'iku', 'definition', 'formula', 'data_source', 'responsible'] as const;

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const nodeKey = (n: DatasetNode): string => `${n.kind}|${n.code ? n.code : norm(n.name)}`;
const nodeLabel = (n: DatasetNode): string => (n.code ? `${n.code} ${n.name}` : n.name);

/** Pairs rows of two lists: by id first, then by key among the rows left. */
function pair<T extends { id: string }>(a: T[], b: T[], key: (x: T) => string): { both: [T, T][]; removed: T[]; added: T[] } {
  const bById = new Map(b.map((x) => [x.id, x]));
  const both: [T, T][] = [];
  const leftA: T[] = [];
  const usedB = new Set<string>();
  for (const x of a) {
    const y = bById.get(x.id);
    if (y) {
      both.push([x, y]);
      usedB.add(y.id);
    } else leftA.push(x);
  }
  const byKey = new Map<string, T[]>();
  for (const y of b) if (!usedB.has(y.id)) byKey.set(key(y), [...(byKey.get(key(y)) ?? []), y]);
  const removed: T[] = [];
  for (const x of leftA) {
    const y = byKey.get(key(x))?.shift();
    if (y) {
      both.push([x, y]);
      usedB.add(y.id);
    } else removed.push(x);
  }
  return { both, removed, added: b.filter((y) => !usedB.has(y.id)) };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function fieldChanges<T extends object>(a: T, b: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  return fields
    .filter((f) => !same(a[f], b[f]))
    .map((f) => ({ field: f, label: PM.fieldLabels[f] ?? f, before: a[f] ?? null, after: b[f] ?? null }));
}

function mapChanges(
  entity: ValueEntity,
  id: string,
  label: string,
  a: Record<string, number | string> | undefined,
  b: Record<string, number | string> | undefined,
): ValueChange[] {
  const periods = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])].sort(comparePeriods);
  const out: ValueChange[] = [];
  for (const period of periods) {
    const before = a?.[period] ?? null;
    const after = b?.[period] ?? null;
    if (same(before, after)) continue;
    const change: ChangeKind = before === null ? 'added' : after === null ? 'removed' : 'changed';
    out.push({ change, entity, id, label, period, before, after });
  }
  return out;
}

export function diffPlans(before: Dataset, after: Dataset): PlanDiff {
  const nodes = pair(before.nodes, after.nodes, nodeKey);
  const nodeMatch = new Map(nodes.both.map(([x, y]) => [x.id, y.id]));
  const keyOfNode = new Map([...before.nodes, ...after.nodes].map((n) => [n.id, nodeKey(n)]));
  const indKey = (i: DatasetIndicator) => `${keyOfNode.get(i.node) ?? i.node}|${norm(i.name)}`;
  const inds = pair(before.indicators, after.indicators, indKey);

  const nodeRows: RowChange[] = [
    ...nodes.removed.map((n): RowChange => ({ change: 'removed', entity: 'node', id: n.id, label: nodeLabel(n), changes: [] })),
    ...nodes.added.map((n): RowChange => ({ change: 'added', entity: 'node', id: n.id, label: nodeLabel(n), changes: [] })),
  ];
  const values: ValueChange[] = [];
  for (const [x, y] of nodes.both) {
    const changes = fieldChanges(x, y, NODE_FIELDS);
    const parentBefore = x.parent ? (nodeMatch.get(x.parent) ?? `-${x.parent}`) : null;
    if ((parentBefore ?? null) !== (y.parent ?? null)) changes.push({ field: 'parent', label: PM.fieldLabels.parent ?? 'induk', before: x.parent ?? null, after: y.parent ?? null });
    if (changes.length > 0) nodeRows.push({ change: 'changed', entity: 'node', id: y.id, label: nodeLabel(y), changes });
    values.push(...mapChanges('budget', y.id, nodeLabel(y), x.budget, y.budget));
  }
  for (const n of nodes.added) values.push(...mapChanges('budget', n.id, nodeLabel(n), undefined, n.budget));
  for (const n of nodes.removed) values.push(...mapChanges('budget', n.id, nodeLabel(n), n.budget, undefined));

  const indRows: RowChange[] = [
    ...inds.removed.map((i): RowChange => ({ change: 'removed', entity: 'indicator', id: i.id, label: i.name, changes: [] })),
    ...inds.added.map((i): RowChange => ({ change: 'added', entity: 'indicator', id: i.id, label: i.name, changes: [] })),
  ];
  const indMaps = (x: DatasetIndicator | undefined, y: DatasetIndicator | undefined, id: string, label: string) => [
    ...mapChanges('target', id, label, x?.targets, y?.targets),
    ...mapChanges('renstra_target', id, label, x?.renstra_targets, y?.renstra_targets),
    ...mapChanges('baseline', id, label, x?.baseline, y?.baseline),
  ];
  for (const [x, y] of inds.both) {
    const changes = fieldChanges(x, y, INDICATOR_FIELDS);
    if ((nodeMatch.get(x.node) ?? `-${x.node}`) !== y.node) changes.push({ field: 'node', label: PM.fieldLabels.node ?? 'simpul', before: x.node, after: y.node });
    if (changes.length > 0) indRows.push({ change: 'changed', entity: 'indicator', id: y.id, label: y.name, changes });
    values.push(...indMaps(x, y, y.id, y.name));
  }
  for (const i of inds.added) values.push(...indMaps(undefined, i, i.id, i.name));
  for (const i of inds.removed) values.push(...indMaps(i, undefined, i.id, i.name));

  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0 };
  for (const r of [...nodeRows, ...indRows, ...values]) counts[r.change]++;
  return { nodes: nodeRows, indicators: indRows, values, counts };
}
