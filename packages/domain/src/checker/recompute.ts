/**
 * Recomputations shared by the `sum` and `ratio` families (FORMAT.md recomputation table). Each
 * returns the candidate values a printed figure may equal: FORMAT.md accepts several readings
 * (negative-polarity formula, baseline added or not, latest vs legacy mean).
 */
import { absorption } from '../budget.ts';
import { capaian } from '../capaian.ts';
import type { DatasetIndicator } from '../dataset.ts';
import { tryParsePeriod } from '../periods.ts';
import type { RuleSet } from '../rules.ts';
import { isYearKey, mean, num, printedFigures, sum } from './support.ts';
import { moneyValue, yearValue, indicatorValue, type MoneyHolder } from './values.ts';

/**
 * Capaian under the rule set; for negative polarity FORMAT.md accepts both `(2T − R) / T × 100`
 * and `T / R × 100`, so the other formula is a candidate too.
 */
export function capaianCandidates(r: number, t: number, polarity: DatasetIndicator['polarity'], rules: RuleSet): number[] {
  const variants: RuleSet[] =
    polarity === 'negative'
      ? [rules, { ...rules, negativeFormula: rules.negativeFormula === 'inverse_ratio' ? 'two_minus_ratio' : 'inverse_ratio' }]
      : [rules];
  return variants.map((v) => capaian(t, r, polarity, v).value).filter((v): v is number => v !== null);
}

/** capaian[p] = realizations[p] / targets[p] × 100, with the inputs `place` prints. */
export function capaianOf(ind: DatasetIndicator, period: string, place: string | null, rules: RuleSet): number[] {
  const t = indicatorValue(ind, 'targets', period, place);
  const info = tryParsePeriod(period);
  const r =
    info?.kind === 'year'
      ? yearValue(ind, 'realizations', info.year, place)
      : indicatorValue(ind, 'realizations', period, place);
  return t === null || r === null ? [] : capaianCandidates(r, t, ind.polarity, rules);
}

/** progress[p] = realizations[p] / targets[year of p] × 100. */
export function progressOf(ind: DatasetIndicator, period: string, place: string | null, rules: RuleSet): number[] {
  const info = tryParsePeriod(period);
  if (!info) return [];
  const r = indicatorValue(ind, 'realizations', period, place);
  const t = indicatorValue(ind, 'targets', String(info.year), place);
  return r === null || t === null ? [] : capaianCandidates(r, t, ind.polarity, rules);
}

export function absorptionOf(holder: MoneyHolder, period: string, place: string | null): number[] {
  const value = absorption(moneyValue(holder, 'budget_realization', period, place), moneyValue(holder, 'budget', period, place));
  return value === null ? [] : [value];
}

const renstraYears = (ind: DatasetIndicator): number[] =>
  Object.keys(ind.renstra_targets ?? {})
    .filter(isYearKey)
    .map(Number)
    .sort((a, b) => a - b);

function latestBaseline(ind: DatasetIndicator): number | null {
  const years = Object.keys(ind.baseline ?? {}).filter(isYearKey).sort();
  const last = years[years.length - 1];
  return last === undefined ? null : num(ind.baseline?.[last]);
}

/** Kondisi akhir Renstra: Σ renstra_targets (± baseline) for cumulative, else the last year's target. */
export function endTargetCandidates(ind: DatasetIndicator): number[] {
  const years = renstraYears(ind);
  const values = years.map((y) => num(ind.renstra_targets?.[String(y)]));
  if (values.length === 0) return [];
  if (ind.aggregation === 'cumulative') {
    if (values.some((v) => v === null)) return [];
    const s = sum(values.filter((v): v is number => v !== null));
    const b = latestBaseline(ind);
    return b === null ? [s] : [s, s + b];
  }
  const last = values[values.length - 1];
  return last === null || last === undefined ? [] : [last];
}

/** Cumulative realisation up to year `period` (a `sum` quantity); [] when an input is missing. */
export function cumulativeRealizationCandidates(ind: DatasetIndicator, period: string): number[] {
  const year = Number(period);
  const earlier = printedFigures(ind.printed, 'renstra_realization')
    .filter((f) => isYearKey(f.period) && Number(f.period) < year)
    .sort((a, b) => Number(b.period) - Number(a.period))[0];
  const from = earlier ? Number(earlier.period) + 1 : undefined;
  const years = earlier
    ? Array.from({ length: year - (from ?? year) + 1 }, (_, i) => (from ?? year) + i)
    : renstraYears(ind).filter((y) => y <= year);
  if (years.length === 0 && !earlier) return [];
  const values = years.map((y) => yearValue(ind, 'realizations', y));
  if (values.some((v) => v === null)) return [];
  const s = sum(values.filter((v): v is number => v !== null));
  if (earlier) return [earlier.value + s];
  const b = latestBaseline(ind);
  return b === null ? [s] : [s, s + b];
}

/** The years a realisation to date runs over: the Renstra years and the realised years up to `period`. */
function yearsToDate(ind: DatasetIndicator, period: string): number[] {
  const year = Number(period);
  const known = renstraYears(ind);
  const realized = Object.keys(ind.realizations ?? {})
    .map((k) => tryParsePeriod(k)?.year)
    .filter((y): y is number => y !== undefined);
  return [...new Set([...known, ...realized])].filter((y) => y <= year).sort((a, b) => a - b);
}

/**
 * Legacy (`missingAsZero`) mean of a `last`/`average` indicator: a year whose realisation cells are
 * printed without a number (`-`) counts as 0. Only used to read a display-rounded printed input.
 */
export function legacyZeroMeanCandidates(ind: DatasetIndicator, period: string): number[] {
  if (ind.aggregation === 'cumulative') return [];
  const keys = Object.keys(ind.realizations ?? {});
  const values = yearsToDate(ind, period).map((y) => {
    const v = yearValue(ind, 'realizations', y);
    if (v !== null) return v;
    return keys.some((k) => tryParsePeriod(k)?.year === y) ? 0 : null;
  });
  const m = mean(values.filter((v): v is number => v !== null));
  return m === null || !values.includes(0) ? [] : [m];
}

/** Realisation to date of a `last`/`average` indicator: the latest one, or the legacy mean of the years. */
export function positionRealizationCandidates(ind: DatasetIndicator, period: string): number[] {
  const years = yearsToDate(ind, period);
  const values = years.map((y) => yearValue(ind, 'realizations', y)).filter((v): v is number => v !== null);
  const out: number[] = [];
  const latest = values[values.length - 1];
  if (latest !== undefined) out.push(latest);
  const m = mean(values);
  if (m !== null) out.push(m);
  return out;
}

export const realizationToDateCandidates = (ind: DatasetIndicator, period: string): number[] =>
  ind.aggregation === 'cumulative'
    ? cumulativeRealizationCandidates(ind, period)
    : positionRealizationCandidates(ind, period);
