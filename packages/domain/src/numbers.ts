/**
 * Indonesian number notation: parse what documents print (`71,51`, `18.953.949.068,00`,
 * `Rp 1.000`, `95 %`) and format for display. Rounding is decimal-safe (1,005 → 1,01).
 */
import { KinerjaError } from './errors.ts';
import { MSG } from './messages.ts';

export type NumberKind = 'count' | 'percent' | 'money' | 'decimal';
export type RoundingMode = 'half_up' | 'truncate';

/** Removes binary-float noise (102.02499999999999 → 102.025) before decimal rounding. */
const clean = (n: number): number => Number(n.toPrecision(15));

/** n × 10^d without binary multiplication error (shifts the decimal exponent of the text form). */
const shift = (n: number, d: number): number => {
  const [mantissa, exponent] = String(n).split('e');
  return Number(`${mantissa}e${Number(exponent ?? 0) + d}`);
};

/** Half-up rounding away from zero on the decimal value: 1.005 → 1.01, 88.305 → 88.31, -1.005 → -1.01. */
export function roundHalfUp(n: number, decimals: number): number {
  if (!Number.isFinite(n)) return n;
  const sign = n < 0 ? -1 : 1;
  const rounded = shift(Math.round(shift(clean(Math.abs(n)), decimals)), -decimals);
  return rounded === 0 ? 0 : sign * rounded;
}

/** Truncation towards zero on the decimal value (legacy documents: 1,0679 → 1,067). */
export function truncateTo(n: number, decimals: number): number {
  if (!Number.isFinite(n)) return n;
  const sign = n < 0 ? -1 : 1;
  const t = shift(Math.trunc(shift(clean(Math.abs(n)), decimals)), -decimals);
  return t === 0 ? 0 : sign * t;
}

export function roundTo(n: number, decimals: number, mode: RoundingMode = 'half_up'): number {
  return mode === 'truncate' ? truncateTo(n, decimals) : roundHalfUp(n, decimals);
}

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** `71,51`, `1.234,50`, `18.953.949.068` (decimals 0); null/undefined/NaN → `-`. */
export function formatIdNumber(
  n: number | null | undefined,
  decimals = 2,
  mode: RoundingMode = 'half_up',
): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '-';
  const r = roundTo(n, decimals, mode);
  const [intPart, frac] = Math.abs(r).toFixed(decimals).split('.');
  const body = groupThousands(intPart ?? '0') + (frac ? `,${frac}` : '');
  return r < 0 ? `-${body}` : body;
}

/** `Rp 18.953.949.068` (whole rupiah); null → `-`. */
export function formatRupiah(n: number | null | undefined, withPrefix = true): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '-';
  const body = formatIdNumber(Math.abs(n), 0);
  const text = withPrefix ? `Rp ${body}` : body;
  return n < 0 ? `-${text}` : text;
}

/** `91,10 %`; null → `-`. */
export function formatPercent(n: number | null | undefined, decimals = 2, mode: RoundingMode = 'half_up'): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '-';
  return `${formatIdNumber(n, decimals, mode)} %`;
}

const fail = (reason: string, text: string): never => {
  throw new KinerjaError('invalid', reason, text);
};

/** Integer part with thousands groups: first group 1–3 digits, the others exactly 3. */
const parseGrouped = (part: string, sep: '.' | ',', text: string): string => {
  const groups = part.split(sep);
  const [first, ...rest] = groups;
  if (!first || !/^\d{1,3}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))) fail(MSG.malformedGroups, text);
  return groups.join('');
};

/**
 * Reads a number as Indonesian documents print it. Decimal comma and dot thousands are the
 * norm; when both separators occur the last one is the decimal mark (`3,600,000.00`); a single
 * dot followed by exactly three digits is ambiguous and resolved only by `kind` (count, money →
 * thousands); groups not three digits long are malformed (`221.442.00`). Throws KinerjaError.
 */
export function parseIdNumber(text: string, kind?: NumberKind): number {
  let s = text.trim().replace(/\u2212/g, '-').replace(/\u00a0/g, ' ');
  s = s.replace(/^rp\.?\s*/i, '').replace(/\s*(%|persen)$/i, '').trim();
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s.startsWith('-') ? -1 : 1;
    s = s.slice(1).trim();
  }
  s = s.replace(/^rp\.?\s*/i, '');
  if (s === '' || /^[-–—]+$/.test(s)) fail(MSG.noNumber, text);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) fail(MSG.notANumber, text);

  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let intDigits: string;
  let fracDigits = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalSep = lastDot > lastComma ? '.' : ',';
    const thousandSep = decimalSep === '.' ? ',' : '.';
    const decimalAt = s.lastIndexOf(decimalSep);
    const head = s.slice(0, decimalAt);
    fracDigits = s.slice(decimalAt + 1);
    if (head.includes(decimalSep) || !/^\d+$/.test(fracDigits)) fail(MSG.malformedGroups, text);
    intDigits = parseGrouped(head, thousandSep, text);
  } else if (lastComma >= 0) {
    const parts = s.split(',');
    if (parts.length > 2) intDigits = parseGrouped(s, ',', text);
    else {
      intDigits = parts[0] ?? '';
      fracDigits = parts[1] ?? '';
      if (!/^\d+$/.test(intDigits) || !/^\d+$/.test(fracDigits)) fail(MSG.notANumber, text);
    }
  } else if (lastDot >= 0) {
    const parts = s.split('.');
    if (parts.length > 2) intDigits = parseGrouped(s, '.', text);
    else {
      const [head = '', tail = ''] = parts;
      if (!/^\d+$/.test(head) || !/^\d+$/.test(tail)) fail(MSG.notANumber, text);
      if (tail.length === 3 && head.length <= 3) {
        if (kind === 'count' || kind === 'money') intDigits = head + tail;
        else return fail(MSG.ambiguousThousands, text);
      } else {
        intDigits = head;
        fracDigits = tail;
      }
    }
  } else {
    intDigits = s;
  }
  const value = sign * Number(`${intDigits}${fracDigits ? `.${fracDigits}` : ''}`);
  if (kind === 'money' && !Number.isInteger(value)) fail(MSG.moneyNotInteger, text);
  return value === 0 ? 0 : value;
}

/** parseIdNumber that returns null instead of throwing (for cells that may hold `-` or text). */
export function tryParseIdNumber(text: string, kind?: NumberKind): number | null {
  try {
    return parseIdNumber(text, kind);
  } catch {
    return null;
  }
}

/** A period-map value as a number: numbers pass, numeric text is parsed, anything else is null. */
export function numericValue(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return tryParseIdNumber(value, 'decimal');
  return null;
}
