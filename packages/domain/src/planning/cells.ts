/**
 * Reading one pasted cell for its field: targets (`71,51`, `88 Nilai`, `-`, `BB`), money
 * (`10.022.791.347,00`), schedule values. A cell that cannot be read yields a message, never a guess.
 */
import { KinerjaError } from '../errors.ts';
import { parseIdNumber, type NumberKind } from '../numbers.ts';
import { PM } from './messages.ts';

export type CellRead<T> = { ok: true; value: T } | { ok: false; message: string };

const DASH = /^[-–—]+$/;
const DECIMAL_UNITS = /persen|%|indeks|nilai|skor|rasio|predikat/i;

/** Count-like units resolve `1.824` as thousands; percent, index and score units keep it ambiguous. */
export const numberKindForUnit = (unit: string | null): NumberKind | undefined =>
  unit && !DECIMAL_UNITS.test(unit) ? 'count' : undefined;

function parse(text: string, kind: NumberKind | undefined): CellRead<number> {
  try {
    return { ok: true, value: parseIdNumber(text, kind) };
  } catch (e) {
    if (e instanceof KinerjaError && /ambigu/.test(e.message)) return { ok: false, message: PM.ambiguous };
    if (e instanceof KinerjaError && /bulat/.test(e.message)) return { ok: false, message: PM.moneyNotInteger };
    const reason = e instanceof KinerjaError ? e.message.replace(`${text}: `, '') : String(e);
    return { ok: false, message: PM.notANumber(reason) };
  }
}

export interface TargetCell {
  value: number | string | null;
  /** a unit printed in the same cell (`88 Nilai` → `Nilai`) */
  unit: string | null;
}

/** A target or schedule cell: empty → null, `-` kept as text, `BB`/`Ada` kept as text, else a number. */
export function readTarget(text: string, unit: string | null, allowUnit = true): CellRead<TargetCell> {
  if (text === '') return { ok: true, value: { value: null, unit: null } };
  if (DASH.test(text)) return { ok: true, value: { value: '-', unit: null } };
  if (!/\d/.test(text)) return { ok: true, value: { value: text, unit: null } };
  const m = /^([-+]?\s*[\d.,]+)\s*(%|[A-Za-z][A-Za-z /.]*)?$/.exec(text);
  if (!m) {
    const n = parse(text, numberKindForUnit(unit));
    return n.ok ? { ok: true, value: { value: n.value, unit: null } } : n;
  }
  const cellUnit = m[2]?.trim() || null;
  if (cellUnit && cellUnit !== '%' && !allowUnit) {
    const n = parse(text, undefined);
    return n.ok ? { ok: true, value: { value: n.value, unit: null } } : n;
  }
  const n = parse(m[1] ?? '', numberKindForUnit(cellUnit ?? unit));
  return n.ok ? { ok: true, value: { value: n.value, unit: cellUnit === '%' ? null : cellUnit } } : n;
}

/** A money cell: empty or `-` → null, else integer rupiah. */
export function readMoney(text: string): CellRead<number | null> {
  if (text === '' || DASH.test(text)) return { ok: true, value: null };
  return parse(text, 'money');
}

export const textOrNull = (text: string): string | null => (text === '' ? null : text);
