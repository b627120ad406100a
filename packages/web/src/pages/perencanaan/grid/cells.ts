/**
 * What a grid cell holds: whether it applies to its row, its value in the plan, the text shown
 * (Indonesian numbers: `71,51`, `18.953.949.068`), the text put in the editor, and the parse of
 * what the user typed or pasted (domain rules for numbers and Kepmendagri codes).
 */
import { extendsParent, isKinerjaError, parseIdNumber, validateCode, type Aggregation, type NumberKind, type Polarity } from '@kinerja/domain';
import { formatNumber } from '../../../format.ts';
import { id } from '../../../i18n/id.ts';
import type { Column } from './columns.ts';
import type { GridRow } from './rows.ts';

const t = id.planningEdit;
const CODED = new Set(['program', 'kegiatan', 'subkegiatan']);

export type CellValue = string | number | null;

export type Parsed = { ok: true; value: CellValue } | { ok: false; message: string };

export function applies(row: GridRow, col: Column): boolean {
  if (col.appliesTo !== 'both' && col.appliesTo !== row.type) return false;
  if (col.kind === 'code') return row.type === 'node' && CODED.has(row.node.kind);
  return true;
}

export function cellValue(row: GridRow, col: Column): CellValue {
  if (row.type === 'node') {
    const n = row.node;
    if (col.kind === 'code') return n.code ?? null;
    if (col.kind === 'name') return n.name;
    if (col.kind === 'pagu' && col.period) return n.budget?.[col.period] ?? null;
    return null;
  }
  const i = row.indicator;
  switch (col.kind) {
    case 'name':
      return i.name;
    case 'unit':
      return i.unit ?? null;
    case 'polarity':
      return i.polarity ?? null;
    case 'aggregation':
      return i.aggregation ?? null;
    case 'target': {
      if (!col.period) return null;
      const map = col.valueKind === 'renstra_target' ? i.renstra_targets : i.targets;
      return map?.[col.period] ?? null;
    }
    default:
      return null;
  }
}

const labelOf = (map: Record<string, string>, v: CellValue): string => (v === null ? '' : (map[String(v)] ?? String(v)));

/** The text a cell shows. */
export function displayText(row: GridRow, col: Column): string {
  if (!applies(row, col)) return '';
  const v = cellValue(row, col);
  if (v === null) return '';
  if (col.kind === 'polarity') return labelOf(id.indicator.polarities, v);
  if (col.kind === 'aggregation') return labelOf(id.indicator.aggregations, v);
  if (col.kind === 'pagu') return typeof v === 'number' ? formatNumber(v, 0) : String(v);
  if (typeof v === 'number') return formatNumber(v);
  return v;
}

/** The exact value as Indonesian text (`0,125`, `18.953.949.068`): what the editor starts with. */
export function editText(row: GridRow, col: Column): string {
  if (!applies(row, col)) return '';
  const v = cellValue(row, col);
  if (typeof v === 'number') return col.kind === 'pagu' ? formatNumber(v, 0) : String(v).replace('.', ',');
  return displayText(row, col);
}

const COUNT_UNITS = /orang|dokumen|laporan|kegiatan|unit|berkas|paket|kali|jam|buah|surat|ASN|pegawai|sk\b/i;

/** How an ambiguous `1.824` reads: thousands for counts, an error for percentages and indices. */
export const numberKindFor = (unit: string | null | undefined): NumberKind => (unit && COUNT_UNITS.test(unit) ? 'count' : 'decimal');

const NUMERIC_LIKE = /^[\s+\-−]?(rp\.?\s*)?[\d.,\s]+(%|persen)?$/i;

const POLARITIES: [RegExp, Polarity][] = [
  [/^(p|pos|positi(f|ve))$/i, 'positive'],
  [/^(n|neg|negati(f|ve))$/i, 'negative'],
  [/^(r|rentang|range)$/i, 'range'],
];
const AGGREGATIONS: [RegExp, Aggregation][] = [
  [/^(k|kum|kumulatif|cumulative)$/i, 'cumulative'],
  [/^(a|akhir|posisi akhir|last|non ?kumulatif)$/i, 'last'],
  [/^(r|rata|rata-rata|rata rata|average)$/i, 'average'],
];

const fromWords = <T>(table: [RegExp, T][], text: string): T | null => table.find(([re]) => re.test(text))?.[1] ?? null;

/** The domain's message without its `where` prefix (the cell is already the place). */
function errorMessage(e: unknown): string {
  if (!isKinerjaError(e)) return t.notANumber;
  const prefix = e.where ? `${e.where}: ` : '';
  return prefix && e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
}

/** Parses typed or pasted text for a cell; empty text clears the cell (except the name). */
export function parseCell(row: GridRow, col: Column, raw: string): Parsed {
  const text = raw.replace(/[\u00a0\u2007\u202f]/g, ' ').trim();
  switch (col.kind) {
    case 'name':
      if (!text) return { ok: false, message: t.nameRequired };
      return text.length > 2000 ? { ok: false, message: t.tooLong(2000) } : { ok: true, value: text };
    case 'unit':
      if (text.length > 100) return { ok: false, message: t.tooLong(100) };
      return { ok: true, value: text || null };
    case 'polarity': {
      if (!text) return { ok: true, value: null };
      const p = fromWords(POLARITIES, text);
      return p ? { ok: true, value: p } : { ok: false, message: t.unknownPolarity };
    }
    case 'aggregation': {
      if (!text) return { ok: true, value: null };
      const a = fromWords(AGGREGATIONS, text);
      return a ? { ok: true, value: a } : { ok: false, message: t.unknownAggregation };
    }
    case 'code':
      return parseCode(row, text);
    case 'pagu':
      return parsePagu(text);
    case 'target':
      return parseTarget(row, text);
  }
}

export function parseCode(row: GridRow, text: string): Parsed {
  if (!text) return { ok: true, value: null };
  if (row.type !== 'node') return { ok: false, message: t.codeInvalid('') };
  const v = validateCode(text, row.node.kind);
  if (!v.ok) return { ok: false, message: t.codeInvalid(v.reason ?? '') };
  const parent = row.parent;
  if (parent?.code && (parent.kind === 'program' || parent.kind === 'kegiatan') && !extendsParent(text, parent.code)) {
    return { ok: false, message: t.codeNotUnderParent(text, parent.code) };
  }
  return { ok: true, value: text };
}

function parsePagu(text: string): Parsed {
  if (!text) return { ok: true, value: null };
  try {
    const v = parseIdNumber(text, 'money');
    return v < 0 ? { ok: false, message: t.paguNegative } : { ok: true, value: v };
  } catch (e) {
    return { ok: false, message: errorMessage(e) };
  }
}

function parseTarget(row: GridRow, text: string): Parsed {
  if (!text) return { ok: true, value: null };
  if (!NUMERIC_LIKE.test(text) || !/\d/.test(text)) return text.length > 40 ? { ok: false, message: t.tooLong(40) } : { ok: true, value: text };
  try {
    return { ok: true, value: parseIdNumber(text, numberKindFor(row.type === 'indicator' ? row.indicator.unit : null)) };
  } catch (e) {
    return { ok: false, message: errorMessage(e) };
  }
}
