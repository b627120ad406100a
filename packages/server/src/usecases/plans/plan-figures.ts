/**
 * The computed figures of the plan view, from the domain's computeDataset run on the plan exported
 * with its stored ids: capaian and band per node and indicator, period figures, absorption per period.
 */
import { absorption, classifyCapaian, type ComputeResult, type RuleSet } from '@kinerja/domain';
import type { IndicatorRow, NodeRow } from './plan-rows.ts';
import type { PlanIndicatorView, PlanNodeView } from './plan-view-types.ts';

const absorptionByPeriod = (n: NodeRow): Record<string, number | null> =>
  Object.fromEntries(Object.keys(n.budget).map((p) => [p, absorption(n.budgetRealization[p], n.budget[p])]));

export function withFigures(
  rows: { nodes: NodeRow[]; indicators: IndicatorRow[] },
  computed: ComputeResult,
  rules: RuleSet,
): { nodes: PlanNodeView[]; indicators: PlanIndicatorView[] } {
  const nodeFigures = new Map(computed.nodes.map((n) => [n.id, n]));
  const indicatorFigures = new Map(computed.indicators.map((x) => [x.id, x]));
  const nodes = rows.nodes.map((n) => {
    const capaian = nodeFigures.get(n.id)?.capaian ?? null;
    return { ...n, absorption: absorptionByPeriod(n), capaian, band: classifyCapaian(capaian, rules) };
  });
  const indicators = rows.indicators.map((x) => {
    const f = indicatorFigures.get(x.id);
    const capaian = f?.annual.capaian ?? null;
    return {
      ...x,
      annual: {
        target: f?.annual.target ?? null,
        realization: f?.annual.realization ?? null,
        capaian,
        band: classifyCapaian(capaian, rules),
      },
      periods: f?.periods ?? {},
    };
  });
  return { nodes, indicators };
}
