import { describe, expect, it } from 'vitest';
import {
  akipPredikat,
  BAND_COLORS,
  classifyCapaian,
  DEFAULT_RULES,
  ipAsnCategory,
  lkeScore,
  lkeSubScore,
  meritCategory,
  RULE_PRESETS,
  skmIkm,
  skmMutu,
  skmNrr,
  skmSampleSize,
} from '../src/index.ts';

const integer = RULE_PRESETS['bands-integer'] ?? DEFAULT_RULES;

describe('§5 capaian bands', () => {
  it.each([
    [90.3, 'ST', 'T'],
    [90.5, 'ST', 'ST'],
    [75.2, 'T', 'S'],
    [90.004, 'T', 'T'],
    [90.005, 'ST', 'T'],
    [100, 'ST', 'ST'],
    [309.15, 'ST', 'ST'],
    [98.6, 'ST', 'ST'],
    [90, 'T', 'T'],
    [75, 'S', 'S'],
    [65, 'R', 'R'],
    [65.4, 'S', 'R'],
    [50, 'SR', 'SR'],
    [50.2, 'R', 'SR'],
    [0, 'SR', 'SR'],
  ])('%d → %s (left_open), %s (round_then_integer)', (value, leftOpen, rounded) => {
    expect(classifyCapaian(value)?.code).toBe(leftOpen);
    expect(classifyCapaian(value, integer)?.code).toBe(rounded);
  });
  it('raw classification does not round 90,004 down', () => {
    expect(classifyCapaian(90.004, { ...DEFAULT_RULES, classifyOn: 'raw' })?.code).toBe('ST');
  });
  it('gives label and colour; null → null', () => {
    expect(classifyCapaian(80)).toEqual({ code: 'T', label: 'Tinggi', color: BAND_COLORS.T });
    expect(classifyCapaian(null)).toBeNull();
    expect(classifyCapaian(95, { ...DEFAULT_RULES, bandLabels: { ...DEFAULT_RULES.bandLabels, ST: 'Sangat Baik' } })?.label).toBe(
      'Sangat Baik',
    );
  });
});

describe('§9 AKIP predikat', () => {
  it.each([
    [71.51, 'BB', 'BB'],
    [65.16, 'B', 'B'],
    [70, 'B', 'BB'],
    [90, 'A', 'AA'],
    [90.01, 'AA', 'AA'],
    [80, 'BB', 'A'],
    [60, 'CC', 'B'],
    [50, 'C', 'CC'],
    [30, 'D', 'C'],
    [30.01, 'C', 'C'],
    [0, 'D', 'D'],
    [100, 'AA', 'AA'],
  ])('%d → %s (left_open), %s (left_closed)', (score, open, closed) => {
    expect(akipPredikat(score).code).toBe(open);
    expect(akipPredikat(score, 'left_closed').code).toBe(closed);
  });
  it('labels', () => {
    expect(akipPredikat(71.51)).toEqual({ code: 'BB', label: 'Sangat Baik' });
    expect(akipPredikat(95).label).toBe('Sangat Memuaskan');
  });
  it('LKE example: Perencanaan 6,00 + 7,20 + 10,50 = 23,70', () => {
    expect(lkeSubScore(6, ['AA', 'AA', 'AA', 'AA', 'AA', 'AA', 'AA'])).toBe(6);
    expect(lkeSubScore(9, [80, 80, 80, 80, 80, 80, 80, 80, 80, 80])).toBeCloseTo(7.2, 10);
    expect(lkeSubScore(15, ['B', 'B', 'B', 'B', 'B', 'B', 'B', 'B'])).toBeCloseTo(10.5, 10);
    const r = lkeScore([
      {
        name: 'Perencanaan Kinerja',
        subs: [
          { weight: 6, answers: Array(7).fill('AA') },
          { weight: 9, answers: Array(10).fill('BB') },
          { weight: 15, answers: Array(8).fill('B') },
        ],
      },
    ]);
    expect(r.total).toBeCloseTo(23.7, 10);
    expect(r.predikat.code).toBe('D');
    expect(lkeSubScore(6, [])).toBeNull();
  });
});

describe('§10 SKM', () => {
  const nrr = [3.2, 3.1, 3.0, 4.0, 3.3, 3.4, 3.5, 3.1, 3.0];
  it('IKM exact weight 82,22; rounded weight 0,11 → 81,40', () => {
    expect(skmIkm(nrr)).toBeCloseTo(82.2222, 4);
    expect(skmIkm(nrr, '0.11')).toBeCloseTo(81.4, 10);
    expect(skmMutu(skmIkm(nrr) ?? 0).code).toBe('B');
  });
  it('leaves out unsur without answers', () => {
    expect(skmIkm([4, 4, null, undefined])).toBe(100);
    expect(skmIkm([])).toBeNull();
    expect(skmNrr([4, 3, null, 2])).toBe(3);
  });
  it.each([
    [88.305, 'A'],
    [88.3, 'B'],
    [76.61, 'B'],
    [76.6, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [81.62, 'B'],
    [81.775, 'B'],
    [100, 'A'],
  ])('mutu of %d is %s', (ikm, code) => {
    expect(skmMutu(ikm).code).toBe(code);
  });
  it.each([
    [100, 80],
    [1000, 278],
    [10000, 370],
    [100000, 383],
  ])('Krejcie & Morgan sample for %d is %d', (population, n) => {
    expect(skmSampleSize(population)).toBe(n);
  });
});

describe('§11 merit and §12 IP ASN', () => {
  it.each([
    [246.5, 'II', 'Kurang'],
    [262, 'III', 'Baik'],
    [175, 'II', 'Kurang'],
    [174.99, 'I', 'Buruk'],
    [250, 'III', 'Baik'],
    [325, 'IV', 'Sangat Baik'],
    [400, 'IV', 'Sangat Baik'],
  ])('merit %d → %s %s', (score, code, label) => {
    expect(meritCategory(score)).toEqual({ code, label });
  });
  it.each([
    [71, 'S', 'Sedang'],
    [78, 'S', 'Sedang'],
    [20 + 28 + 25 + 5, 'S', 'Sedang'],
    [90, 'T', 'Tinggi'],
    [90.01, 'ST', 'Sangat Tinggi'],
    [70, 'R', 'Rendah'],
    [60, 'SR', 'Sangat Rendah'],
    [74.46, 'S', 'Sedang'],
  ])('IP ASN %d → %s', (value, code, label) => {
    expect(ipAsnCategory(value)).toEqual({ code, label });
  });
});
