/**
 * Default entry windows: a period opens on its first day and closes `graceDays` days after its
 * last day (a triwulan closes 10 days after the quarter), at local midnight of the Pemda's zone.
 */
import { parsePeriod, periodKey, type PeriodKind } from '@kinerja/domain';

export interface WindowTimes {
  opensAt: Date;
  closesAt: Date;
}

export interface DefaultWindowOptions {
  /** days after the period's last day during which entry stays open (default 10) */
  graceDays?: number;
  /** the Pemda's offset from UTC in minutes: WIB 420, WITA 480 (default), WIT 540 */
  utcOffsetMinutes?: number;
}

/** Local midnight of (year, month 1–12, day) as an instant; day may overflow the month. */
const localMidnight = (year: number, month: number, day: number, offsetMinutes: number): Date =>
  new Date(Date.UTC(year, month - 1, day) - offsetMinutes * 60_000);

export function defaultWindow(period: string, opts: DefaultWindowOptions = {}): WindowTimes {
  const p = parsePeriod(period);
  const grace = opts.graceDays ?? 10;
  const offset = opts.utcOffsetMinutes ?? 480;
  const opensAt = localMidnight(p.year, p.firstMonth, 1, offset);
  // day 0 of the month after lastMonth is its last day; + grace days, + 1 to close at the end of that day
  const closesAt = localMidnight(p.year, p.lastMonth + 1, grace + 1, offset);
  return { opensAt, closesAt };
}

/** The period keys of one kind in a year, in order (`2025-Q1` … `2025-Q4`). */
export function periodsOfYear(year: number, kind: PeriodKind): string[] {
  const count = { year: 1, semester: 2, quarter: 4, month: 12 }[kind];
  return Array.from({ length: count }, (_, i) => periodKey(year, kind, i + 1));
}
