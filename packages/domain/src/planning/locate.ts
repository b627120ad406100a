/**
 * Where imported rows sit in a stored plan, and which stored values the user emptied. An XLSX
 * sheet that comes back with a blank target, month or pagu cell means "no value any more": after
 * the rows are saved, each row is located again (same matching as the save: node by kind and code,
 * else name, under the row above; indicator by name under its node) and every value whose cell is
 * blank but that the plan still holds is listed for clearing. Pure.
 */
import type { Dataset, DatasetNode, NodeKind } from '../dataset.ts';
import { levelOf } from './row-kind.ts';
import { MONTH_FIELDS, QUARTER_FIELDS, type PasteColumn, type PasteRow } from './types.ts';

export interface RowPlace {
  nodeId: string;
  indicatorId: string | null;
}

export interface ClearedValue {
  /** the indicator (targets) or node (pagu) that holds the value */
  id: string;
  entity: 'target' | 'budget';
  period: string;
  row: number;
}

const norm = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const isNodeKind = (k: PasteRow['kind']): k is NodeKind => k !== 'indicator' && k !== 'heading' && k !== 'total';

/** The node and indicator of each row (null for headings, totals and rows not found). */
export function locateRows(d: Dataset, rows: readonly PasteRow[], underId: string | null = null): (RowPlace | null)[] {
  const used = new Set<string>();
  const stack: DatasetNode[] = [];
  const under = underId ? (d.nodes.find((n) => n.id === underId) ?? null) : null;
  let current: DatasetNode | null = null;
  return rows.map((r) => {
    if (r.kind === 'heading' || r.kind === 'total') return null;
    if (isNodeKind(r.kind)) {
      const kind = r.kind;
      while (stack.length > 0 && levelOf((stack[stack.length - 1] as DatasetNode).kind) >= levelOf(kind)) stack.pop();
      const parent = stack[stack.length - 1] ?? under;
      const match = d.nodes.find(
        (n) => !used.has(n.id) && n.kind === kind && (r.code ? n.code === r.code : norm(n.name) === norm(r.name)) && (parent ? n.parent === parent.id : true),
      );
      if (!match) return null;
      used.add(match.id);
      stack.push(match);
      current = match;
    }
    if (!current) return null;
    const node: DatasetNode = current;
    if (!r.indicator) return { nodeId: node.id, indicatorId: null };
    const ind = d.indicators.find((i) => i.node === node.id && norm(i.name) === norm(r.indicator) && !used.has(i.id));
    if (ind) used.add(ind.id);
    return { nodeId: node.id, indicatorId: ind?.id ?? null };
  });
}

/** The period each mapped value column writes, per entity. */
function valuePeriods(columns: readonly PasteColumn[], year: number): { target: [string, (r: PasteRow) => boolean][]; budget: [string, (r: PasteRow) => boolean][] } {
  const target: [string, (r: PasteRow) => boolean][] = [];
  const budget: [string, (r: PasteRow) => boolean][] = [];
  for (const c of columns) {
    const m = (MONTH_FIELDS as readonly string[]).indexOf(c.field);
    const q = (QUARTER_FIELDS as readonly string[]).indexOf(c.field);
    if (c.field === 'target') target.push([String(year), (r) => r.target === null]);
    else if (c.field === 'target_next') target.push([String(year + 1), (r) => r.targetNext === null]);
    else if (m >= 0) {
      const p = `${year}-${String(m + 1).padStart(2, '0')}`;
      target.push([p, (r) => !(p in r.schedule)]);
    } else if (q >= 0) {
      const p = `${year}-Q${q + 1}`;
      target.push([p, (r) => !(p in r.schedule)]);
    } else if (c.field === 'budget') budget.push([String(year), (r) => r.budget === null]);
    else if (c.field === 'budget_next') budget.push([String(year + 1), (r) => r.budgetNext === null]);
  }
  return { target, budget };
}

/**
 * Stored values whose cell came back blank: targets of located indicators, and pagu of nodes on
 * their own row (an indicator's extra row leaves the pagu cell blank by layout, not by edit).
 */
export function clearedValues(d: Dataset, columns: readonly PasteColumn[], rows: readonly PasteRow[], year: number): ClearedValue[] {
  const places = locateRows(d, rows);
  const periods = valuePeriods(columns, year);
  const indicators = new Map(d.indicators.map((i) => [i.id, i] as const));
  const nodes = new Map(d.nodes.map((n) => [n.id, n] as const));
  const out: ClearedValue[] = [];
  rows.forEach((r, k) => {
    const place = places[k];
    if (!place) return;
    const ind = place.indicatorId ? indicators.get(place.indicatorId) : undefined;
    if (ind) {
      for (const [period, blank] of periods.target) if (blank(r) && ind.targets?.[period] !== undefined) out.push({ id: ind.id, entity: 'target', period, row: r.row });
    }
    const node = nodes.get(place.nodeId);
    if (node && isNodeKind(r.kind)) {
      for (const [period, blank] of periods.budget) if (blank(r) && node.budget?.[period] !== undefined) out.push({ id: node.id, entity: 'budget', period, row: r.row });
    }
  });
  return out;
}
