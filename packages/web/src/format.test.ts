import { describe, expect, it } from 'vitest';
import { comparePeriods, formatDate, formatDecimal, formatNumber, formatPercent, formatPeriod, formatRupiah, roundHalfUp } from './format.ts';

// Intl puts a narrow or ordinary space nowhere in these formats; compare literally.
describe('formatDecimal (seed figures)', () => {
  it.each([
    [71.51, '71,51'],
    [100, '100,00'],
    [246.5, '246,50'],
    [1655.56, '1.655,56'],
    [1.005, '1,01'], // half-up on the decimal value, not the binary float
    [94.666, '94,67'],
    [-3.456, '-3,46'],
    [null, '–'],
  ])('%s → %s', (value, text) => expect(formatDecimal(value)).toBe(text));
});

describe('formatNumber', () => {
  it.each([
    [250, undefined, '250'],
    [1824, undefined, '1.824'],
    [81.62, undefined, '81,62'],
    [71, 2, '71,00'],
    [Number.NaN, undefined, '–'],
  ])('%s (%s decimals) → %s', (value, decimals, text) => expect(formatNumber(value, decimals)).toBe(text));
});

describe('formatRupiah', () => {
  it.each([
    [18953949068, 'Rp 18.953.949.068'],
    [27346788906, 'Rp 27.346.788.906'],
    [221442000, 'Rp 221.442.000'],
    [0, 'Rp 0'],
    [-7500000, '-Rp 7.500.000'],
    [undefined, '–'],
  ])('%s → %s', (value, text) => expect(formatRupiah(value)).toBe(text));
});

describe('formatPercent', () => {
  it.each([
    [(24914147619 / 27346788906) * 100, '91,10 %'],
    [108.5714, '108,57 %'],
    [309.15, '309,15 %'],
    [null, '–'],
  ])('%s → %s', (value, text) => expect(formatPercent(value)).toBe(text));
});

describe('formatDate', () => {
  it.each([
    ['2025-10-21', '21 Oktober 2025'],
    ['2025-01-25', '25 Januari 2025'],
    ['2023-05-31T00:00:00.000Z', '31 Mei 2023'],
    ['Agustus 2024', 'Agustus 2024'],
    [null, '–'],
  ])('%s → %s', (value, text) => expect(formatDate(value)).toBe(text));
});

describe('formatPeriod', () => {
  it.each([
    ['2024', '2024'],
    ['2024-Q2', 'TW II 2024'],
    ['2025-S1', 'Semester I 2025'],
    ['2025-07', 'Juli 2025'],
    ['lainnya', 'lainnya'],
  ])('%s → %s', (key, text) => expect(formatPeriod(key)).toBe(text));
});

describe('comparePeriods', () => {
  it('orders years, semesters, quarters and months', () => {
    const keys = ['2025-07', '2024-Q2', '2025', '2024', '2025-S1', '2025-Q1', '2025-01'];
    expect([...keys].sort(comparePeriods)).toEqual(['2024', '2024-Q2', '2025', '2025-S1', '2025-Q1', '2025-01', '2025-07']);
  });
});

describe('roundHalfUp', () => {
  it.each([
    [1.0679, 3, 1.068],
    [90.004, 2, 90],
    [2.5, 0, 3],
  ])('%s to %s → %s', (v, d, r) => expect(roundHalfUp(v, d)).toBe(r));
});
