/** The rule-set validator names the key and the value it refuses; the printed-base key (§4.9) on kukar K1.1.I1. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES,
  isKinerjaError,
  renstraCapaian,
  renstraRealization,
  resolveRuleSet,
  roundHalfUp,
  RULE_PRESETS,
  type DatasetIndicator,
} from '../src/index.ts';

const refusal = (overrides: unknown): { where: string | undefined; message: string } => {
  try {
    resolveRuleSet(DEFAULT_RULES, overrides);
  } catch (e) {
    if (isKinerjaError(e)) return { where: e.where, message: e.message };
    throw e;
  }
  throw new Error('accepted');
};

describe('rule-set params validator', () => {
  it.each([
    [{ negativeFormula: 'T/R' }, 'negativeFormula', 'nilai harus salah satu dari: two_minus_ratio, inverse_ratio (diberikan: "T/R")'],
    [{ capaianCap: '120' }, 'capaianCap', 'nilai harus angka atau null (diberikan: "120")'],
    [{ includeBaseline: 'ya' }, 'includeBaseline', 'nilai harus true atau false (diberikan: "ya")'],
    [{ renstraPrintedBase: 'kadang' }, 'renstraPrintedBase', 'nilai harus salah satu dari: always, with_baseline, never (diberikan: "kadang")'],
    [{ renstraAccumulation: { cumulative: 'mean' } }, 'renstraAccumulation.cumulative', 'nilai harus salah satu dari: sum, last, average (diberikan: "mean")'],
    [{ indicatorWeights: { 'S1.I1': -2 } }, 'indicatorWeights.S1.I1', 'nilai harus angka (diberikan: -2)'],
    [{ ipAsnBands: [60, 70, 80, 90] }, 'ipAsnBands', 'nilai harus daftar empat angka menurun (diberikan: [60,70,80,90])'],
    [{ bandLabels: { ST: '' } }, 'bandLabels.ST', 'nilai harus teks (diberikan: "")'],
    [{ capaianKap: 120 }, 'capaianKap', 'kunci aturan tidak dikenal'],
  ])('%j → %s: %s', (overrides, where, message) => {
    expect(refusal(overrides)).toEqual({ where, message: `${where}: ${message}` });
  });

  it.each([
    [{ capaianCap: 120, capDisplay: true }, { capaianCap: 120, capDisplay: true }],
    [{ negativeFormula: 'inverse_ratio', negativeFloor: null }, { negativeFormula: 'inverse_ratio', negativeFloor: null }],
    [{ renstraPrintedBase: 'always' }, { renstraPrintedBase: 'always' }],
    [{ indicatorWeights: { 'S1.I1': 2, 'S1.I2': 0 } }, { indicatorWeights: { 'S1.I1': 2, 'S1.I2': 0 } }],
  ])('accepts %j', (overrides, expected) => {
    expect(resolveRuleSet(DEFAULT_RULES, overrides)).toMatchObject(expected);
  });

  it('every preset passes the validator unchanged (a stored preset can be read back)', () => {
    for (const preset of Object.values(RULE_PRESETS)) expect(resolveRuleSet(DEFAULT_RULES, { ...preset })).toEqual(preset);
  });
});

/** Seed 003 T-C.29, kukar K1.1.I1 (cumulative): printed running total 153 up to 2022 (it counts the 2021 baseline 110). */
const k111: Pick<DatasetIndicator, 'aggregation' | 'polarity' | 'baseline' | 'renstra_targets' | 'realizations' | 'printed'> = {
  aggregation: 'cumulative',
  polarity: 'positive',
  baseline: { '2021': 110 },
  renstra_targets: { '2022': 24, '2023': 23, '2024': 24, '2025': 23, '2026': 23 },
  realizations: { '2022': 19, '2023': 20, '2024-Q2': 6 },
  printed: { renstra_realization: { '2022': { 'T-C.29': 153 }, '2024': { 'T-C.29': 179 } } },
};
const renstra = { start: 2021, end: 2026 };
const legacy = RULE_PRESETS['legacy-renja'] ?? DEFAULT_RULES;

describe('§4.9 renstraPrintedBase on kukar K1.1.I1, 2024', () => {
  it.each([
    // default: no baseline in the end target (117) → no baseline-counting printed total either
    ['pemda-default (with_baseline, includeBaseline false)', DEFAULT_RULES, 45, 117, 38.46],
    // the old behaviour, kept as a choice: 153 + 20 + 6 = 179 against 117 → 152,99 % (mixed bases)
    ['always, includeBaseline false', resolveRuleSet(DEFAULT_RULES, { renstraPrintedBase: 'always' }), 179, 117, 152.99],
    // legacy-renja reproduces T-C.29: 179 / 227 = 78,85 %
    ['legacy-renja (with_baseline, includeBaseline true)', legacy, 179, 227, 78.85],
    ['never, includeBaseline true: 110 + 19 + 20 + 6', resolveRuleSet(legacy, { renstraPrintedBase: 'never' }), 155, 227, 68.28],
  ])('%s → %d / %d = %d %%', (_name, rules, realization, target, pct) => {
    const r = renstraCapaian(k111, 2024, renstra, rules);
    expect(r.realization).toBe(realization);
    expect(r.target).toBe(target);
    expect(roundHalfUp(r.capaian.value ?? NaN, 2)).toBe(pct);
  });
  it('the printed base is named only when it was used', () => {
    expect(renstraRealization(k111, 2024, DEFAULT_RULES, renstra).base).toBeNull();
    expect(renstraRealization(k111, 2024, legacy, renstra).base).toEqual({ year: 2022, value: 153 });
  });
});
