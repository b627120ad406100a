/**
 * A committed cell edit: applied to the local plan at once (so the grid and the checker's
 * warnings follow what was typed), then sent to the server per row — node fields with PATCH
 * nodes/:id, indicator fields with PATCH indicators/:id, targets with PUT values, pagu with PUT
 * budgets (docs/api-contract.md "Perencanaan").
 */
import type { Dataset, DatasetIndicator, DatasetNode, PeriodMap } from '@kinerja/domain';
import type { CellValue } from './cells.ts';
import type { Column } from './columns.ts';

export interface Edit {
  rowId: string;
  rowType: 'node' | 'indicator';
  col: Column;
  value: CellValue;
}

export interface PlanRequest {
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Relative to the plan's base path: `nodes/<id>`, `indicators/<id>`, `values`, `budgets`. */
  path: string;
  body?: unknown;
  /** The grid columns whose edits this request carries (to say which cell failed). */
  keys?: string[];
}

const FIELD: Record<string, string> = { code: 'code', name: 'name', unit: 'unit', polarity: 'polarity', aggregation: 'aggregation' };

function withPeriod<T>(map: PeriodMap<T> | undefined, period: string, value: T | null): PeriodMap<T> {
  const next = { ...(map ?? {}) };
  if (value === null) delete next[period];
  else next[period] = value;
  return next;
}

function applyToNode(n: DatasetNode, e: Edit): DatasetNode {
  if (e.col.kind === 'pagu' && e.col.period) return { ...n, budget: withPeriod(n.budget, e.col.period, typeof e.value === 'number' ? e.value : null) };
  const field = FIELD[e.col.kind];
  return field ? { ...n, [field]: e.value } : n;
}

function applyToIndicator(i: DatasetIndicator, e: Edit): DatasetIndicator {
  if (e.col.kind === 'target' && e.col.period) {
    if (e.col.valueKind === 'renstra_target') return { ...i, renstra_targets: withPeriod(i.renstra_targets, e.col.period, e.value) };
    return { ...i, targets: withPeriod(i.targets, e.col.period, e.value) };
  }
  const field = FIELD[e.col.kind];
  return field && field !== 'code' ? { ...i, [field]: e.value } : i;
}

/** The plan with the edits applied (a new object; rows not edited keep their identity). */
export function applyEdits(plan: Dataset, edits: readonly Edit[]): Dataset {
  if (edits.length === 0) return plan;
  let nodes = plan.nodes;
  let indicators = plan.indicators;
  for (const e of edits) {
    if (e.rowType === 'node') nodes = nodes.map((n) => (n.id === e.rowId ? applyToNode(n, e) : n));
    else indicators = indicators.map((i) => (i.id === e.rowId ? applyToIndicator(i, e) : i));
  }
  return { ...plan, nodes, indicators };
}

/** The requests that save one row's edits (fields merged into one PATCH; values into one PUT). */
export function requestsFor(rowType: 'node' | 'indicator', rowId: string, edits: readonly Edit[]): PlanRequest[] {
  const patch: Record<string, CellValue> = {};
  const values: { indicatorId: string; kind: string; period: string; value: CellValue }[] = [];
  const budgets: { nodeId: string; period: string; pagu: number | null }[] = [];
  for (const e of edits) {
    const field = FIELD[e.col.kind];
    if (field) patch[field] = e.value;
    else if (e.col.kind === 'target' && e.col.period && rowType === 'indicator') {
      values.push({ indicatorId: rowId, kind: e.col.valueKind ?? 'target', period: e.col.period, value: e.value });
    } else if (e.col.kind === 'pagu' && e.col.period && rowType === 'node') {
      budgets.push({ nodeId: rowId, period: e.col.period, pagu: typeof e.value === 'number' ? e.value : null });
    }
  }
  const keysOf = (pick: (e: Edit) => boolean) => edits.filter(pick).map((e) => e.col.key);
  const out: PlanRequest[] = [];
  if (Object.keys(patch).length > 0) {
    out.push({ method: 'PATCH', path: `${rowType === 'node' ? 'nodes' : 'indicators'}/${rowId}`, body: patch, keys: keysOf((e) => Boolean(FIELD[e.col.kind])) });
  }
  if (values.length > 0) out.push({ method: 'PUT', path: 'values', body: { entries: values }, keys: keysOf((e) => e.col.kind === 'target') });
  if (budgets.length > 0) out.push({ method: 'PUT', path: 'budgets', body: { entries: budgets }, keys: keysOf((e) => e.col.kind === 'pagu') });
  return out;
}

/** Keeps the last edit of each cell (a cell typed twice before saving is sent once). */
export function mergeEdits(older: readonly Edit[], newer: readonly Edit[]): Edit[] {
  const keys = new Set(newer.map((e) => e.col.key));
  return [...older.filter((e) => !keys.has(e.col.key)), ...newer];
}

/** A row created on the server gets its stored id in the local plan (and its indicators follow). */
export function renameRow(plan: Dataset, rowType: 'node' | 'indicator', from: string, to: string): Dataset {
  if (rowType === 'indicator') return { ...plan, indicators: plan.indicators.map((i) => (i.id === from ? { ...i, id: to } : i)) };
  return {
    ...plan,
    nodes: plan.nodes.map((n) => (n.id === from ? { ...n, id: to } : n.parent === from ? { ...n, parent: to } : n)),
    indicators: plan.indicators.map((i) => (i.node === from ? { ...i, node: to } : i)),
  };
}

/** The plan without a node (and its whole subtree with their indicators) or without an indicator. */
export function removeRow(plan: Dataset, rowType: 'node' | 'indicator', rowId: string): Dataset {
  if (rowType === 'indicator') return { ...plan, indicators: plan.indicators.filter((i) => i.id !== rowId) };
  const gone = new Set<string>([rowId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of plan.nodes) {
      if (n.parent && gone.has(n.parent) && !gone.has(n.id)) {
        gone.add(n.id);
        grew = true;
      }
    }
  }
  return { ...plan, nodes: plan.nodes.filter((n) => !gone.has(n.id)), indicators: plan.indicators.filter((i) => !gone.has(i.node)) };
}

/** Edits of fields a create request carries itself (name, code, unit, polarity, aggregation). */
export const isFieldEdit = (e: Edit): boolean => Boolean(FIELD[e.col.kind]);
