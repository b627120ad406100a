/**
 * domain-rules.md §14: the worked examples from the seeds that are computations, each as the
 * engine computes it (✔ rows recompute the printed value; ✘ rows give the value the product
 * shows instead of the printed one).
 */
import { describe, expect, it } from 'vitest';
import {
  absorption,
  aggregate,
  akipPredikat,
  capaian,
  efficiency,
  mean,
  meritCategory,
  parseIdNumber,
  roundHalfUp,
  skmMutu,
  sumChildren,
  truncateTo,
} from '../src/index.ts';

const r2 = (v: number | null | undefined): number => roundHalfUp(v ?? NaN, 2);
const pct = (t: number, r: number): number => r2(capaian(t, r, 'positive').value);

describe('§14 worked examples', () => {
  it('ex. 1 — merit 246,5 / 250 = 98,60 %, band ST, category II Kurang', () => {
    expect(pct(250, 246.5)).toBe(98.6);
    expect(meritCategory(246.5).code).toBe('II');
  });
  it('ex. 2 — 396 of 425 jabatan trained = 93,18 %, 29 untrained (printed 92 %, 30)', () => {
    expect(r2((396 * 100) / 425)).toBe(93.18);
    expect(425 - 396).toBe(29);
    expect(pct(90, 90)).toBe(100);
  });
  it('ex. 3 — SKM: mean of quarters 81,775 → 81,78; capaian with printed 81,62 = 102,03 %; mutu B', () => {
    const annual = aggregate([80.8, 80.8, 80.8, 84.7], 'average');
    expect(r2(annual)).toBe(81.78);
    expect(pct(80, 81.62)).toBe(102.03);
    expect(skmMutu(81.62).code).toBe('B');
    expect(skmMutu(annual ?? 0).code).toBe('B');
    expect(r2(mean([100, 100, 98.6, 103.26, 100, 101.15]))).toBe(100.5);
  });
  it('ex. 4 — Renstra 71,51/75 = 95,35 % (printed 94,66 = 71/75 truncated); E = 1,0679 / 1,1163 / 1,128', () => {
    expect(pct(75, 71.51)).toBe(95.35);
    expect(truncateTo(capaian(75, 71, 'positive').value ?? NaN, 2)).toBe(94.66);
    expect(truncateTo(efficiency(95.66, 89.58).value ?? NaN, 4)).toBe(1.0678);
    expect(roundHalfUp(efficiency(95.66, 89.58).value ?? NaN, 4)).toBe(1.0679);
    expect(roundHalfUp(efficiency(95.35, 89.58).value ?? NaN, 4)).toBe(1.0644);
    expect(roundHalfUp(efficiency(100, 89.58).value ?? NaN, 4)).toBe(1.1163);
    expect(truncateTo(efficiency(104, 92.16).value ?? NaN, 3)).toBe(1.128);
    expect(roundHalfUp(((truncateTo(95.66 / 89.58, 3) + truncateTo(104 / 92.16, 3)) / 2), 4)).toBe(1.0975);
    expect(r2(absorption(10071435231, 11243148006))).toBe(89.58);
  });
  it('ex. 5 — AKIP components 2023 sum to 71,50 (printed 71,51), 2022 to 65,16; predikat BB and B', () => {
    expect(roundHalfUp(sumChildren([26.97, 16.93, 10.1, 17.5]) ?? NaN, 2)).toBe(71.5);
    expect(roundHalfUp(sumChildren([20.1, 20.46, 9.15, 15.45]) ?? NaN, 2)).toBe(65.16);
    expect(akipPredikat(71.51).code).toBe('BB');
    expect(akipPredikat(65.16).code).toBe('B');
  });
  it('ex. 6 — serapan and the malformed amount', () => {
    expect(r2(absorption(10078987635, 11149647100))).toBe(90.4);
    expect(r2(absorption(121407900, 453845100))).toBe(26.75);
    expect(r2(absorption(7781600, 7900000))).toBe(98.5);
    expect(sumChildren([550000, 7350000])).toBe(7900000);
    expect(sumChildren([22644434619, 2198333000])).not.toBe(24914147619);
    expect(() => parseIdNumber('221.442.00', 'money')).toThrow();
    expect(r2(absorption(24914147619, 27346788906))).toBe(91.1);
  });
  it('ex. 7 — IP ASN 74,46 / 70 = 106,37 %; (42,45 + 54,94 + 74,46)/3 = 57,28 → 71,60 %; default 93,08 %', () => {
    expect(pct(70, 74.46)).toBe(106.37);
    const legacy = mean([42.45, 54.94, 74.46]);
    expect(r2(legacy)).toBe(57.28);
    expect(pct(80, legacy ?? NaN)).toBe(71.6);
    expect(pct(80, 74.46)).toBe(93.08);
  });
  it('ex. 8 — 6/10 = 60 %; 153 + 20 + 6 = 179; 179/227 = 78,85 %', () => {
    expect(pct(10, 6)).toBe(60);
    expect(sumChildren([153, 20, 6])).toBe(179);
    expect(sumChildren([110, 24, 23, 24, 23, 23])).toBe(227);
    expect(pct(227, 179)).toBe(78.85);
  });
  it('ex. 9 — rows that do not recompute', () => {
    expect(pct(87, 75)).toBe(86.21);
    expect(r2(87 * 0.8577)).toBe(74.62);
    expect(r2(mean([84.94, 92.7, 74.62]))).toBe(84.09);
    expect(pct(60, 31)).toBe(51.67);
    expect(pct(12, 31)).toBe(258.33);
    expect(pct(5, 4)).toBe(80);
    expect(pct(6, 4)).toBe(66.67);
    expect(r2(aggregate([89.13, 99.97, null], 'average', true))).toBe(63.03);
    expect(aggregate([89.13, 99.97, null], 'last')).toBe(99.97);
    expect(pct(96, 99.97)).toBe(104.14);
    expect(pct(26.64, 39.98 + 29.64 + 4.7)).toBe(278.98);
    expect(truncateTo(capaian(26.64, 39.98 + 29.64 + 4.7, 'positive').value ?? NaN, 2)).toBe(278.97);
  });
  it('ex. 10 — 99,97/93 = 107,49 %; 93/96 = 96,88 %; JUMLAH = Σ programs; chapter IV differs by 515.000.000', () => {
    expect(pct(93, 99.97)).toBe(107.49);
    expect(pct(96, 93)).toBe(96.88);
    expect(sumChildren([15633331188, 8290000000, 8820000000])).toBe(32743331188);
    expect(32743331188 - parseIdNumber('Rp 32.228.331.188,00', 'money')).toBe(515000000);
    expect(387750000 - 100000000).toBe(287750000);
  });
  it('ex. 11 — schedules: 95 ✔, 90 ✔, 71,51 ✔; 4 × 250 = 1 000 ≠ 800; 4 × 200 = 800 ≠ 2 000; 50 ≠ 5', () => {
    expect(aggregate([10, 25, 30, 30], 'cumulative')).toBe(95);
    expect(aggregate([15, 20, 25, 30], 'cumulative')).toBe(90);
    expect(aggregate(Array(12).fill(71.51), 'last')).toBe(71.51);
    expect(aggregate([250, 250, 250, 250], 'cumulative')).toBe(1000);
    expect(aggregate([200, 200, 200, 200], 'cumulative')).toBe(800);
    expect(aggregate([10, 10, 10, 20], 'cumulative')).toBe(50);
    expect(sumChildren([10022791347, 8931157721])).toBe(18953949068);
  });
});
