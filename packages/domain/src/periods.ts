/**
 * Period keys: `2025` (year), `2025-S1` (semester), `2025-Q3` (triwulan III), `2025-07` (month).
 * One module parses, orders, nests and rolls them up.
 */
import type { Aggregation } from './dataset.ts';
import { KinerjaError } from './errors.ts';
import { MSG } from './messages.ts';

export type PeriodKind = 'year' | 'semester' | 'quarter' | 'month';

export interface Period {
  key: string;
  year: number;
  kind: PeriodKind;
  /** month 1–12, quarter 1–4, semester 1–2, year 0 */
  index: number;
  firstMonth: number;
  lastMonth: number;
}

const PATTERN = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|S([12])))?$/;

/** Coarseness rank: finer periods sort before coarser ones ending in the same month. */
const RANK: Record<PeriodKind, number> = { month: 0, quarter: 1, semester: 2, year: 3 };
const SPAN: Record<PeriodKind, number> = { month: 1, quarter: 3, semester: 6, year: 12 };

export function tryParsePeriod(key: string): Period | null {
  const m = PATTERN.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) {
    const month = Number(m[2]);
    return { key, year, kind: 'month', index: month, firstMonth: month, lastMonth: month };
  }
  if (m[3]) {
    const q = Number(m[3]);
    return { key, year, kind: 'quarter', index: q, firstMonth: q * 3 - 2, lastMonth: q * 3 };
  }
  if (m[4]) {
    const s = Number(m[4]);
    return { key, year, kind: 'semester', index: s, firstMonth: s * 6 - 5, lastMonth: s * 6 };
  }
  return { key, year, kind: 'year', index: 0, firstMonth: 1, lastMonth: 12 };
}

/** Throws KinerjaError('invalid', 'periode tidak dikenal', key) for `2025-13`, `2025-Q5`, `25`. */
export function parsePeriod(key: string): Period {
  const p = tryParsePeriod(key);
  if (!p) throw new KinerjaError('invalid', MSG.unknownPeriod, key);
  return p;
}

export const isPeriodKey = (key: string): boolean => tryParsePeriod(key) !== null;

/** The key of a period of `kind` and `index` in `year` (index ignored for a year). */
export function periodKey(year: number, kind: PeriodKind, index = 0): string {
  switch (kind) {
    case 'year':
      return String(year);
    case 'semester':
      return `${year}-S${index}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'month':
      return `${year}-${String(index).padStart(2, '0')}`;
  }
}

/** By year, then by end month, then coarser after finer (`2025-03` < `2025-Q1` < `2025-04`). */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return pa.year - pb.year || pa.lastMonth - pb.lastMonth || RANK[pa.kind] - RANK[pb.kind];
}

/** Whether `inner` lies inside `outer` (a period contains itself). */
export function periodContains(outer: string, inner: string): boolean {
  const o = parsePeriod(outer);
  const i = parsePeriod(inner);
  return o.year === i.year && o.firstMonth <= i.firstMonth && i.lastMonth <= o.lastMonth;
}

/** The sub-annual keys of `year` present in `map`, each kind ordered. */
export function subPeriodsOf(
  map: Record<string, unknown>,
  year: number,
): { months: string[]; quarters: string[]; semesters: string[] } {
  const out = { months: [] as string[], quarters: [] as string[], semesters: [] as string[] };
  for (const key of Object.keys(map)) {
    const p = tryParsePeriod(key);
    if (!p || p.year !== year) continue;
    if (p.kind === 'month') out.months.push(key);
    else if (p.kind === 'quarter') out.quarters.push(key);
    else if (p.kind === 'semester') out.semesters.push(key);
  }
  out.months.sort(comparePeriods);
  out.quarters.sort(comparePeriods);
  out.semesters.sort(comparePeriods);
  return out;
}

/** Combines values in period order; `last` takes the latest, `average` the mean. Empty → null. */
export function combine(ordered: number[], aggregation: Aggregation): number | null {
  if (ordered.length === 0) return null;
  if (aggregation === 'last') return ordered[ordered.length - 1] ?? null;
  const sum = ordered.reduce((s, v) => s + v, 0);
  return aggregation === 'cumulative' ? sum : sum / ordered.length;
}

/** The periods of `kind` that make up `key` (a year has 4 quarters, a semester 6 months …). */
export function periodsInside(key: string, kind: PeriodKind): string[] {
  const p = parsePeriod(key);
  if (RANK[kind] >= RANK[p.kind]) return [];
  const span = SPAN[kind];
  const out: string[] = [];
  for (let m = p.firstMonth; m <= p.lastMonth; m += span) out.push(periodKey(p.year, kind, (m - 1) / span + 1));
  return out;
}

/**
 * The value of period `key` from a map of period values: the key itself if present, else the
 * aggregate of the finest level present inside it (months, else quarters, else semesters).
 */
export function valueOfPeriod(
  values: Record<string, number>,
  key: string,
  aggregation: Aggregation,
): { value: number | null; periods: string[] } {
  const own = values[key];
  if (own !== undefined && Number.isFinite(own)) return { value: own, periods: [key] };
  for (const kind of ['month', 'quarter', 'semester'] as const) {
    const present = periodsInside(key, kind).filter((k) => values[k] !== undefined && Number.isFinite(values[k]));
    if (present.length > 0) {
      return { value: combine(present.map((k) => values[k] as number), aggregation), periods: present };
    }
  }
  return { value: null, periods: [] };
}

/**
 * Rolls period values up one or more levels (month → quarter → semester → year). Each target
 * period takes the finest level present inside it; targets without any value are left out.
 */
export function rollUp(
  values: Record<string, number>,
  to: 'quarter' | 'semester' | 'year',
  aggregation: Aggregation,
): Record<string, number> {
  const targets = new Set<string>();
  for (const key of Object.keys(values)) {
    const p = tryParsePeriod(key);
    if (!p || RANK[p.kind] > RANK[to]) continue;
    const index = to === 'year' ? 0 : Math.ceil(p.lastMonth / SPAN[to]);
    targets.add(periodKey(p.year, to, index));
  }
  const out: Record<string, number> = {};
  for (const key of [...targets].sort(comparePeriods)) {
    const { value } = valueOfPeriod(values, key, aggregation);
    if (value !== null) out[key] = value;
  }
  return out;
}
