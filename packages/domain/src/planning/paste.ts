/**
 * The paste mapper: a table copied from Word or Excel (TSV, Indonesian numbers, merged and
 * multi-row headers, repeated headers after page breaks, stray spaces) → detected columns with a
 * suggested field each, the rows as plan rows, and every bad cell by row and column. Pure: the
 * server previews it and saves it only when the user confirms and no cell is bad.
 */
import { extendsParent, validateCode } from '../codes.ts';
import type { NodeKind } from '../dataset.ts';
import { readMoney, readTarget, textOrNull } from './cells.ts';
import { detectHeaderRows, isRepeatedHeader, mergeHeaders } from './header.ts';
import { PM } from './messages.ts';
import { childKind, kindFromCode, kindFromNumbering, levelOf } from './row-kind.ts';
import { suggestAggregation } from './aggregation.ts';
import { suggestMapping } from './suggest.ts';
import { isBlankRow, parseTsv } from './tsv.ts';
import {
  MONTH_FIELDS,
  QUARTER_FIELDS,
  type CellError,
  type PasteColumn,
  type PasteField,
  type PasteOptions,
  type PasteResult,
  type PasteRow,
} from './types.ts';

const TEXT_FIELDS = ['action', 'responsible', 'location', 'funding', 'note'] as const;

function periodOf(field: PasteField, year: number): string | null {
  const m = (MONTH_FIELDS as readonly string[]).indexOf(field);
  if (m >= 0) return `${year}-${String(m + 1).padStart(2, '0')}`;
  const q = (QUARTER_FIELDS as readonly string[]).indexOf(field);
  return q >= 0 ? `${year}-Q${q + 1}` : null;
}

const emptyRow = (row: number): PasteRow => ({
  row, kind: 'indicator', no: null, code: null, name: null, indicator: null, unit: null, target: null, targetNext: null,
  budget: null, budgetNext: null, action: null, responsible: null, location: null, funding: null, note: null,
  schedule: {}, aggregation: null,
});

/** The table's width: the last column any header row labels. */
function widthOf(headerRows: readonly (readonly string[])[], rows: readonly (readonly string[])[]): number {
  const lastLabelled = (r: readonly string[]) => r.reduce((w, c, i) => (c !== '' ? i + 1 : w), 0);
  const w = Math.max(0, ...headerRows.map(lastLabelled));
  return w > 0 ? w : Math.max(0, ...rows.map(lastLabelled));
}

export function mapPaste(text: string, options: PasteOptions): PasteResult {
  const all = parseTsv(text);
  const headerCount = options.headerRows ?? detectHeaderRows(all);
  const headerRows = all.slice(0, headerCount);
  const width = widthOf(headerRows, all.slice(headerCount));
  const labels = headerCount > 0 ? mergeHeaders(headerRows, width) : Array.from({ length: width }, (_, i) => `Kolom ${i + 1}`);
  const suggested = suggestMapping(labels);
  const columns: PasteColumn[] = labels.map((header, index) => ({
    index,
    header,
    field: options.mapping?.[index] ?? suggested[index] ?? 'ignore',
  }));
  const errors: CellError[] = [];
  const seen = new Map<PasteField, PasteColumn>();
  for (const c of columns) {
    if (c.field === 'ignore') continue;
    if (seen.has(c.field)) errors.push({ row: 0, column: c.index + 1, header: c.header, value: c.field, message: PM.duplicateField(c.header) });
    seen.set(c.field, c);
  }

  const rows: PasteRow[] = [];
  let lastStructural: { kind: NodeKind; code: string | null } | null = null;
  const codedAncestors: { kind: NodeKind; code: string }[] = [];
  all.slice(headerCount).forEach((cells, k) => {
    const line = headerCount + k + 1;
    if (isBlankRow(cells) || isRepeatedHeader(cells, headerRows)) return;
    const err = (column: PasteColumn | undefined, index: number, message: string) =>
      errors.push({ row: line, column: index + 1, header: column?.header ?? '', value: cells[index] ?? '', message });
    const overflow = (c: string) => c !== '' && !/^[-–—]+$/.test(c);
    const extra = cells.slice(width).filter(overflow).length;
    if (extra > 0) err(undefined, width + cells.slice(width).findIndex(overflow), PM.extraCells(extra));

    const r = emptyRow(line);
    const get = (f: PasteField) => {
      const c = seen.get(f);
      return c ? (cells[c.index] ?? '') : '';
    };
    r.no = textOrNull(get('no'));
    r.code = textOrNull(get('code'));
    r.name = textOrNull(get('name'));
    r.indicator = textOrNull(get('indicator'));
    r.unit = textOrNull(get('unit'));
    for (const f of TEXT_FIELDS) r[f] = textOrNull(get(f));

    for (const f of ['target', 'target_next'] as const) {
      const col = seen.get(f);
      if (!col) continue;
      const t = readTarget(get(f), r.unit);
      if (!t.ok) err(col, col.index, t.message);
      else {
        if (f === 'target') r.target = t.value.value;
        else r.targetNext = t.value.value;
        if (t.value.unit && !r.unit) r.unit = t.value.unit;
      }
    }
    for (const f of ['budget', 'budget_next'] as const) {
      const col = seen.get(f);
      if (!col) continue;
      const m = readMoney(get(f));
      if (!m.ok) err(col, col.index, m.message);
      else if (f === 'budget') r.budget = m.value;
      else r.budgetNext = m.value;
    }
    for (const col of columns) {
      const period = periodOf(col.field, options.year);
      if (!period) continue;
      const t = readTarget(cells[col.index] ?? '', r.unit, false);
      if (!t.ok) err(col, col.index, t.message);
      else if (t.value.value !== null) r.schedule[period] = t.value.value;
    }

    const hasFigures = r.target !== null || r.budget !== null || Object.keys(r.schedule).length > 0;
    const explicit = kindFromCode(r.code) ?? kindFromNumbering(r.no);
    if (!explicit && !r.name && !r.indicator && !hasFigures) {
      const prev = rows[rows.length - 1];
      if (prev) for (const f of TEXT_FIELDS) if (r[f]) prev[f] = prev[f] ? `${prev[f]} ${r[f]}` : r[f];
      return;
    }
    if (r.code) {
      const kind = kindFromCode(r.code);
      if (kind === null) {
        const v = validateCode(r.code, 'subkegiatan');
        err(seen.get('code'), seen.get('code')?.index ?? 0, PM.badCode(v.reason ?? ''));
      }
    }
    if (explicit === 'heading') r.kind = 'heading';
    else if (explicit) r.kind = explicit;
    else if (r.name) r.kind = lastStructural && !/^(jumlah|total)\b/i.test(r.name) ? childKind(lastStructural.kind) : 'total';
    else r.kind = 'indicator';

    if (r.kind === 'indicator' && !rows.some((x) => x.kind !== 'heading' && x.kind !== 'total' && x.kind !== 'indicator')) {
      err(seen.get('indicator'), seen.get('indicator')?.index ?? 0, PM.orphanIndicator);
    }
    if (r.kind !== 'indicator' && r.kind !== 'heading' && r.kind !== 'total') {
      const kind = r.kind;
      if (!r.name) err(seen.get('name'), seen.get('name')?.index ?? 0, PM.noName);
      while (codedAncestors.length > 0 && levelOf((codedAncestors[codedAncestors.length - 1] as { kind: NodeKind }).kind) >= levelOf(kind))
        codedAncestors.pop();
      const parent = codedAncestors[codedAncestors.length - 1];
      if (r.code && kindFromCode(r.code) !== null && parent && levelOf(parent.kind) === levelOf(kind) - 1 && !extendsParent(r.code, parent.code)) {
        err(seen.get('code'), seen.get('code')?.index ?? 0, PM.codeNotUnderParent(r.code, parent.code));
      }
      if (r.code && kindFromCode(r.code) !== null) codedAncestors.push({ kind, code: r.code });
      if (explicit) lastStructural = { kind, code: r.code };
    }
    r.aggregation = suggestAggregation(r.target, r.schedule, r.unit);
    rows.push(r);
  });
  return { columns, headerRows: headerCount, rows, errors };
}
