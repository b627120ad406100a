/**
 * POST xlsx: a planning table edited offline comes back. The sheet is read as text and goes
 * through the paste mapper with the layout's own column mapping: a preview without `confirm`,
 * saved (only what differs) with it; a target or pagu cell left blank clears the stored value.
 * Rows and bad cells are numbered as Excel numbers them.
 * Export then import changes nothing.
 */
import type { Db } from '@kinerja/db';
import { mapPaste, type PasteField } from '@kinerja/domain';
import type { SessionUser } from '../../../permissions.ts';
import { parse } from '../../../http/problem.ts';
import type { PlanRef } from '../../plans/resolve-plan.ts';
import { xlsxImportInput } from '../inputs.ts';
import { editablePlan } from '../plan-access.ts';
import { applyRows, type PasteAnswer } from '../paste-table.ts';
import { clearEmptied } from './clear-emptied.ts';
import { LAYOUTS } from './layouts.ts';
import { readSheetAsTsv, TITLE_ROWS } from './workbook.ts';

export async function importTable(db: Db, user: SessionUser, ref: PlanRef, body: unknown): Promise<PasteAnswer> {
  const input = parse(xlsxImportInput, body);
  const s = await editablePlan(db, user, ref);
  const layout = LAYOUTS[input.table];
  const text = await readSheetAsTsv(new Uint8Array(Buffer.from(input.file, 'base64')));
  const mapping: Partial<Record<number, PasteField>> = {};
  layout.fields([]).forEach((f, i) => (mapping[i] = f ?? 'ignore'));
  const read = mapPaste(text, { year: s.plan.year, mapping, headerRows: layout.headers(s.plan.year, []).length });
  // rows and bad cells by their row number in Excel (the sheet's title rows are not read)
  const result = {
    ...read,
    rows: read.rows.map((r) => ({ ...r, row: r.row + TITLE_ROWS })),
    errors: read.errors.map((e) => (e.row > 0 ? { ...e, row: e.row + TITLE_ROWS } : e)),
  };
  return applyRows(db, user, ref, result, { confirm: input.confirm === true, after: clearEmptied(result.columns, result.rows) });
}
