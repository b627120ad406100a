/**
 * The figures a document prints, all taken from the domain engine (@kinerja/domain). Models ask
 * this module; they never compute a capaian, a band, an absorption or a total themselves.
 */
import {
  absorption,
  averageEfficiency,
  checkDataset,
  classifyCapaian,
  computeDataset,
  DEFAULT_RULES,
  efficiency,
  mean,
  opdCapaian,
  periodProgress,
  type PeriodProgress,
  renstraCapaian,
  sumChildren,
  type Band,
  type CheckFinding,
  type ComputeIndicator,
  type ComputeNode,
  type Dataset,
  type RuleSet,
} from '@kinerja/domain';

export interface Figures {
  rules: RuleSet;
  /** Σ of integer rupiah amounts (missing amounts left out); null when none is present. */
  sum: (amounts: readonly (number | null | undefined)[]) => number | null;
  indicator: (id: string) => ComputeIndicator | undefined;
  node: (id: string) => ComputeNode | undefined;
  band: (capaian: number | null | undefined) => Band | null;
  absorption: (realisasi: number | null | undefined, pagu: number | null | undefined) => number | null;
  efficiency: (capaian: number | null | undefined, absorption: number | null | undefined) => { value: number | null; efisien: boolean | null };
  averageEfficiency: (rows: readonly { value: number | null; pagu?: number | null }[]) => number | null;
  mean: (values: readonly (number | null | undefined)[]) => number | null;
  /** OPD capaian: mean of the sasaran capaian (domain-rules §4.10). */
  opdCapaian: () => number | null;
  /** Realisation to date against the Renstra end target, for a year other than the dataset's. */
  renstraAt: (indicatorId: string, year: number) => { target: number | null; realization: number | null; capaian: number | null };
  /** Target, realisation, capaian periode and progres tahunan of one period (§4.7). */
  periodAt: (indicatorId: string, period: string) => PeriodProgress | null;
  /** Where the data disagree (the consistency checker). */
  findings: () => CheckFinding[];
}

export const figuresFor = (dataset: Dataset, rules: RuleSet = DEFAULT_RULES): Figures => {
  const computed = computeDataset(dataset, { rules });
  const indicators = new Map(computed.indicators.map((i) => [i.id, i]));
  const nodes = new Map(computed.nodes.map((n) => [n.id, n]));
  let findings: CheckFinding[] | null = null;
  return {
    rules,
    sum: (amounts) => sumChildren(amounts),
    indicator: (id) => indicators.get(id),
    node: (id) => nodes.get(id),
    band: (value) => classifyCapaian(value, rules),
    absorption: (realisasi, pagu) => absorption(realisasi, pagu),
    efficiency: (c, a) => efficiency(c, a, rules),
    averageEfficiency: (rows) => averageEfficiency(rows, rules),
    mean: (values) => mean(values),
    opdCapaian: () => opdCapaian(computed.nodes, rules),
    renstraAt: (id, year) => {
      const ind = dataset.indicators.find((i) => i.id === id);
      if (!ind) return { target: null, realization: null, capaian: null };
      const r = renstraCapaian(ind, year, dataset.renstra, rules);
      return { target: r.target, realization: r.realization, capaian: r.capaian.value };
    },
    periodAt: (id, period) => {
      const ind = dataset.indicators.find((i) => i.id === id);
      return ind ? periodProgress(ind.targets, ind.realizations, period, ind.aggregation ?? 'last', ind.polarity, rules) : null;
    },
    findings: () => (findings ??= checkDataset(dataset, rules)),
  };
};
