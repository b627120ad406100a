/**
 * Reading a target or realisation cell: a number, a range (`[80, 90]`, `80-90`, `80 – 90 %`),
 * an ordinal code or label (`BB`, `Baik`, `II`), a binary word (`Ada`), a numeric twin
 * (`71,51 (BB)` → the number), or nothing (`-`, empty, null).
 */
import { tryParseIdNumber } from './numbers.ts';

export type CapaianInput = number | string | readonly [number, number] | null | undefined;

export type OrdinalScaleName = 'akip' | 'skm' | 'merit' | 'akip_label' | 'skm_label' | 'merit_label' | 'binary';

export type CellValue =
  | { kind: 'none' }
  | { kind: 'number'; value: number }
  | { kind: 'range'; lo: number; hi: number }
  | { kind: 'ordinal'; text: string; ranks: Partial<Record<OrdinalScaleName, number>> }
  | { kind: 'invalid'; text: string };

/** §4.5 default scales; rank 1 is the worst. Labels are compared case-insensitively. */
export const ORDINAL_SCALES: Record<OrdinalScaleName, readonly string[]> = {
  akip: ['d', 'c', 'cc', 'b', 'bb', 'a', 'aa'],
  skm: ['d', 'c', 'b', 'a'],
  merit: ['i', 'ii', 'iii', 'iv'],
  akip_label: ['sangat kurang', 'kurang', 'cukup', 'baik', 'sangat baik', 'memuaskan', 'sangat memuaskan'],
  skm_label: ['tidak baik', 'kurang baik', 'baik', 'sangat baik'],
  merit_label: ['buruk', 'kurang', 'baik', 'sangat baik'],
  binary: ['tidak', 'ya'],
};

const BINARY_WORDS: Record<string, number> = {
  ada: 2,
  ya: 2,
  sudah: 2,
  tersedia: 2,
  'tidak ada': 1,
  tidak: 1,
  belum: 1,
  'tidak tersedia': 1,
};

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^(predikat|kategori|mutu)\s+/, '');

function ordinalRanks(text: string): Partial<Record<OrdinalScaleName, number>> {
  const t = norm(text);
  const ranks: Partial<Record<OrdinalScaleName, number>> = {};
  for (const [name, scale] of Object.entries(ORDINAL_SCALES) as [OrdinalScaleName, readonly string[]][]) {
    const i = scale.indexOf(t);
    if (i >= 0) ranks[name] = i + 1;
  }
  const binary = BINARY_WORDS[t];
  if (binary !== undefined) ranks.binary = binary;
  return ranks;
}

const RANGE = /^\s*(-?[\d.,]+)\s*(?:-|–|—|s\.?d\.?|s\/d|sampai)\s*(-?[\d.,]+)\s*(%|persen)?\s*$/i;
const TWIN = /^\s*(-?[\d.,]+)\s*(?:%|persen)?\s*\(\s*[A-Za-z ]+\s*\)\s*$/i;
const TWIN_REVERSED = /^\s*[A-Za-z]+\s*\(\s*(-?[\d.,]+)\s*\)\s*$/;

export function readCell(input: CapaianInput): CellValue {
  if (input === null || input === undefined) return { kind: 'none' };
  if (typeof input === 'number') return Number.isFinite(input) ? { kind: 'number', value: input } : { kind: 'none' };
  if (Array.isArray(input)) {
    const [a, b] = input as readonly [number, number];
    return { kind: 'range', lo: Math.min(a, b), hi: Math.max(a, b) };
  }
  const text = String(input).trim();
  if (text === '' || /^[-–—]+$/.test(text) || /^(n\/a|na)$/i.test(text)) return { kind: 'none' };
  const n = tryParseIdNumber(text, 'decimal');
  if (n !== null) return { kind: 'number', value: n };
  const twin = TWIN.exec(text) ?? TWIN_REVERSED.exec(text);
  if (twin?.[1]) {
    const v = tryParseIdNumber(twin[1], 'decimal');
    if (v !== null) return { kind: 'number', value: v };
  }
  const range = RANGE.exec(text);
  if (range?.[1] && range[2]) {
    const lo = tryParseIdNumber(range[1], 'decimal');
    const hi = tryParseIdNumber(range[2], 'decimal');
    if (lo !== null && hi !== null) return { kind: 'range', lo: Math.min(lo, hi), hi: Math.max(lo, hi) };
  }
  const ranks = ordinalRanks(text);
  if (Object.keys(ranks).length > 0) return { kind: 'ordinal', text, ranks };
  return { kind: 'invalid', text };
}

/** The first scale both values belong to, with their ranks and the scale length. */
export function commonScale(
  a: Partial<Record<OrdinalScaleName, number>>,
  b: Partial<Record<OrdinalScaleName, number>>,
): { scale: OrdinalScaleName; a: number; b: number } | null {
  for (const name of Object.keys(ORDINAL_SCALES) as OrdinalScaleName[]) {
    const ra = a[name];
    const rb = b[name];
    if (ra !== undefined && rb !== undefined) return { scale: name, a: ra, b: rb };
  }
  return null;
}
