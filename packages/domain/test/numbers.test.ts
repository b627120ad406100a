import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatIdNumber,
  formatPercent,
  formatRupiah,
  isKinerjaError,
  parseIdNumber,
  roundHalfUp,
  truncateTo,
  type NumberKind,
} from '../src/index.ts';

describe('parseIdNumber', () => {
  const ok: [string, NumberKind | undefined, number][] = [
    ['71,51', undefined, 71.51],
    ['18.953.949.068', 'money', 18953949068],
    ['18.953.949.068', undefined, 18953949068],
    ['18.953.949.068,00', 'money', 18953949068],
    ['1.234,5', undefined, 1234.5],
    ['95%', 'percent', 95],
    ['95 %', 'percent', 95],
    ['24.64 Persen', 'percent', 24.64],
    ['Rp 1.000', 'money', 1000],
    ['Rp. 1.000,00', 'money', 1000],
    ['Rp 24.914.147.619', 'money', 24914147619],
    ['-1,5', undefined, -1.5],
    ['3,600,000.00', 'money', 3600000],
    ['1.824', 'count', 1824],
    ['1.824', 'money', 1824],
    ['246,5', 'decimal', 246.5],
    ['0', 'count', 0],
    ['52.799.638.514,00', 'money', 52799638514],
  ];
  it.each(ok)('%s (%s) → %d', (text, kind, expected) => {
    expect(parseIdNumber(text, kind)).toBe(expected);
  });

  const bad: [string, NumberKind | undefined, RegExp][] = [
    ['-', undefined, /tidak ada angka/],
    ['', undefined, /tidak ada angka/],
    ['221.442.00', 'money', /ribuan tidak valid/],
    ['4.851.833.00', 'money', /ribuan tidak valid/],
    ['1.824', undefined, /ambigu/],
    ['1.824', 'percent', /ambigu/],
    ['1.824', 'decimal', /ambigu/],
    ['Baik', undefined, /bukan angka/],
    ['12,5', 'money', /bulat/],
  ];
  it.each(bad)('rejects %s (%s)', (text, kind, reason) => {
    let caught: unknown;
    try {
      parseIdNumber(text, kind);
    } catch (e) {
      caught = e;
    }
    expect(isKinerjaError(caught)).toBe(true);
    if (isKinerjaError(caught)) {
      expect(caught.code).toBe('invalid');
      expect(caught.where).toBe(text);
      expect(caught.message).toMatch(reason);
    }
  });
});

describe('rounding and formatting', () => {
  it.each([
    [1.005, 2, 1.01],
    [88.305, 2, 88.31],
    [81.775, 2, 81.78],
    [102.025, 2, 102.03],
    [(81.62 * 100) / 80, 2, 102.03],
    [(74.46 * 100) / 80, 2, 93.08],
    [(71.51 * 100) / 75, 2, 95.35],
    [-1.005, 2, -1.01],
    [90.004, 2, 90],
    [2.5, 0, 3],
  ])('roundHalfUp(%d, %d) = %d', (n, d, expected) => {
    expect(roundHalfUp(n, d)).toBe(expected);
  });

  it.each([
    [95.66 / 89.58, 3, 1.067],
    [(71 * 100) / 75, 2, 94.66],
  ])('truncateTo(%d, %d) = %d (legacy LKjIP)', (n, d, expected) => {
    expect(truncateTo(n, d)).toBe(expected);
  });

  it.each([
    [71.51, 2, '71,51'],
    [1234.5, 2, '1.234,50'],
    [18953949068, 0, '18.953.949.068'],
    [(246.5 * 100) / 250, 2, '98,60'],
    [-1.5, 2, '-1,50'],
    [0, 2, '0,00'],
  ])('formatIdNumber(%d, %d) = %s', (n, d, expected) => {
    expect(formatIdNumber(n, d)).toBe(expected);
  });

  it('formats with truncation for legacy documents', () => {
    expect(formatIdNumber(1.0679, 3, 'truncate')).toBe('1,067');
    expect(formatIdNumber(1.0679, 3)).toBe('1,068');
  });

  it('formats rupiah, percent and missing values', () => {
    expect(formatRupiah(18953949068)).toBe('Rp 18.953.949.068');
    expect(formatRupiah(18953949068, false)).toBe('18.953.949.068');
    expect(formatRupiah(-7500000)).toBe('-Rp 7.500.000');
    expect(formatPercent((24914147619 * 100) / 27346788906)).toBe('91,10 %');
    expect(formatIdNumber(null)).toBe('-');
    expect(formatRupiah(undefined)).toBe('-');
    expect(formatPercent(null)).toBe('-');
  });
});

describe('format → parse round trip (property)', () => {
  it('integers survive as money', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(parseIdNumber(formatIdNumber(n, 0), 'money')).toBe(n);
        expect(parseIdNumber(formatRupiah(n), 'money')).toBe(n);
      }),
    );
  });
  it('2-decimal values survive', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (cents) => {
        const n = cents / 100;
        expect(parseIdNumber(formatIdNumber(n, 2), 'decimal')).toBe(n);
      }),
    );
  });
});
