/**
 * Pasting a block of cells copied from Excel or Word (TSV) into the grid: the block starts at the
 * selection's top-left cell; one copied value fills the whole selection. Each cell is parsed as if
 * typed (Indonesian numbers, codes checked); cells that do not apply to their row are skipped,
 * unreadable cells reported with their row and column and not applied.
 */
import { parseTsv } from '@kinerja/domain';
import { applies, parseCell } from './cells.ts';
import type { Column } from './columns.ts';
import type { Edit } from './changes.ts';
import type { Range } from './cursor.ts';
import type { GridRow } from './rows.ts';

export interface PasteError {
  /** Grid row index (0-based) and column of the bad cell. */
  row: number;
  col: Column;
  value: string;
  message: string;
}

export interface PastePlan {
  edits: Edit[];
  /** Cells that fell on a row the column does not apply to, or outside the grid. */
  skipped: number;
  errors: PasteError[];
}

/** The copied block as rows of cells (trailing empty lines dropped). */
export function readBlock(text: string): string[][] {
  const rows = parseTsv(text);
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((c) => c === '')) rows.pop();
  return rows;
}

export function planPaste(text: string, range: Range, rows: readonly GridRow[], cols: readonly Column[]): PastePlan {
  const block = readBlock(text);
  const out: PastePlan = { edits: [], skipped: 0, errors: [] };
  if (block.length === 0) return out;
  const single = block.length === 1 && (block[0]?.length ?? 0) === 1;
  const height = single ? range.bottom - range.top + 1 : block.length;
  const width = single ? range.right - range.left + 1 : Math.max(...block.map((r) => r.length));
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const text = single ? (block[0]?.[0] ?? '') : block[r]?.[c];
      if (text === undefined) continue;
      const row = rows[range.top + r];
      const col = cols[range.left + c];
      if (!row || !col || !applies(row, col)) {
        out.skipped++;
        continue;
      }
      const parsed = parseCell(row, col, text);
      if (parsed.ok) out.edits.push({ rowId: row.id, rowType: row.type, col, value: parsed.value });
      else out.errors.push({ row: range.top + r, col, value: text, message: parsed.message });
    }
  }
  return out;
}
