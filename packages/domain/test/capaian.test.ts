import { describe, expect, it } from 'vitest';
import {
  capaian,
  isExtremeCapaian,
  DEFAULT_RULES,
  resolveRuleSet,
  roundHalfUp,
  type CapaianInput,
  type CapaianMethod,
  type CapaianStatus,
  type Polarity,
} from '../src/index.ts';

const inverse = resolveRuleSet(DEFAULT_RULES, { negativeFormula: 'inverse_ratio' });
const r2 = (v: number | null): number | null => (v === null ? null : roundHalfUp(v, 2));

describe('§4.1 positive polarity (seed 001 Tabel 3.2)', () => {
  it.each([
    [92, 95, 103.26, 'tercapai'],
    [250, 246.5, 98.6, 'tidak_tercapai'],
    [90, 90, 100, 'tercapai'],
    [75, 71.51, 95.35, 'tidak_tercapai'],
    [80, 81.62, 102.03, 'tercapai'],
    [93, 99.97, 107.49, 'tercapai'],
    [87, 75, 86.21, 'tidak_tercapai'],
    [10, 6, 60, 'tidak_tercapai'],
  ] as const)('T %d, R %d → %d %%', (t, r, expected, status) => {
    const c = capaian(t, r, 'positive');
    expect(r2(c.value)).toBe(expected);
    expect(c.status).toBe(status);
    expect(c.method).toBe('ratio');
  });
  it('246,5 / 250 is exactly 98.6 unrounded', () => {
    expect(capaian(250, 246.5, 'positive').value).toBe(98.6);
  });
  it('reads numbers printed as text', () => {
    expect(r2(capaian('92', '95', null).value)).toBe(103.26);
    expect(capaian('71,51', '71,51', 'positive').value).toBe(100);
  });
});

describe('§4.2 negative polarity: hukuman disiplin, T = 2 %', () => {
  it.each([
    [1.5, 125, 133.33, 'tercapai'],
    [3, 50, 66.67, 'tidak_tercapai'],
    [4.5, 0, 44.44, 'tidak_tercapai'],
  ] as const)('R %d → two_minus_ratio %d, inverse_ratio %d', (r, twoMinus, inv, status) => {
    const a = capaian(2, r, 'negative');
    const b = capaian(2, r, 'negative', inverse);
    expect(r2(a.value)).toBe(twoMinus);
    expect(r2(b.value)).toBe(inv);
    expect(a.status).toBe(status);
    expect(b.status).toBe(status);
  });
  it('R = 0 → 200 with two_minus_ratio; inverse_ratio divides by zero → null, or the cap', () => {
    expect(capaian(2, 0, 'negative').value).toBe(200);
    const b = capaian(2, 0, 'negative', inverse);
    expect(b.value).toBeNull();
    expect(b.reason).toMatch(/nol/);
    expect(capaian(2, 0, 'negative', resolveRuleSet(inverse, { capaianCap: 120 })).value).toBe(120);
  });
  it('without a floor the formula goes below zero (−25 %)', () => {
    expect(capaian(2, 4.5, 'negative', resolveRuleSet(DEFAULT_RULES, { negativeFloor: null })).value).toBe(-25);
  });
});

describe('§4.3 range targets (nearest bound)', () => {
  it.each<[CapaianInput, number, Polarity, number, CapaianStatus]>([
    [[80, 90], 70, 'positive', 87.5, 'tidak_tercapai'],
    ['80-90', 70, 'positive', 87.5, 'tidak_tercapai'],
    ['80 – 90 %', 85, 'positive', 100, 'tercapai'],
    [[80, 90], 95, 'positive', 105.56, 'tercapai'],
    ['7-8', 6.5, 'negative', 107.14, 'tercapai'],
    ['7 - 8', 9, 'negative', 87.5, 'tidak_tercapai'],
    ['7-8', 7.5, 'negative', 100, 'tercapai'],
  ])('T %s, R %d (%s) → %d', (t, r, pol, expected, status) => {
    const c = capaian(t, r, pol);
    expect(r2(c.value)).toBe(expected);
    expect(c.status).toBe(status);
    expect(c.method).toBe('range');
  });
  it('midpoint rule measures against the middle of the range', () => {
    const mid = resolveRuleSet(DEFAULT_RULES, { rangeTargetRule: 'midpoint' });
    expect(capaian([80, 90], 70, 'positive', mid).value).toBe((70 * 100) / 85);
  });
});

describe('§4.4 zero, negative and missing values', () => {
  it.each<[CapaianInput, CapaianInput, Polarity, number | null, CapaianStatus, CapaianMethod]>([
    [0, 5, 'positive', null, 'tercapai', 'ratio'],
    [0, 0, 'positive', null, 'tercapai', 'ratio'],
    [0, 0, 'negative', 100, 'tercapai', 'binary'],
    [0, 3, 'negative', 0, 'tidak_tercapai', 'binary'],
    [-2, -1, 'positive', 1, 'tercapai', 'difference'],
    [5, -1, 'positive', -6, 'tidak_tercapai', 'difference'],
    [-2, -3, 'negative', -1, 'tercapai', 'difference'],
    [null, 5, 'positive', null, 'belum_ada_data', 'ratio'],
    [10, null, 'positive', null, 'belum_ada_data', 'ratio'],
    [10, undefined, 'positive', null, 'belum_ada_data', 'ratio'],
    [10, '-', 'positive', null, 'belum_ada_data', 'ratio'],
    ['-', 3, 'positive', null, 'belum_ada_data', 'ratio'],
    [10, 'sebagian besar', 'positive', null, 'tidak_dapat_dihitung', 'ratio'],
  ])('T %s, R %s (%s) → %s %s', (t, r, pol, value, status, method) => {
    const c = capaian(t, r, pol);
    expect(c.value).toBe(value);
    expect(c.status).toBe(status);
    expect(c.method).toBe(method);
  });
  it('zeroTargetRule 100 and binary for positive polarity', () => {
    expect(capaian(0, 5, 'positive', resolveRuleSet(DEFAULT_RULES, { zeroTargetRule: { positive: '100' } })).value).toBe(100);
    expect(capaian(0, 5, 'positive', resolveRuleSet(DEFAULT_RULES, { zeroTargetRule: { positive: 'binary' } })).value).toBe(100);
  });
  it('capaianMethod difference and binary', () => {
    expect(capaian(92, 95, 'positive', resolveRuleSet(DEFAULT_RULES, { capaianMethod: 'difference' })).value).toBe(3);
    const binary = resolveRuleSet(DEFAULT_RULES, { capaianMethod: 'binary' });
    expect(capaian(92, 95, 'positive', binary).value).toBe(100);
    expect(capaian(250, 246.5, 'positive', binary).value).toBe(0);
  });
});

describe('§4.5 ordinal indicators', () => {
  it.each<[CapaianInput, CapaianInput, number | null, CapaianStatus]>([
    ['B', 'BB', 100, 'tercapai'],
    ['BB', 'BB', 100, 'tercapai'],
    ['BB', 'B', 80, 'tidak_tercapai'],
    ['A', 'CC', 50, 'tidak_tercapai'],
    ['Baik', 'Sangat Baik', 100, 'tercapai'],
    ['predikat BB', 'B', 80, 'tidak_tercapai'],
    ['III', 'II', (2 * 100) / 3, 'tidak_tercapai'],
    ['BB', 71.51, 100, 'tercapai'],
    ['BB', 65.16, 80, 'tidak_tercapai'],
    ['BB', 70, 80, 'tidak_tercapai'],
    ['Ada', 'Ada', 100, 'tercapai'],
    ['Ada', 'Tidak Ada', 0, 'tidak_tercapai'],
    ['BB', 'Baik sekali', null, 'tidak_dapat_dihitung'],
  ])('T %s, R %s → %s', (t, r, value, status) => {
    const c = capaian(t, r, 'positive');
    expect(c.value).toBe(value);
    expect(c.status).toBe(status);
  });
  it('rank_ratio reports the ratio even above the target', () => {
    expect(capaian('B', 'BB', 'positive', resolveRuleSet(DEFAULT_RULES, { ordinalCapaian: 'rank_ratio' })).value).toBe(125);
  });
  it('a numeric twin is computed on the number: 71,51 (BB) against 75', () => {
    expect(r2(capaian('75 (BB)', '71,51 (BB)', 'positive').value)).toBe(95.35);
    expect(capaian('BB (73)', 73, 'positive').value).toBe(100);
  });
});

describe('§4.6 cap', () => {
  it('is not applied to a single capaian unless capDisplay', () => {
    const capped = resolveRuleSet(DEFAULT_RULES, { capaianCap: 100 });
    expect(r2(capaian(92, 95, 'positive', capped).value)).toBe(103.26);
    expect(capaian(92, 95, 'positive', resolveRuleSet(capped, { capDisplay: true })).value).toBe(100);
  });
});

describe('§4.6 extreme values', () => {
  it.each([
    [1655.56, true],
    [309.15, true],
    [200, false],
    [103.26, false],
    [null, false],
  ])('%s extreme: %s', (value, expected) => {
    expect(isExtremeCapaian(value)).toBe(expected);
  });
  it('seed 003 sarpras: 142 against 1 unit → 14 200 % is extreme', () => {
    expect(isExtremeCapaian(capaian(1, 142, 'positive').value)).toBe(true);
  });
});
