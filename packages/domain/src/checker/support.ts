/**
 * Small helpers of the checker: reading numbers out of the dataset, the comparison tolerances of
 * FORMAT.md, printed figures per place, and period keys.
 */
import type { Printed } from '../dataset.ts';
import { formatIdNumber, roundHalfUp } from '../numbers.ts';
import { tryParsePeriod } from '../periods.ts';

/** A JSON number of the dataset; text (`-`, `n/a`, `Baik`) is not a number. */
export const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The number of decimals a printed figure carries (`94.66` → 2, `105` → 0). */
export function decimalsOf(n: number): number {
  const text = String(n);
  if (text.includes('e')) return Math.min(10, Math.max(0, -Math.floor(Math.log10(Math.abs(n)))));
  return text.split('.')[1]?.length ?? 0;
}

/**
 * FORMAT.md tolerance for printed ratios: the recomputed value, rounded half up to the decimals of
 * the printed number, is within 0,01 of it (so a value truncated at two decimals passes).
 */
export function ratioMatches(printed: number, computed: number): boolean {
  const rounded = roundHalfUp(computed, decimalsOf(printed));
  return Math.abs(rounded - printed) <= 0.01 + 1e-9;
}

/** Sums (money, counts, scores) are exact; the epsilon only absorbs binary-float noise. */
export const sumMatches = (printed: number, computed: number): boolean =>
  Math.abs(printed - computed) < 1e-6 * Math.max(1, Math.abs(printed));

export const sum = (values: readonly number[]): number =>
  roundHalfUp(values.reduce((a, b) => a + b, 0), 10);

export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : sum(values) / values.length;

/** A figure as printed: its own decimals, Indonesian notation. */
export const showPrinted = (n: number): string => formatIdNumber(n, Math.min(decimalsOf(n), 6));
/** A recomputed ratio or mean: two decimals (four when it is small, like an efficiency). */
export const showComputed = (n: number): string =>
  formatIdNumber(n, Math.abs(n) < 10 ? 4 : 2).replace(/(,\d\d\d?)0+$/, '$1');
/** Money and counts: whole numbers with thousands dots (decimals kept when there are any). */
export const showAmount = (n: number): string => formatIdNumber(n, Math.min(decimalsOf(n), 6));

export interface PrintedFigure {
  period: string;
  /** The place (table or section) that prints it; null when the dataset does not name one. */
  place: string | null;
  value: number;
}

/** Every figure of `printed[quantity]`, one per period and place. */
export function printedFigures(printed: Printed | undefined | null, quantity: string): PrintedFigure[] {
  const byPeriod = printed?.[quantity];
  if (!isRecord(byPeriod)) return [];
  const out: PrintedFigure[] = [];
  for (const [period, cell] of Object.entries(byPeriod)) {
    const direct = num(cell);
    if (direct !== null) out.push({ period, place: null, value: direct });
    else if (isRecord(cell))
      for (const [place, v] of Object.entries(cell)) {
        const value = num(v);
        if (value !== null) out.push({ period, place, value });
      }
  }
  return out;
}

/** The figure a named place prints for `quantity` in `period` (or the unnamed one when place is null). */
export function printedAt(
  printed: Printed | undefined | null,
  quantity: string,
  period: string,
  place: string | null,
): number | null {
  const hit = printedFigures(printed, quantity).find((f) => f.period === period && f.place === place);
  return hit ? hit.value : null;
}

export const label = (item: { id: string; name?: unknown; code?: unknown; label?: unknown }): string => {
  const name = typeof item.name === 'string' ? item.name : typeof item.label === 'string' ? item.label : '';
  const code = typeof item.code === 'string' && item.code ? `${item.code} ` : '';
  return `${item.id} ${code}${name}`.trim();
};

/** `2024` — a year key (not `2024-Q2`). */
export const isYearKey = (key: string): boolean => tryParsePeriod(key)?.kind === 'year';
