import { describe, expect, it } from 'vitest';
import { aggregate, annualValue, DEFAULT_RULES, periodProgress, resolveRuleSet, roundHalfUp, type Aggregation } from '../src/index.ts';

describe('aggregate', () => {
  it.each<[(number | null | undefined)[], Aggregation, boolean, number | null]>([
    [[10, 25, 30, 30], 'cumulative', false, 95],
    [[15, 20, 25, 30], 'cumulative', false, 90],
    [[250, 250, 250, 250], 'cumulative', false, 1000],
    [[71.51, 71.51, 71.51], 'last', false, 71.51],
    [[80.8, 80.8, 80.8, 84.7], 'average', false, 81.775],
    [[89.13, 99.97, null], 'average', false, 94.55],
    [[89.13, 99.97, null], 'average', true, 63.03],
    [[89.13, 99.97, null], 'last', true, 99.97],
    [[10, null, 30], 'cumulative', false, 40],
    [[10, null, 30], 'last', false, 30],
    [[null, undefined], 'cumulative', false, null],
    [[], 'average', false, null],
    [[null], 'average', true, null],
  ])('%j %s missingAsZero=%s → %s', (values, agg, missingAsZero, expected) => {
    const v = aggregate(values, agg, missingAsZero);
    expect(v === null ? null : roundHalfUp(v, 2)).toBe(expected === null ? null : roundHalfUp(expected, 2));
  });
});

describe('annualValue (§4.8)', () => {
  it('prefers the annual key', () => {
    expect(annualValue({ '2025': 95, '2025-Q1': 10 }, 2025, 'cumulative')).toEqual({ value: 95, from: 'annual', periods: ['2025'], complete: true });
  });
  it('aggregates the finest level present: months over quarters', () => {
    const map = { '2025-01': 5, '2025-02': 5, '2025-Q1': 99, '2025-03': 0 };
    expect(annualValue(map, 2025, 'cumulative')).toEqual({
      value: 10,
      from: 'periods',
      periods: ['2025-01', '2025-02', '2025-03'],
      complete: false,
    });
  });
  it('SKM 2024 quarters, average → 81,775 (seed 001 prints 81,62)', () => {
    const map = { '2023': 80.92, '2024-Q1': 80.8, '2024-Q2': 80.8, '2024-Q3': 80.8, '2024-Q4': 84.7 };
    const r = annualValue(map, 2024, 'average');
    expect(r.value).toBeCloseTo(81.775, 10);
    expect(r.periods).toHaveLength(4);
    expect(r.complete).toBe(true);
  });
  it('last takes the latest period with data: IP ASN TW II 2024 = 74,46', () => {
    expect(annualValue({ '2022': 42.45, '2024-Q2': 74.46 }, 2024, 'last').value).toBe(74.46);
  });
  it('ignores text cells and other years', () => {
    expect(annualValue({ '2025': '-', '2025-S1': 3, '2024': 9 }, 2025, 'cumulative')).toEqual({ value: 3, from: 'periods', periods: ['2025-S1'], complete: false });
    expect(annualValue({ '2024': 9 }, 2025, 'cumulative')).toEqual({ value: null, from: null, periods: [], complete: false });
    expect(annualValue(undefined, 2025, 'last').value).toBeNull();
  });
});

describe('periodProgress (§4.7)', () => {
  const targets = { '2025': 95, '2025-Q1': 10, '2025-Q2': 25, '2025-Q3': 30, '2025-Q4': 30 };
  const realizations = { '2025-Q1': 8, '2025-Q2': 30 };
  it('cumulative TW II: capaian 38/35 = 108,57 %, progres 38/95 = 40,00 %', () => {
    const p = periodProgress(targets, realizations, '2025-Q2', 'cumulative', 'positive');
    expect(p.target).toBe(35);
    expect(p.realization).toBe(38);
    expect(roundHalfUp(p.capaian ?? NaN, 2)).toBe(108.57);
    expect(roundHalfUp(p.progress ?? NaN, 2)).toBe(40);
  });
  it('cumulative TW I: 8/10 = 80 %, progres 8/95', () => {
    const p = periodProgress(targets, realizations, '2025-Q1', 'cumulative', 'positive');
    expect(p.capaian).toBe(80);
    expect(roundHalfUp(p.progress ?? NaN, 2)).toBe(8.42);
  });
  it('cumulative from months into a quarter', () => {
    const t = { '2025': 12, '2025-01': 1, '2025-02': 1, '2025-03': 1, '2025-04': 1 };
    const r = { '2025-01': 1, '2025-02': 2, '2025-03': 0 };
    const p = periodProgress(t, r, '2025-Q1', 'cumulative', 'positive');
    expect(p).toMatchObject({ target: 3, realization: 3, capaian: 100, progress: 25 });
  });
  it('seed 003 T-C.29 col 15 is progres: TW II realisation 6 against annual target 10 = 60 %', () => {
    const p = periodProgress({ '2024': 10 }, { '2024-Q2': 6 }, '2024-Q2', 'cumulative', 'positive');
    expect(p.progress).toBe(60);
    expect(p.capaian).toBeNull();
  });
  it('seed 003 IP ASN TW II (last): 74,46 / 70 = 106,37 %', () => {
    const p = periodProgress({ '2024': 70 }, { '2024-Q2': 74.46 }, '2024-Q2', 'last', 'positive');
    expect(roundHalfUp(p.progress ?? NaN, 2)).toBe(106.37);
  });
  it('last: R at the period end against T of that period', () => {
    const t = { '2025': 71.51, '2025-Q1': 71.51, '2025-Q2': 71.51 };
    const p = periodProgress(t, { '2025-Q1': 65.18, '2025-Q2': 71.51 }, '2025-Q2', 'last', 'positive');
    expect(p).toMatchObject({ target: 71.51, realization: 71.51, capaian: 100, progress: 100 });
    const missing = periodProgress(t, { '2025-Q1': 65.18 }, '2025-Q2', 'last', 'positive');
    expect(missing.capaian).toBeNull();
    expect(roundHalfUp(missing.progress ?? NaN, 2)).toBe(91.15);
  });
  it('average: mean of R to date against the period target', () => {
    const t = { '2024': 80, '2024-Q1': 80, '2024-Q2': 80 };
    const r = { '2024-Q1': 80.8, '2024-Q2': 84.7 };
    const p = periodProgress(t, r, '2024-Q2', 'average', 'positive');
    expect(p.realization).toBeCloseTo(82.75, 10);
    expect(roundHalfUp(p.capaian ?? NaN, 2)).toBe(103.44);
  });
  it('legacy missingAsZero counts a missing quarter as 0 in a cumulative sum to date', () => {
    const legacy = resolveRuleSet(DEFAULT_RULES, { missingAsZero: true });
    const p = periodProgress(targets, { '2025-Q2': 30 }, '2025-Q2', 'cumulative', 'positive', legacy);
    expect(p.realization).toBe(30);
  });
  it('negative polarity uses the negative formula on the to-date values', () => {
    const p = periodProgress({ '2025': 2, '2025-Q1': 2 }, { '2025-Q1': 1.5 }, '2025-Q1', 'last', 'negative');
    expect(p.capaian).toBe(125);
  });
});
