/**
 * The values a check recomputes from, following FORMAT.md "Inputs": a figure printed by a place is
 * recomputed from the inputs that place prints (an alternative with the same `source`, or a
 * `budget_total` / `budget_realization_total` of the same place), else from the stored values.
 */
import { annualValue } from '../aggregate.ts';
import type { Alternative, DatasetIndicator, PeriodMap, Printed } from '../dataset.ts';
import { isRecord, num, printedAt } from './support.ts';

export interface HasAlternatives {
  alternatives?: Alternative[] | undefined;
}

/** The number an alternative of `place` gives for `field` (`targets.2025`, `budget.2024`). */
export function altValue(obj: HasAlternatives, field: string, place: string | null): number | null {
  if (place === null || !Array.isArray(obj.alternatives)) return null;
  const alt = obj.alternatives.find((a) => a.field === field && a.source === place);
  return alt ? num(alt.value) : null;
}

export type IndicatorMap = 'targets' | 'realizations';

export function indicatorValue(
  ind: DatasetIndicator,
  map: IndicatorMap,
  period: string,
  place: string | null = null,
): number | null {
  return altValue(ind, `${map}.${period}`, place) ?? num(ind[map]?.[period]);
}

/** A year's value: the stored annual value, else the aggregate of that year's period values. */
export function yearValue(
  ind: DatasetIndicator,
  map: IndicatorMap,
  year: number,
  place: string | null = null,
): number | null {
  const direct = indicatorValue(ind, map, String(year), place);
  if (direct !== null) return direct;
  return annualValue(ind[map], year, ind.aggregation ?? 'last').value;
}

export type MoneyMap = 'budget' | 'budget_realization';

export interface MoneyHolder extends HasAlternatives {
  printed?: Printed | undefined;
  budget?: PeriodMap<number> | undefined;
  budget_realization?: PeriodMap<number> | undefined;
}

/** Reads the budget maps of a node or an entry without trusting their shape. */
export function asMoneyHolder(obj: Record<string, unknown>): MoneyHolder {
  const map = (v: unknown): PeriodMap<number> | undefined => {
    if (!isRecord(v)) return undefined;
    const out: PeriodMap<number> = {};
    for (const [k, x] of Object.entries(v)) {
      const n = num(x);
      if (n !== null) out[k] = n;
    }
    return out;
  };
  return {
    printed: isRecord(obj.printed) ? (obj.printed as Printed) : undefined,
    alternatives: Array.isArray(obj.alternatives) ? (obj.alternatives as Alternative[]) : undefined,
    budget: map(obj.budget),
    budget_realization: map(obj.budget_realization),
  };
}

/** A node's (or entry's) pagu / realisasi as `place` prints it, else the stored value. */
export function moneyValue(
  holder: MoneyHolder,
  map: MoneyMap,
  period: string,
  place: string | null = null,
): number | null {
  if (place !== null) {
    const total = printedAt(holder.printed, `${map}_total`, period, place);
    if (total !== null) return total;
    const alt = altValue(holder, `${map}.${period}`, place);
    if (alt !== null) return alt;
  }
  return num(holder[map]?.[period]);
}
