/**
 * The computed figures of the plan view: absorption per period, capaian and band per node and
 * indicator. Capaian and band stay null until the domain's computeDataset is wired in.
 */
import type { IndicatorRow, NodeRow } from './plan-rows.ts';
import type { PlanIndicatorView, PlanNodeView } from './plan-view-types.ts';

const absorption = (n: NodeRow): Record<string, number | null> =>
  Object.fromEntries(
    Object.keys(n.budget).map((p) => {
      const pagu = n.budget[p];
      const spent = n.budgetRealization[p];
      return [p, pagu && spent !== undefined && spent !== null ? (spent / pagu) * 100 : null];
    }),
  );

export function nodeFigures(n: NodeRow): PlanNodeView {
  return { ...n, absorption: absorption(n), capaian: null, band: null };
}

export function indicatorFigures(x: IndicatorRow, year: number): PlanIndicatorView {
  const y = String(year);
  const periods = [...new Set([...Object.keys(x.targets), ...Object.keys(x.realizations)])].filter((p) => p.startsWith(y) && p !== y).sort();
  return {
    ...x,
    annual: { target: x.targets[y] ?? null, realization: x.realizations[y] ?? null, capaian: null, band: null },
    periods: Object.fromEntries(
      periods.map((p) => [p, { target: x.targets[p] ?? null, realization: x.realizations[p] ?? null, capaian: null, progress: null }]),
    ),
  };
}
