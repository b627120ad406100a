/** The indicators an LKjIP measures: those of the tujuan and sasaran (the PK level) with data. */
import type { Dataset, DatasetIndicator, DatasetNode } from '@kinerja/domain';
import { planTree } from '../../model/tree.ts';

export interface MeasuredIndicator {
  indicator: DatasetIndicator;
  node: DatasetNode;
}

export const measuredIndicators = (dataset: Dataset, year: number): MeasuredIndicator[] => {
  const tree = planTree(dataset);
  const y = String(year);
  const out: MeasuredIndicator[] = [];
  for (const node of [...tree.ofKind('tujuan'), ...tree.ofKind('sasaran')])
    for (const indicator of tree.indicatorsOf(node.id))
      if (indicator.targets?.[y] !== undefined || indicator.realizations?.[y] !== undefined) out.push({ indicator, node });
  return out;
};

/** A pale tint of a band colour (#1a7f37 → "BFDCC6") so black text stays readable on it. */
export const tint = (hex: string, amount = 0.7): string => {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  const mix = (c: number): string => Math.round(c + (255 - c) * amount).toString(16).padStart(2, '0');
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix).join('').toUpperCase();
};
