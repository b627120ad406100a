import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  isPeriodKey,
  parsePeriod,
  periodContains,
  periodKey,
  rollUp,
  subPeriodsOf,
  type PeriodKind,
} from '../src/index.ts';

describe('parsePeriod', () => {
  it.each([
    ['2025', 'year', 0, 1, 12],
    ['2025-S1', 'semester', 1, 1, 6],
    ['2025-S2', 'semester', 2, 7, 12],
    ['2025-Q3', 'quarter', 3, 7, 9],
    ['2025-07', 'month', 7, 7, 7],
    ['2024-12', 'month', 12, 12, 12],
  ])('%s', (key, kind, index, firstMonth, lastMonth) => {
    expect(parsePeriod(key)).toEqual({ key, year: Number(key.slice(0, 4)), kind, index, firstMonth, lastMonth });
  });

  it.each(['2025-13', '2025-00', '2025-Q5', '2025-Q0', '2025-S3', '25', '2025-7', '2025-q1', '', 'TW II'])(
    'rejects %s',
    (key) => {
      expect(isPeriodKey(key)).toBe(false);
      expect(() => parsePeriod(key)).toThrow(/periode tidak dikenal/);
    },
  );

  it('periodKey ∘ parsePeriod is the identity (property)', () => {
    const kind = fc.constantFrom<PeriodKind>('year', 'semester', 'quarter', 'month');
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), kind, fc.integer({ min: 1, max: 12 }), (year, k, i) => {
        const index = k === 'year' ? 0 : k === 'semester' ? ((i - 1) % 2) + 1 : k === 'quarter' ? ((i - 1) % 4) + 1 : i;
        const key = periodKey(year, k, index);
        const p = parsePeriod(key);
        expect(periodKey(p.year, p.kind, p.index)).toBe(key);
        expect(p.key).toBe(key);
      }),
    );
  });
});

describe('ordering and nesting', () => {
  it('orders by year, end month, finer first', () => {
    const keys = ['2025', '2025-S1', '2025-Q2', '2025-06', '2025-Q1', '2025-03', '2024', '2025-12', '2025-Q4', '2025-S2'];
    expect([...keys].sort(comparePeriods)).toEqual([
      '2024',
      '2025-03',
      '2025-Q1',
      '2025-06',
      '2025-Q2',
      '2025-S1',
      '2025-12',
      '2025-Q4',
      '2025-S2',
      '2025',
    ]);
  });

  it.each([
    ['2025', '2025-07', true],
    ['2025-S1', '2025-Q2', true],
    ['2025-S1', '2025-Q3', false],
    ['2025-Q3', '2025-09', true],
    ['2025-Q3', '2025-10', false],
    ['2025', '2024-07', false],
    ['2025-Q1', '2025-Q1', true],
    ['2025-07', '2025-Q3', false],
  ])('periodContains(%s, %s) = %s', (outer, inner, expected) => {
    expect(periodContains(outer, inner)).toBe(expected);
  });

  it('lists the sub-periods present, ordered', () => {
    const map = { '2025': 95, '2025-Q2': 25, '2025-Q1': 10, '2025-02': 1, '2025-01': 0, '2024-Q1': 3, '2025-S1': 35 };
    expect(subPeriodsOf(map, 2025)).toEqual({
      months: ['2025-01', '2025-02'],
      quarters: ['2025-Q1', '2025-Q2'],
      semesters: ['2025-S1'],
    });
  });
});

describe('rollUp', () => {
  const diklat = { '2025-Q1': 10, '2025-Q2': 25, '2025-Q3': 30, '2025-Q4': 30 };
  it('rolls the seed 000 diklat quarters (cumulative) to semesters and the year: 95', () => {
    expect(rollUp(diklat, 'semester', 'cumulative')).toEqual({ '2025-S1': 35, '2025-S2': 60 });
    expect(rollUp(diklat, 'year', 'cumulative')).toEqual({ '2025': 95 });
  });
  it('Nilai SAKIP 71,51 each month (last) → 71,51', () => {
    const months = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [periodKey(2025, 'month', i + 1), 71.51]));
    expect(rollUp(months, 'quarter', 'last')).toEqual({ '2025-Q1': 71.51, '2025-Q2': 71.51, '2025-Q3': 71.51, '2025-Q4': 71.51 });
    expect(rollUp(months, 'year', 'last')).toEqual({ '2025': 71.51 });
  });
  it('SKM quarters (average) → 81,775', () => {
    const skm = { '2024-Q1': 80.8, '2024-Q2': 80.8, '2024-Q3': 80.8, '2024-Q4': 84.7 };
    expect(rollUp(skm, 'year', 'average')['2024']).toBeCloseTo(81.775, 10);
  });

  const monthly = fc
    .dictionary(
      fc.integer({ min: 1, max: 12 }).map((m) => periodKey(2025, 'month', m)),
      fc.integer({ min: 0, max: 1_000_000 }),
      { minKeys: 1 },
    )
    .map((d) => d as Record<string, number>);

  it.each(['cumulative', 'last'] as const)('month → quarter → year equals month → year for %s (property)', (agg) => {
    fc.assert(
      fc.property(monthly, (values) => {
        const viaQuarters = rollUp(rollUp(values, 'quarter', agg), 'year', agg);
        const viaSemesters = rollUp(rollUp(rollUp(values, 'quarter', agg), 'semester', agg), 'year', agg);
        const direct = rollUp(values, 'year', agg);
        expect(viaQuarters).toEqual(direct);
        expect(viaSemesters).toEqual(direct);
      }),
    );
  });
});
