/**
 * `kinerja compute`: every indicator's period and annual figures and every node's average
 * capaian and absorption for the dataset year, under one rule set. Values are unrounded.
 */
import type { Aggregation, Dataset, DatasetIndicator, DatasetNode, NodeKind } from './dataset.ts';
import { annualValue, periodProgress } from './aggregate.ts';
import { classifyCapaian } from './bands.ts';
import { absorption } from './budget.ts';
import { capaian, type CapaianStatus } from './capaian.ts';
import { comparePeriods, tryParsePeriod } from './periods.ts';
import { renstraCapaian } from './renstra.ts';
import { sasaranCapaian } from './rollup.ts';
import { DEFAULT_RULES, type RuleSet } from './rules.ts';
import { readCell } from './values.ts';

export interface ComputePeriod {
  target: number | null;
  realization: number | null;
  capaian: number | null;
  progress: number | null;
}

export interface ComputeAnnual {
  /** a number, or the printed text of an ordinal/range target (`BB`, `80-90`) */
  target: number | string | null;
  realization: number | string | null;
  capaian: number | null;
  /** band label (`Sangat Tinggi` …) of the capaian */
  band: string | null;
  status: CapaianStatus;
}

export interface ComputeRenstra {
  endTarget: number | null;
  realization: number | null;
  capaian: number | null;
}

export interface ComputeIndicator {
  id: string;
  name: string;
  node: string;
  periods: Record<string, ComputePeriod>;
  annual: ComputeAnnual;
  renstra: ComputeRenstra;
}

export interface ComputeNode {
  id: string;
  kind: NodeKind;
  capaian: number | null;
  band: string | null;
  /** serapan of the dataset year, when the node has budget data */
  absorption?: number | null;
}

export interface ComputeResult {
  rules: string;
  /** the version of the rule set `rules` */
  rulesVersion: number;
  year: number;
  indicators: ComputeIndicator[];
  nodes: ComputeNode[];
}

export interface ComputeOptions {
  rules?: RuleSet;
  /** indicator id → period → realisation, merged over the dataset's */
  realizations?: Record<string, Record<string, number>>;
}

/** The annual cell: the annual key as stored when it is text (ordinal, range), else the aggregate. */
function annualCell(map: Record<string, number | string> | undefined, year: number, agg: Aggregation): number | string | null {
  const own = map?.[String(year)];
  if (typeof own === 'string') {
    const cell = readCell(own);
    if (cell.kind === 'ordinal' || cell.kind === 'range') return own;
    if (cell.kind === 'number') return cell.value;
  }
  return annualValue(map, year, agg).value;
}

function computeIndicator(ind: DatasetIndicator, dataset: Dataset, rules: RuleSet): ComputeIndicator {
  const agg: Aggregation = ind.aggregation ?? 'last';
  const targets = ind.targets ?? {};
  const realizations = ind.realizations ?? {};
  const keys = new Set<string>();
  for (const k of [...Object.keys(targets), ...Object.keys(realizations)]) {
    const p = tryParsePeriod(k);
    if (p && p.kind !== 'year') keys.add(k);
  }
  const periods: Record<string, ComputePeriod> = {};
  for (const k of [...keys].sort(comparePeriods)) {
    periods[k] = periodProgress(targets, realizations, k, agg, ind.polarity, rules);
  }
  const target = annualCell(targets, dataset.year, agg);
  const realization = annualCell(realizations, dataset.year, agg);
  const c = capaian(target, realization, ind.polarity, rules);
  const r = renstraCapaian({ ...ind, realizations }, dataset.year, dataset.renstra, rules);
  return {
    id: ind.id,
    name: ind.name,
    node: ind.node,
    periods,
    annual: { target, realization, capaian: c.value, band: classifyCapaian(c.value, rules)?.label ?? null, status: c.status },
    renstra: { endTarget: r.target, realization: r.realization, capaian: r.capaian.value },
  };
}

function computeNode(node: DatasetNode, own: ComputeIndicator[], year: number, rules: RuleSet): ComputeNode {
  const value = sasaranCapaian(
    own.map((i) => ({ id: i.id, capaian: i.annual.capaian })),
    rules,
  );
  const out: ComputeNode = { id: node.id, kind: node.kind, capaian: value, band: classifyCapaian(value, rules)?.label ?? null };
  const y = String(year);
  if (node.budget?.[y] !== undefined || node.budget_realization?.[y] !== undefined) {
    out.absorption = absorption(node.budget_realization?.[y], node.budget?.[y]);
  }
  return out;
}

export function computeDataset(dataset: Dataset, opts: ComputeOptions = {}): ComputeResult {
  const rules = opts.rules ?? DEFAULT_RULES;
  const indicators = dataset.indicators.map((ind) => {
    const extra = opts.realizations?.[ind.id];
    const merged = extra ? { ...ind, realizations: { ...(ind.realizations ?? {}), ...extra } } : ind;
    return computeIndicator(merged, dataset, rules);
  });
  const byNode = new Map<string, ComputeIndicator[]>();
  for (const i of indicators) byNode.set(i.node, [...(byNode.get(i.node) ?? []), i]);

  const parentOf = new Map(dataset.nodes.map((n) => [n.id, n.parent ?? null]));
  const relevant = new Set<string>();
  for (const nodeId of byNode.keys()) {
    let id: string | null = nodeId;
    const seen = new Set<string>();
    while (id !== null && !seen.has(id)) {
      seen.add(id);
      relevant.add(id);
      id = parentOf.get(id) ?? null;
    }
  }
  const nodes = dataset.nodes
    .filter((n) => relevant.has(n.id))
    .map((n) => computeNode(n, byNode.get(n.id) ?? [], dataset.year, rules));
  return { rules: rules.id, rulesVersion: rules.version, year: dataset.year, indicators, nodes };
}
