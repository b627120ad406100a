import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, mean, opdCapaian, resolveRuleSet, roundHalfUp, sasaranCapaian, weightedMean } from '../src/index.ts';

describe('§4.10 roll-up', () => {
  it('mean of the six printed capaian of seed 001 Tabel 3.2 is 100,50, not the printed 105', () => {
    expect(roundHalfUp(mean([100, 100, 98.6, 103.26, 100, 101.15]) ?? NaN, 2)).toBe(100.5);
  });
  it('mean of the five IKU with the recomputed SKM 102,03 is 100,78', () => {
    expect(roundHalfUp(mean([100, 98.6, 103.26, 100, 102.03]) ?? NaN, 2)).toBe(100.78);
  });
  it('skips null, empty → null', () => {
    expect(mean([null, 80, undefined, 100])).toBe(90);
    expect(mean([null])).toBeNull();
    expect(weightedMean([{ value: 80, weight: 3 }, { value: 100, weight: 1 }, { value: null, weight: 5 }])).toBe(85);
    expect(weightedMean([{ value: 80, weight: 0 }])).toBeNull();
  });
  it('sasaran capaian applies the cap only when averaging, and weights', () => {
    const items = [
      { id: 'S2.I1', capaian: 98.6 },
      { id: 'S2.I2', capaian: 103.26 },
      { id: 'S2.I3', capaian: null },
    ];
    expect(sasaranCapaian(items)).toBeCloseTo(100.93, 10);
    expect(sasaranCapaian(items, resolveRuleSet(DEFAULT_RULES, { capaianCap: 100 }))).toBeCloseTo(99.3, 10);
    expect(sasaranCapaian(items, resolveRuleSet(DEFAULT_RULES, { indicatorWeights: { 'S2.I1': 3 } }))).toBeCloseTo(
      (98.6 * 3 + 103.26) / 4,
      10,
    );
    expect(sasaranCapaian([])).toBeNull();
  });
  it('OPD capaian: sasaran only unless includeTujuanInAverage', () => {
    const nodes = [
      { id: 'T1', kind: 'tujuan' as const, capaian: 100 },
      { id: 'S1', kind: 'sasaran' as const, capaian: 100 },
      { id: 'S2', kind: 'sasaran' as const, capaian: 80 },
      { id: 'P1', kind: 'program' as const, capaian: 10 },
    ];
    expect(opdCapaian(nodes)).toBe(90);
    expect(opdCapaian(nodes, resolveRuleSet(DEFAULT_RULES, { includeTujuanInAverage: true }))).toBeCloseTo(93.33, 2);
  });
});
