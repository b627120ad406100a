/**
 * Within-year aggregation (§3, §4.7, §4.8): period values into the annual value, and the two
 * monitoring numbers of a period — capaian periode and progres tahunan.
 */
import type { Aggregation, Polarity } from './dataset.ts';
import { capaian } from './capaian.ts';
import { numericValue } from './numbers.ts';
import { combine, parsePeriod, periodKey, subPeriodsOf, valueOfPeriod } from './periods.ts';
import { DEFAULT_RULES, type RuleSet } from './rules.ts';

/**
 * Aggregates values given in period order. Missing values (null/undefined/NaN) are left out —
 * or count as 0 when `missingAsZero` (legacy; `last` still takes the latest value present).
 * Nothing present → null.
 */
export function aggregate(
  values: readonly (number | null | undefined)[],
  aggregation: Aggregation,
  missingAsZero = false,
): number | null {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (present.length === 0) return null;
  if (missingAsZero && aggregation !== 'last') {
    return combine(values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)), aggregation);
  }
  return combine(present, aggregation);
}

/** Only the numeric entries of a period map (`-`, `Baik` and other text are left out). */
export function numericMap(map: Record<string, unknown> | null | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(map ?? {})) {
    const n = numericValue(v);
    if (n !== null) out[k] = n;
  }
  return out;
}

/**
 * The annual value of `year`: the annual key when it holds a number, else the aggregate of the
 * finest level of periods present (months, else quarters, else semesters). `complete` is false
 * when the periods do not cover the whole year: the value is then provisional (§4.8).
 */
export function annualValue(
  map: Record<string, number | string> | null | undefined,
  year: number,
  aggregation: Aggregation,
): { value: number | null; from: 'annual' | 'periods' | null; periods: string[]; complete: boolean } {
  const values = numericMap(map);
  const own = values[String(year)];
  if (own !== undefined) return { value: own, from: 'annual', periods: [String(year)], complete: true };
  const { months, quarters, semesters } = subPeriodsOf(values, year);
  const periods = months.length > 0 ? months : quarters.length > 0 ? quarters : semesters;
  if (periods.length === 0) return { value: null, from: null, periods: [], complete: false };
  const complete = periods.length === (months.length > 0 ? 12 : quarters.length > 0 ? 4 : 2);
  return { value: combine(periods.map((k) => values[k] as number), aggregation), from: 'periods', periods, complete };
}

export interface PeriodProgress {
  /** the target the capaian periode is measured against (Σ to date for cumulative) */
  target: number | null;
  /** the realisation measured (Σ to date for cumulative, mean to date for average) */
  realization: number | null;
  /** capaian periode (§4.7) */
  capaian: number | null;
  /** progres tahunan: realisation to date against the annual target (§4.7) */
  progress: number | null;
}

/** Values of the periods of the same kind as `period`, from the first of its year up to it. */
function toDate(values: Record<string, number>, period: string, aggregation: Aggregation): (number | null)[] {
  const p = parsePeriod(period);
  if (p.kind === 'year') return [valueOfPeriod(values, period, aggregation).value];
  const out: (number | null)[] = [];
  for (let i = 1; i <= p.index; i++) out.push(valueOfPeriod(values, periodKey(p.year, p.kind, i), aggregation).value);
  return out;
}

/**
 * §4.7 for one period. cumulative: ΣR to date / ΣT to date, progress ΣR to date / T year;
 * last: R at period / T at period, progress R latest to date / T year; average: mean R to date
 * / T at period (else T year), progress mean R to date / T year.
 */
export function periodProgress(
  targets: Record<string, number | string> | null | undefined,
  realizations: Record<string, number | string> | null | undefined,
  period: string,
  aggregation: Aggregation,
  polarity: Polarity | null | undefined,
  rules: RuleSet = DEFAULT_RULES,
): PeriodProgress {
  const t = numericMap(targets);
  const r = numericMap(realizations);
  const p = parsePeriod(period);
  const yearTarget = annualValue(t, p.year, aggregation).value;
  const rToDate = toDate(r, period, aggregation);
  const tToDate = toDate(t, period, aggregation);
  let target: number | null;
  let realization: number | null;
  let progressR: number | null;
  if (aggregation === 'cumulative') {
    realization = aggregate(rToDate, 'cumulative', rules.missingAsZero);
    target = aggregate(tToDate, 'cumulative', rules.missingAsZero);
    progressR = realization;
  } else if (aggregation === 'last') {
    realization = valueOfPeriod(r, period, 'last').value;
    target = valueOfPeriod(t, period, 'last').value;
    progressR = aggregate(rToDate, 'last');
  } else {
    realization = aggregate(rToDate, 'average', rules.missingAsZero);
    target = valueOfPeriod(t, period, 'average').value ?? yearTarget;
    progressR = realization;
  }
  const c = capaian(target, realization, polarity, rules).value;
  const progress = progressR !== null && yearTarget !== null && yearTarget !== 0 ? (progressR * 100) / yearTarget : null;
  return { target, realization, capaian: c, progress };
}
