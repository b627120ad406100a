/** Tingkat capaian bands (domain-rules.md §5) with a fixed palette for dashboards. */
import { roundTo } from './numbers.ts';
import { DEFAULT_RULES, type BandCode, type RuleSet } from './rules.ts';

export interface Band {
  code: BandCode;
  label: string;
  color: string;
}

/** One colour per band, dark green → red; dashboards and documents use these. */
export const BAND_COLORS: Record<BandCode, string> = {
  ST: '#1a7f37',
  T: '#4caf50',
  S: '#f2c037',
  R: '#f08c00',
  SR: '#d32f2f',
};

export const BAND_ORDER: readonly BandCode[] = ['ST', 'T', 'S', 'R', 'SR'];

/** Left-open intervals: > 90 ST, > 75 T, > 65 S, > 50 R, else SR (no upper bound). */
const leftOpen = (x: number): BandCode => (x > 90 ? 'ST' : x > 75 ? 'T' : x > 65 ? 'S' : x > 50 ? 'R' : 'SR');

/** Round half-up to an integer, then 91 / 76 / 66 / 51 (the regulation's integer notation). */
const roundThenInteger = (x: number): BandCode => {
  const i = roundTo(x, 0, 'half_up');
  return i >= 91 ? 'ST' : i >= 76 ? 'T' : i >= 66 ? 'S' : i >= 51 ? 'R' : 'SR';
};

export function band(code: BandCode, rules: RuleSet = DEFAULT_RULES): Band {
  return { code, label: rules.bandLabels[code], color: BAND_COLORS[code] };
}

/**
 * The band of a capaian (%). By default it classifies the value as the reader sees it, rounded
 * to 2 decimals with the rule set's rounding mode (90,004 → 90,00 → Tinggi). null → null.
 */
export function classifyCapaian(value: number | null | undefined, rules: RuleSet = DEFAULT_RULES): Band | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const x = rules.classifyOn === 'rounded2' ? roundTo(value, 2, rules.roundingMode) : value;
  return band(rules.capaianBands === 'round_then_integer' ? roundThenInteger(x) : leftOpen(x), rules);
}
