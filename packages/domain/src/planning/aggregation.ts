/**
 * Which within-year aggregation (§3) a pasted schedule fits: Σ months = annual → cumulative, the
 * last value = annual → last, the mean = annual → average; ties and no schedule fall back on the
 * unit (percentages, indices and scores are positions: `last`; counts add up: `cumulative`).
 */
import type { Aggregation } from '../dataset.ts';
import { roundHalfUp } from '../numbers.ts';

const POSITION_UNITS = /persen|%|indeks|nilai|skor|rasio|predikat/i;

export function suggestAggregation(
  target: number | string | null,
  schedule: Record<string, number | string>,
  unit: string | null,
): Aggregation | null {
  const byUnit: Aggregation = unit && POSITION_UNITS.test(unit) ? 'last' : 'cumulative';
  const keys = Object.keys(schedule).sort();
  const values = keys.map((k) => schedule[k]).filter((v): v is number => typeof v === 'number');
  if (typeof target !== 'number') return values.length > 0 || target !== null ? byUnit : null;
  if (values.length === 0) return byUnit;
  const eq = (a: number) => roundHalfUp(a, 6) === roundHalfUp(target, 6);
  const fits: Aggregation[] = [];
  if (eq(values.reduce((s, v) => s + v, 0))) fits.push('cumulative');
  if (eq(values[values.length - 1] as number)) fits.push('last');
  if (eq(values.reduce((s, v) => s + v, 0) / values.length)) fits.push('average');
  if (fits.includes(byUnit) || fits.length === 0) return byUnit;
  return fits[0] ?? byUnit;
}
