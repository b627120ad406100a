/**
 * The version diff as a reviewer reads it: the domain's PlanDiff (rows added/removed/changed,
 * values per period) grouped by where it sits in the plan tree (sasaran › program › kegiatan),
 * in tree order, with every value written the Indonesian way and a text marker per change.
 */
import type { ChangeKind, Dataset, DatasetNode, PlanDiff } from '@kinerja/domain';
import { formatNumber, formatPeriod, formatRupiah, formatValue } from '../../../format.ts';
import { id } from '../../../i18n/id.ts';

const t = id.planningVersions;

export interface DiffLine {
  change: ChangeKind;
  /** the row: an indicator's name or a node's code and name */
  subject: string;
  /** what changed: `Target 2025`, `Pagu 2025`, `nama`, `Baris ditambahkan` */
  what: string;
  before: string;
  after: string;
}

export interface DiffGroup {
  key: string;
  /** labels from the top of the tree down to the group's node; empty at the top level */
  path: string[];
  lines: DiffLine[];
}

const EMPTY = id.app.empty;

export const nodeText = (n: DatasetNode): string => `${id.perencanaan.kinds[n.kind] ?? n.kind} ${n.code ? `${n.code} ` : ''}${n.name}`;

interface Trees {
  nodes: Map<string, DatasetNode>;
  order: Map<string, number>;
}

function trees(before: Dataset, after: Dataset): Trees {
  const nodes = new Map<string, DatasetNode>();
  const order = new Map<string, number>();
  after.nodes.forEach((n, i) => {
    nodes.set(n.id, n);
    order.set(n.id, i);
  });
  before.nodes.forEach((n, i) => {
    if (!nodes.has(n.id)) nodes.set(n.id, n);
    if (!order.has(n.id)) order.set(n.id, after.nodes.length + i);
  });
  return { nodes, order };
}

/** The node and its ancestors, top first. */
function pathOf(tr: Trees, nodeId: string | null | undefined): DatasetNode[] {
  const out: DatasetNode[] = [];
  const seen = new Set<string>();
  let cur = nodeId ? tr.nodes.get(nodeId) : undefined;
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    out.unshift(cur);
    cur = cur.parent ? tr.nodes.get(cur.parent) : undefined;
  }
  return out;
}

const POLARITY = id.indicator.polarities as Record<string, string>;
const AGGREGATION = id.indicator.aggregations as Record<string, string>;

/** A field's value as text: labels for enums, node names for parent/node, Ya/Tidak for IKU. */
function fieldText(tr: Trees, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (field === 'iku') return value ? t.yes : t.no;
  if (field === 'polarity') return POLARITY[String(value)] ?? String(value);
  if (field === 'aggregation') return AGGREGATION[String(value)] ?? String(value);
  if (field === 'kind') return id.perencanaan.kinds[String(value)] ?? String(value);
  if ((field === 'parent' || field === 'node') && typeof value === 'string') {
    const n = tr.nodes.get(value);
    return n ? nodeText(n) : EMPTY;
  }
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function groupDiff(diff: PlanDiff, before: Dataset, after: Dataset): DiffGroup[] {
  const tr = trees(before, after);
  const indicatorNode = new Map<string, string>();
  for (const i of before.indicators) indicatorNode.set(i.id, i.node);
  for (const i of after.indicators) indicatorNode.set(i.id, i.node);
  const groups = new Map<string, { anchor: string | null; lines: DiffLine[] }>();
  const add = (anchor: string | null, line: DiffLine) => {
    const key = anchor ?? '';
    const g = groups.get(key) ?? { anchor, lines: [] };
    g.lines.push(line);
    groups.set(key, g);
  };
  const parentOf = (nodeId: string) => tr.nodes.get(nodeId)?.parent ?? null;

  for (const r of diff.nodes) {
    const anchor = parentOf(r.id);
    if (r.change !== 'changed') {
      const n = tr.nodes.get(r.id);
      const label = n ? nodeText(n) : r.label;
      add(anchor, { change: r.change, subject: label, what: r.change === 'added' ? t.rowAdded : t.rowRemoved, before: r.change === 'removed' ? label : EMPTY, after: r.change === 'added' ? label : EMPTY });
    } else
      for (const c of r.changes) add(anchor, { change: 'changed', subject: r.label, what: capital(c.label), before: fieldText(tr, c.field, c.before), after: fieldText(tr, c.field, c.after) });
  }
  for (const r of diff.indicators) {
    const anchor = indicatorNode.get(r.id) ?? null;
    if (r.change !== 'changed')
      add(anchor, { change: r.change, subject: r.label, what: r.change === 'added' ? t.indicatorAdded : t.indicatorRemoved, before: r.change === 'removed' ? r.label : EMPTY, after: r.change === 'added' ? r.label : EMPTY });
    else
      for (const c of r.changes) add(anchor, { change: 'changed', subject: r.label, what: capital(c.label), before: fieldText(tr, c.field, c.before), after: fieldText(tr, c.field, c.after) });
  }
  /** rows added or removed whole: their values are told by the row line, except the yearly ones */
  const wholeRows = new Set([...diff.nodes, ...diff.indicators].filter((r) => r.change !== 'changed').map((r) => r.id));
  for (const v of diff.values) {
    if (wholeRows.has(v.id) && !/^\d{4}$/.test(v.period)) continue;
    const isBudget = v.entity === 'budget';
    const anchor = isBudget ? parentOf(v.id) : (indicatorNode.get(v.id) ?? null);
    const show = (x: number | string | null) => (x === null ? EMPTY : isBudget && typeof x === 'number' ? formatRupiah(x) : formatValue(x));
    add(anchor, { change: v.change, subject: v.label, what: t.valueWhat[v.entity](formatPeriod(v.period)), before: show(v.before), after: show(v.after) });
  }

  const rank = (anchor: string | null) => (anchor === null ? -1 : (tr.order.get(anchor) ?? Number.MAX_SAFE_INTEGER));
  return [...groups.entries()]
    .sort(([, a], [, b]) => rank(a.anchor) - rank(b.anchor))
    .map(([key, g]) => ({ key: key || 'top', path: pathOf(tr, g.anchor).map(nodeText), lines: bySubject(g.lines) }));
}

/** Lines of one row together, rows in the order they first appear. */
function bySubject(lines: DiffLine[]): DiffLine[] {
  const first = new Map<string, number>();
  lines.forEach((l, i) => {
    if (!first.has(l.subject)) first.set(l.subject, i);
  });
  return lines.map((l, i) => ({ l, i })).sort((a, b) => (first.get(a.l.subject) ?? 0) - (first.get(b.l.subject) ?? 0) || a.i - b.i).map((x) => x.l);
}

/** `Sasaran … › Program …`, or "Tingkat teratas". */
export const pathText = (path: readonly string[]): string => (path.length ? path.join(' › ') : t.topLevel);
