/** Figures of a benchmark run, printed and merged into bench/results.json (latest per id + metric). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export interface Result {
  id: string;
  metric: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  /** what was measured, when it is not the full goal (a fraction, a proxy) */
  note?: string;
}

export const RESULTS_FILE = new URL('./results.json', import.meta.url);

export function result(id: string, metric: string, value: number, unit: string, baseline: number | null = null, note?: string): Result {
  const r = (n: number): number => Math.round(n * 100) / 100;
  return { id, metric, value: r(value), unit, baseline: baseline === null ? null : r(baseline), ratio: baseline ? r(value / baseline) : null, ...(note ? { note } : {}) };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export const median = (xs: readonly number[]): number => percentile([...xs].sort((a, b) => a - b), 50);

export function print(rs: readonly Result[]): void {
  for (const r of rs) {
    const base = r.baseline === null ? '' : `  baseline ${r.baseline} ${r.unit}  ratio ${r.ratio}`;
    console.log(`${r.id.padEnd(3)} ${r.metric.padEnd(34)} ${String(r.value).padStart(10)} ${r.unit}${base}${r.note ? `  (${r.note})` : ''}`);
  }
}

export function save(rs: readonly Result[]): void {
  const old: Result[] = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Result[]) : [];
  const key = (r: Result): string => `${r.id}|${r.metric}`;
  const fresh = new Set(rs.map(key));
  const merged = [...old.filter((r) => !fresh.has(key(r))), ...rs].sort((a, b) => key(a).localeCompare(key(b)));
  writeFileSync(RESULTS_FILE, `${JSON.stringify(merged, null, 2)}\n`);
}

/** Milliseconds of one call. */
export async function timed<T>(f: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
}
