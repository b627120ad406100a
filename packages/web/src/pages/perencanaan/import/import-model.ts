/**
 * Pure helpers of the import panel: the preview's summary (how many rows, indicators and values
 * the save makes), each understood row's status, and the changed values of existing rows. The
 * server's preview is the single source of truth; these only arrange it for reading.
 */
import type { PasteField, PasteRow, PlanDiff, ValueChange } from '@kinerja/domain';

export interface ChangeSummary {
  nodesAdded: number;
  indicatorsAdded: number;
  valuesChanged: number;
  /** nothing would be written */
  none: boolean;
}

export function summarize(d: PlanDiff | null): ChangeSummary | null {
  if (!d) return null;
  const nodesAdded = d.nodes.filter((n) => n.change === 'added').length;
  const indicatorsAdded = d.indicators.filter((i) => i.change === 'added').length;
  const valuesChanged = d.values.length;
  const none = d.nodes.length === 0 && d.indicators.length === 0 && d.values.length === 0;
  return { nodesAdded, indicatorsAdded, valuesChanged, none };
}

/** Value changes on rows that already existed (new rows' values are shown in the rows table). */
export function existingValueChanges(d: PlanDiff | null): ValueChange[] {
  if (!d) return [];
  const added = new Set([...d.nodes, ...d.indicators].filter((r) => r.change === 'added').map((r) => r.id));
  return d.values.filter((v) => !added.has(v.id));
}

export type RowStatus = 'added' | 'changed' | 'same' | 'skipped';

const norm = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/** What the save does to a row: a new indicator or node, changed values, nothing, or skipped (heading/total). */
export function rowStatus(r: PasteRow, d: PlanDiff | null): RowStatus | null {
  if (!d) return null;
  if (r.kind === 'heading' || r.kind === 'total') return 'skipped';
  const label = norm(r.indicator);
  const nodeLabel = norm(r.code ? `${r.code} ${r.name ?? ''}` : r.name);
  const addedInd = d.indicators.some((i) => i.change === 'added' && norm(i.label) === label);
  const addedNode = r.kind !== 'indicator' && d.nodes.some((n) => n.change === 'added' && norm(n.label) === nodeLabel);
  if ((label && addedInd) || (!label && addedNode)) return 'added';
  const changed =
    (label !== '' && d.values.some((v) => v.entity === 'target' && norm(v.label) === label)) ||
    (r.kind !== 'indicator' && d.values.some((v) => v.entity === 'budget' && norm(v.label) === nodeLabel)) ||
    d.nodes.some((n) => n.change === 'changed' && norm(n.label) === nodeLabel);
  return changed ? 'changed' : 'same';
}

/** The mapping sent back to the server: every column's field, as the user now sees it. */
export function mappingOf(columns: readonly { index: number; field: PasteField }[], index: number, field: PasteField): Partial<Record<number, PasteField>> {
  const out: Partial<Record<number, PasteField>> = {};
  for (const c of columns) out[c.index] = c.index === index ? field : c.field;
  return out;
}

/** Rows of the paste errors grouped as the list shows them: by row, then column. */
export function sortedErrors<T extends { row: number; column: number }>(errors: readonly T[]): T[] {
  return [...errors].sort((a, b) => a.row - b.row || a.column - b.column);
}
