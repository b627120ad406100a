/**
 * Capaian against the Renstra (§4.9, FORMAT.md `renstra_*`): the end target, the realisation
 * accumulated up to a year, and their ratio. Accumulation across years is chosen per the
 * indicator's within-year aggregation by `rules.renstraAccumulation`.
 */
import type { Aggregation, DatasetIndicator, Printed } from './dataset.ts';
import { annualValue, numericMap } from './aggregate.ts';
import { capaian, type CapaianResult } from './capaian.ts';
import { tryParsePeriod } from './periods.ts';
import { DEFAULT_RULES, type Accumulation, type RuleSet } from './rules.ts';

export interface RenstraSpan {
  start: number;
  end: number;
}

type RenstraIndicator = Pick<
  DatasetIndicator,
  'aggregation' | 'polarity' | 'baseline' | 'renstra_targets' | 'realizations' | 'printed'
>;

const aggregationOf = (ind: RenstraIndicator): Aggregation => ind.aggregation ?? 'last';

export const accumulationOf = (ind: RenstraIndicator, rules: RuleSet): Accumulation =>
  rules.renstraAccumulation[aggregationOf(ind)];

/** Years (ascending) that a period map has values for, annual or sub-annual. */
function yearsOf(map: Record<string, number>): number[] {
  const years = new Set<number>();
  for (const k of Object.keys(map)) {
    const p = tryParsePeriod(k);
    if (p) years.add(p.year);
  }
  return [...years].sort((a, b) => a - b);
}

/** The latest baseline value (by year), or null. */
export function latestBaseline(ind: Pick<DatasetIndicator, 'baseline'>): number | null {
  const b = numericMap(ind.baseline);
  const years = yearsOf(b);
  const last = years[years.length - 1];
  return last === undefined ? null : (b[String(last)] ?? null);
}

/** A year's realisation: the annual value, else the aggregate of that year's periods. */
export function yearRealization(ind: RenstraIndicator, year: number): number | null {
  return annualValue(ind.realizations, year, aggregationOf(ind)).value;
}

/** The first number a `printed[quantity][period]` holds (a plain number or per place). */
export function printedValue(printed: Printed | undefined, quantity: string, period: string): number | null {
  const v = printed?.[quantity]?.[period];
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object') for (const x of Object.values(v)) if (typeof x === 'number') return x;
  return null;
}

/**
 * §4.9 end target: `sum` → Σ renstra_targets (+ the latest baseline with `includeBaseline`);
 * `last`/`average` → the target of the last Renstra year (`renstra.end`, else the latest key).
 */
export function renstraEndTarget(
  ind: RenstraIndicator,
  renstra: RenstraSpan | null | undefined,
  rules: RuleSet = DEFAULT_RULES,
): { value: number | null; year: number | null; accumulation: Accumulation } {
  const accumulation = accumulationOf(ind, rules);
  const targets = numericMap(ind.renstra_targets);
  const years = yearsOf(targets).filter((y) => targets[String(y)] !== undefined);
  if (years.length === 0) return { value: null, year: null, accumulation };
  const endYear = renstra && targets[String(renstra.end)] !== undefined ? renstra.end : (years[years.length - 1] as number);
  if (accumulation !== 'sum') return { value: targets[String(endYear)] ?? null, year: endYear, accumulation };
  const sum = years.reduce((s, y) => s + (targets[String(y)] ?? 0), 0);
  const baseline = rules.includeBaseline ? (latestBaseline(ind) ?? 0) : 0;
  return { value: sum + baseline, year: endYear, accumulation };
}

export interface RenstraRealization {
  value: number | null;
  /** the years whose realisation entered the value */
  years: number[];
  /** an earlier printed realisation-to-date that the sum continues from (T-C.29 col 11) */
  base: { year: number; value: number } | null;
  accumulation: Accumulation;
}

/**
 * §4.9 realisation accumulated up to `year`. `sum`: the latest printed `renstra_realization`
 * before `year` plus the realisations of the later years (when `rules.renstraPrintedBase` allows); without one, the realisations of the
 * Renstra years (the years of `renstra_targets`) up to `year`, plus the latest baseline with
 * `includeBaseline`. `last`: the latest yearly realisation. `average` (legacy): the mean of the
 * yearly realisations present (a missing year is left out, never 0).
 */
export function renstraRealization(
  ind: RenstraIndicator,
  year: number,
  rules: RuleSet = DEFAULT_RULES,
  renstra?: RenstraSpan | null,
): RenstraRealization {
  const accumulation = accumulationOf(ind, rules);
  const realizations = numericMap(ind.realizations);
  const renstraYears = yearsOf(numericMap(ind.renstra_targets));
  const from = renstra?.start ?? Number.NEGATIVE_INFINITY;
  const candidates = (renstraYears.length > 0 ? renstraYears : yearsOf(realizations)).filter((y) => y <= year && y >= from);
  const present = candidates
    .map((y) => ({ y, v: yearRealization(ind, y) }))
    .filter((x): x is { y: number; v: number } => x.v !== null);

  if (accumulation === 'last') {
    const lastYears = yearsOf(realizations).filter((y) => y <= year && y >= from);
    for (let i = lastYears.length - 1; i >= 0; i--) {
      const y = lastYears[i] as number;
      const v = yearRealization(ind, y);
      if (v !== null) return { value: v, years: [y], base: null, accumulation };
    }
    return { value: null, years: [], base: null, accumulation };
  }
  if (accumulation === 'average') {
    const value = present.length === 0 ? null : present.reduce((s, x) => s + x.v, 0) / present.length;
    return { value, years: present.map((x) => x.y), base: null, accumulation };
  }
  let base: { year: number; value: number } | null = null;
  const usePrinted = rules.renstraPrintedBase === 'always' || (rules.renstraPrintedBase === 'with_baseline' && rules.includeBaseline);
  for (const k of usePrinted ? Object.keys(ind.printed?.renstra_realization ?? {}) : []) {
    const p = tryParsePeriod(k);
    const v = printedValue(ind.printed, 'renstra_realization', k);
    if (p?.kind === 'year' && p.year < year && v !== null && (!base || p.year > base.year)) base = { year: p.year, value: v };
  }
  const after = base ? present.filter((x) => x.y > (base as { year: number }).year) : present;
  const baseline = !base && rules.includeBaseline ? latestBaseline(ind) : null;
  if (!base && after.length === 0) return { value: null, years: [], base: null, accumulation };
  const value = (base?.value ?? 0) + (baseline ?? 0) + after.reduce((s, x) => s + x.v, 0);
  return { value, years: after.map((x) => x.y), base, accumulation };
}

/** Realisation to date ÷ Renstra end target × 100, with the indicator's polarity. */
export function renstraCapaian(
  ind: RenstraIndicator,
  year: number,
  renstra: RenstraSpan | null | undefined,
  rules: RuleSet = DEFAULT_RULES,
): { target: number | null; realization: number | null; capaian: CapaianResult } {
  const target = renstraEndTarget(ind, renstra, rules).value;
  const realization = renstraRealization(ind, year, rules, renstra).value;
  return { target, realization, capaian: capaian(target, realization, ind.polarity, rules) };
}
