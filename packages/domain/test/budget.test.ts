import { describe, expect, it } from 'vitest';
import {
  absorption,
  averageEfficiency,
  DEFAULT_RULES,
  efficiency,
  resolveRuleSet,
  roundHalfUp,
  sumChildren,
  targetReached,
  truncateTo,
} from '../src/index.ts';

const r2 = (v: number | null): number | null => (v === null ? null : roundHalfUp(v, 2));

describe('§7.1 serapan', () => {
  it.each([
    [10071435231, 11243148006, 89.58],
    [24914147619, 27346788906, 91.1],
    [10078987635, 11149647100, 90.4],
    [121407900, 453845100, 26.75],
    [102123660, 147335000, 69.31],
    [7781600, 7900000, 98.5],
    [7781600, 7500000, 103.75],
  ])('%d / %d → %d %%', (real, pagu, expected) => {
    expect(r2(absorption(real, pagu))).toBe(expected);
  });
  it('pagu 0 or a missing side → null', () => {
    expect(absorption(5, 0)).toBeNull();
    expect(absorption(null, 100)).toBeNull();
    expect(absorption(5, undefined)).toBeNull();
    expect(absorption(0, 100)).toBe(0);
  });
});

describe('§7.2 efisiensi (§14 ex. 4)', () => {
  it.each([
    [95.66, 89.58, 1.067, true],
    [100, 89.58, 1.116, true],
    [104, 92.16, 1.128, true],
    [80, 90, 0.888, false],
  ])('ratio %d / %d → %d (truncated to 3 decimals)', (c, a, expected, efisien) => {
    const e = efficiency(c, a);
    expect(truncateTo(e.value ?? NaN, 3)).toBe(expected);
    expect(e.efisien).toBe(efisien);
  });
  it('difference formula and missing sides', () => {
    const diff = resolveRuleSet(DEFAULT_RULES, { efficiencyFormula: 'difference' });
    expect(efficiency(100, 89.58, diff).efisien).toBe(true);
    expect(r2(efficiency(100, 89.58, diff).value)).toBe(10.42);
    expect(efficiency(80, 90, diff).efisien).toBe(false);
    expect(efficiency(null, 90)).toEqual({ value: null, efisien: null });
    expect(efficiency(90, 0)).toEqual({ value: null, efisien: null });
  });
  it('OPD average: (1,067 + 1,128) / 2 = 1,0975; pagu-weighted', () => {
    expect(averageEfficiency([{ value: 1.067 }, { value: 1.128 }])).toBeCloseTo(1.0975, 10);
    const weighted = resolveRuleSet(DEFAULT_RULES, { efficiencyAverage: 'pagu_weighted' });
    expect(averageEfficiency([{ value: 1, pagu: 300 }, { value: 2, pagu: 100 }], weighted)).toBe(1.25);
    expect(averageEfficiency([{ value: null }])).toBeNull();
  });
});

describe('roll-ups of money', () => {
  it.each([
    [[10022791347, 8931157721], 18953949068],
    [[15633331188, 8290000000, 8820000000], 32743331188],
    [[550000, 7350000], 7900000],
    [[22644434619, 2198333000], 24842767619],
    [[null, 5, undefined], 5],
    [[], null],
    [[null], null],
  ])('Σ %j = %s', (values, expected) => {
    expect(sumChildren(values)).toBe(expected);
  });
  it('menunjang threshold', () => {
    expect(targetReached(100)).toBe(true);
    expect(targetReached(99.99)).toBe(false);
    expect(targetReached(null)).toBeNull();
  });
});
