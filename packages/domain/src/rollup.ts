/** Rolling indicator capaian up to sasaran and OPD (§4.10). */
import type { NodeKind } from './dataset.ts';
import { DEFAULT_RULES, type RuleSet } from './rules.ts';

const isNum = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Mean of the values present; none → null. */
export function mean(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter(isNum);
  return present.length === 0 ? null : present.reduce((s, v) => s + v, 0) / present.length;
}

/** Σ(value × weight) / Σ weight over the items with a value and a positive weight; none → null. */
export function weightedMean(items: readonly { value: number | null | undefined; weight: number }[]): number | null {
  const present = items.filter((i): i is { value: number; weight: number } => isNum(i.value) && i.weight > 0);
  const total = present.reduce((s, i) => s + i.weight, 0);
  return total === 0 ? null : present.reduce((s, i) => s + i.value * i.weight, 0) / total;
}

/** A capaian with the rule set's cap (§4.6), which applies whenever capaian are averaged. */
export function capped(value: number | null, rules: RuleSet = DEFAULT_RULES): number | null {
  return value !== null && rules.capaianCap !== null ? Math.min(value, rules.capaianCap) : value;
}

/**
 * Sasaran capaian = (weighted) mean of its indicators' capaian after the cap; indicators with
 * null capaian are skipped; weights from `rules.indicatorWeights` (missing = 1).
 */
export function sasaranCapaian(
  indicatorCapaian: readonly { id: string; capaian: number | null }[],
  rules: RuleSet = DEFAULT_RULES,
): number | null {
  return weightedMean(
    indicatorCapaian.map((i) => ({ value: capped(i.capaian, rules), weight: rules.indicatorWeights[i.id] ?? 1 })),
  );
}

/**
 * OPD capaian = mean of the sasaran capaian (each already capped by `sasaranCapaian`); tujuan
 * enter only with `includeTujuanInAverage`; other kinds are ignored.
 */
export function opdCapaian(
  nodes: readonly { id: string; kind: NodeKind; capaian: number | null }[],
  rules: RuleSet = DEFAULT_RULES,
): number | null {
  return mean(
    nodes.filter((n) => n.kind === 'sasaran' || (n.kind === 'tujuan' && rules.includeTujuanInAverage)).map((n) => n.capaian),
  );
}
