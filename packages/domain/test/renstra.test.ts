import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES,
  RULE_PRESETS,
  renstraCapaian,
  renstraEndTarget,
  renstraRealization,
  resolveRuleSet,
  roundHalfUp,
  type DatasetIndicator,
} from '../src/index.ts';

const renstra = { start: 2021, end: 2026 };
const legacy = RULE_PRESETS['legacy-renja'] ?? DEFAULT_RULES;

/** Seed 003 T-C.29: Indeks Profesionalitas ASN (last). */
const ipAsn: Pick<DatasetIndicator, 'aggregation' | 'polarity' | 'baseline' | 'renstra_targets' | 'realizations' | 'printed'> = {
  aggregation: 'last',
  polarity: 'positive',
  baseline: { '2021': 80 },
  renstra_targets: { '2022': 61, '2023': 65, '2024': 70, '2025': 75, '2026': 80 },
  realizations: { '2022': 42.45, '2023': 54.94, '2024-Q2': 74.46 },
};

/** Seed 003 T-C.29: kegiatan Perencanaan, Penganggaran dan Evaluasi (cumulative). */
const perencanaan: typeof ipAsn = {
  aggregation: 'cumulative',
  polarity: 'positive',
  baseline: { '2021': 110 },
  renstra_targets: { '2022': 24, '2023': 23, '2024': 24, '2025': 23, '2026': 23 },
  realizations: { '2022': 19, '2023': 20, '2024-Q2': 6 },
  printed: { renstra_realization: { '2022': { 'T-C.29': 153 } } },
};

describe('§4.9 / §14 ex. 7 — IP ASN', () => {
  it('default last: 74,46 / 80 = 93,08 %', () => {
    const r = renstraCapaian(ipAsn, 2024, renstra);
    expect(r.target).toBe(80);
    expect(r.realization).toBe(74.46);
    expect(roundHalfUp(r.capaian.value ?? NaN, 2)).toBe(93.08);
  });
  it('legacy average: (42,45 + 54,94 + 74,46) / 3 = 57,28 → 71,60 %', () => {
    const r = renstraCapaian(ipAsn, 2024, renstra, legacy);
    expect(roundHalfUp(r.realization ?? NaN, 2)).toBe(57.28);
    expect(roundHalfUp(r.capaian.value ?? NaN, 2)).toBe(71.6);
  });
  it('last realisation before a year, and nothing before the data', () => {
    expect(renstraRealization(ipAsn, 2023, DEFAULT_RULES, renstra)).toMatchObject({ value: 54.94, years: [2023] });
    expect(renstraRealization(ipAsn, 2021, DEFAULT_RULES, renstra).value).toBeNull();
  });
});

describe('§14 ex. 8 — cumulative with includeBaseline', () => {
  it('end target 110 + 117 = 227 with includeBaseline, 117 without', () => {
    expect(renstraEndTarget(perencanaan, renstra, legacy).value).toBe(227);
    expect(renstraEndTarget(perencanaan, renstra, DEFAULT_RULES).value).toBe(117);
  });
  it('realisation 153 (to 2022, printed) + 20 + 6 = 179 → 78,85 %', () => {
    const real = renstraRealization(perencanaan, 2024, legacy, renstra);
    expect(real).toMatchObject({ value: 179, years: [2023, 2024], base: { year: 2022, value: 153 } });
    expect(roundHalfUp(renstraCapaian(perencanaan, 2024, renstra, legacy).capaian.value ?? NaN, 2)).toBe(78.85);
  });
  it('without a printed base: the Renstra years summed, plus the baseline when included', () => {
    const plain = { ...perencanaan, printed: undefined };
    expect(renstraRealization(plain, 2024, DEFAULT_RULES, renstra).value).toBe(45);
    expect(renstraRealization(plain, 2024, legacy, renstra).value).toBe(155);
  });
});

describe('end target of last-type indicators', () => {
  it('is the target of the last Renstra year, or the latest key', () => {
    expect(renstraEndTarget(ipAsn, renstra).value).toBe(80);
    expect(renstraEndTarget({ ...ipAsn, renstra_targets: { '2022': 61, '2024': 70 } }, renstra).value).toBe(70);
    expect(renstraEndTarget({ ...ipAsn, renstra_targets: {} }, renstra).value).toBeNull();
  });
  it('Nilai SAKIP 71,51 against end target 75 = 95,35 % (seed 001 Tabel 3.7 prints 94,66)', () => {
    const sakip = { ...ipAsn, renstra_targets: { '2026': 75 }, realizations: { '2024': 71.51 } };
    expect(roundHalfUp(renstraCapaian(sakip, 2024, renstra).capaian.value ?? NaN, 2)).toBe(95.35);
  });
  it('renstraAccumulation can make a last indicator sum', () => {
    const rules = resolveRuleSet(DEFAULT_RULES, { renstraAccumulation: { last: 'sum' } });
    expect(renstraEndTarget(ipAsn, renstra, rules).value).toBe(351);
  });
});
