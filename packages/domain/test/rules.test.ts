import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, isKinerjaError, resolveRuleSet, RULE_PRESETS, ruleSetById } from '../src/index.ts';

describe('rule sets', () => {
  it('default is pemda-default version 1 with the §12a defaults', () => {
    expect(DEFAULT_RULES).toMatchObject({
      id: 'pemda-default',
      version: 1,
      roundingMode: 'half_up',
      negativeFormula: 'two_minus_ratio',
      negativeFloor: 0,
      zeroTargetRule: { positive: 'null', negative: 'binary' },
      missingAsZero: false,
      capaianCap: null,
      capDisplay: false,
      renstraAccumulation: { cumulative: 'sum', last: 'last', average: 'last' },
      includeBaseline: false,
      capaianBands: 'left_open',
      akipBoundary: 'left_open',
      skmWeightRounding: 'exact',
    });
  });
  it('presets', () => {
    expect(Object.keys(RULE_PRESETS)).toEqual(expect.arrayContaining(['pemda-default', 'legacy-renja', 'bands-integer']));
    expect(RULE_PRESETS['legacy-renja']).toMatchObject({
      includeBaseline: true,
      missingAsZero: true,
      roundingMode: 'truncate',
      renstraAccumulation: { last: 'average' },
    });
    expect(RULE_PRESETS['bands-integer']?.capaianBands).toBe('round_then_integer');
    expect(ruleSetById('legacy-renja').id).toBe('legacy-renja');
    expect(ruleSetById(undefined)).toBe(DEFAULT_RULES);
  });
  it('merges nested overrides and leaves the base untouched', () => {
    const r = resolveRuleSet(DEFAULT_RULES, { zeroTargetRule: { positive: '100' }, capaianCap: 120, version: 2 });
    expect(r.zeroTargetRule).toEqual({ positive: '100', negative: 'binary' });
    expect(r.capaianCap).toBe(120);
    expect(r.version).toBe(2);
    expect(DEFAULT_RULES.zeroTargetRule.positive).toBe('null');
    expect(resolveRuleSet(DEFAULT_RULES, null)).toBe(DEFAULT_RULES);
  });
  it.each([
    [{ negativeFormula: 'T/R' }, 'negativeFormula', /salah satu/],
    [{ negativFormula: 'inverse_ratio' }, 'negativFormula', /tidak dikenal/],
    [{ zeroTargetRule: { positif: '100' } }, 'zeroTargetRule.positif', /tidak dikenal/],
    [{ zeroTargetRule: { positive: 100 } }, 'zeroTargetRule.positive', /salah satu/],
    [{ missingAsZero: 'ya' }, 'missingAsZero', /true atau false/],
    [{ capaianCap: '120' }, 'capaianCap', /angka atau null/],
    [{ version: 0 }, 'version', /bulat positif/],
    [{ ipAsnBands: [60, 70, 80, 90] }, 'ipAsnBands', /menurun/],
    [{ indicatorWeights: { 'S1.I1': -1 } }, 'indicatorWeights.S1.I1', /angka/],
    ['pemda-default', 'aturan', /objek/],
  ])('rejects %j at %s', (overrides, where, message) => {
    let caught: unknown;
    try {
      resolveRuleSet(DEFAULT_RULES, overrides);
    } catch (e) {
      caught = e;
    }
    expect(isKinerjaError(caught)).toBe(true);
    if (isKinerjaError(caught)) {
      expect(caught.code).toBe('invalid');
      expect(caught.where).toBe(where);
      expect(caught.message).toMatch(message);
    }
  });
  it('rejects an unknown preset', () => {
    expect(() => ruleSetById('tidak-ada')).toThrow(/salah satu/);
  });
});

describe('presets are immutable', () => {
  it.each(Object.keys(RULE_PRESETS))('%s and its nested objects are frozen', (id) => {
    const preset = RULE_PRESETS[id];
    expect(Object.isFrozen(preset)).toBe(true);
    expect(Object.isFrozen(preset?.zeroTargetRule)).toBe(true);
    expect(Object.isFrozen(preset?.renstraAccumulation)).toBe(true);
  });
});
