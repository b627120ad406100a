/**
 * The one place numbers, money, percentages, dates and periods become text, Indonesian style:
 * `71,51`, `Rp 18.953.949.068`, `91,10 %`, `21 Oktober 2025`, `TW II 2024`.
 * Display rounding is half-up on the decimal value (domain-rules §0); null becomes a dash.
 */
import { id } from './i18n/id.ts';

const decimalFormats = new Map<number, Intl.NumberFormat>();
const formatFor = (decimals: number): Intl.NumberFormat => {
  let f = decimalFormats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('id-ID', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    decimalFormats.set(decimals, f);
  }
  return f;
};

/** Half-up rounding done on the decimal text, so 1.005 → 1.01 (a float would give 1.00). */
export function roundHalfUp(value: number, decimals: number): number {
  const shifted = Number(`${Math.abs(value)}e${decimals}`);
  const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
  return value < 0 ? -rounded : rounded;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** `71,51`; integers keep no decimals unless asked: `formatNumber(250)` → `250`. */
export function formatNumber(value: number | null | undefined, decimals?: number): string {
  if (!isNumber(value)) return id.app.empty;
  const d = decimals ?? (Number.isInteger(value) ? 0 : 2);
  return formatFor(d).format(roundHalfUp(value, d));
}

/** A measure always shown with 2 decimals: `71,51`, `100,00`. */
export const formatDecimal = (value: number | null | undefined): string => formatNumber(value, 2);

/** `Rp 18.953.949.068` (integer rupiah). */
export function formatRupiah(value: number | null | undefined): string {
  if (!isNumber(value)) return id.app.empty;
  const text = formatFor(0).format(Math.round(Math.abs(value)));
  return value < 0 ? `-Rp ${text}` : `Rp ${text}`;
}

/** `91,10 %` */
export function formatPercent(value: number | null | undefined): string {
  if (!isNumber(value)) return id.app.empty;
  return `${formatFor(2).format(roundHalfUp(value, 2))} %`;
}

/** `2025-10-21` (or a full ISO timestamp) → `21 Oktober 2025`, read as a calendar date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return id.app.empty;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const month = id.months[Number(m[2]) - 1];
  if (!month) return value;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Period keys as people read them: `2024`, `Semester I 2025`, `TW II 2024`, `Juli 2025`. */
export function formatPeriod(key: string): string {
  const m = /^(\d{4})(?:-(S|Q)?(\d{1,2}))?$/.exec(key);
  if (!m) return key;
  const [, year, kind, n] = m;
  if (!n) return key;
  if (kind === 'S') return `${id.periods.semester(ROMAN[Number(n) - 1] ?? n)} ${year}`;
  if (kind === 'Q') return `${id.periods.quarter(ROMAN[Number(n) - 1] ?? n)} ${year}`;
  const month = id.months[Number(n) - 1];
  return month ? `${month} ${year}` : key;
}

/** Orders period keys: year, then semesters, quarters, months. */
export function comparePeriods(a: string, b: string): number {
  const rank = (k: string): [number, number, number] => {
    const m = /^(\d{4})(?:-(S|Q)?(\d{1,2}))?$/.exec(k);
    if (!m) return [Number.MAX_SAFE_INTEGER, 0, 0];
    const kindRank = !m[3] ? 0 : m[2] === 'S' ? 1 : m[2] === 'Q' ? 2 : 3;
    return [Number(m[1]), kindRank, Number(m[3] ?? 0)];
  };
  const ra = rank(a);
  const rb = rank(b);
  return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || a.localeCompare(b);
}

/** Numbers or text of a period map, as stored (`Baik`, `-` stay text). */
export function formatValue(value: number | string | null | undefined): string {
  if (typeof value === 'string') return value;
  return formatNumber(value);
}
