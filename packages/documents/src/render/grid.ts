/** Turns a TableBlock into a grid of positioned cells, shared by the three renderers. */
import { formatCell } from '../format.ts';
import type { Align, Cell, CellValue, NumberFormat, TableBlock, TableRow } from '../model/types.ts';

export interface GridHeaderCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** Places header cells in a matrix, skipping positions covered by an earlier rowSpan/colSpan. */
export const headerGrid = (table: TableBlock): GridHeaderCell[][] => {
  const width = table.columns.length;
  const covered = table.headerRows.map(() => new Array<boolean>(width).fill(false));
  return table.headerRows.map((row, r) => {
    const out: GridHeaderCell[] = [];
    let col = 0;
    for (const cell of row) {
      while (col < width && covered[r]?.[col]) col += 1;
      if (col >= width) break;
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      const colSpan = Math.max(1, Math.min(cell.colSpan ?? 1, width - col));
      for (let rr = r; rr < r + rowSpan && rr < covered.length; rr += 1)
        for (let cc = col; cc < col + colSpan; cc += 1) {
          const line = covered[rr];
          if (line) line[cc] = true;
        }
      out.push({ text: cell.text, row: r, col, rowSpan, colSpan });
      col += colSpan;
    }
    return out;
  });
};

export interface GridBodyCell {
  col: number;
  colSpan: number;
  value: CellValue;
  format: NumberFormat;
  text: string;
  align: Align;
  bold: boolean;
  italic: boolean;
  fill?: string;
  indent: number;
}

const isCell = (v: CellValue | Cell | undefined): v is Cell => typeof v === 'object' && v !== null;

/** The cells of one body row, left to right, with their span, format and display text. */
export const bodyCells = (table: TableBlock, row: TableRow): GridBodyCell[] => {
  const out: GridBodyCell[] = [];
  const firstTextColumn = table.columns.findIndex((c) => (c.format ?? 'text') === 'text' && c.align !== 'center');
  let col = 0;
  while (col < table.columns.length) {
    const column = table.columns[col];
    if (!column) break;
    const raw = row.cells[column.key];
    const cell: Cell = isCell(raw) ? raw : { value: raw ?? null };
    const colSpan = Math.max(1, Math.min(cell.colSpan ?? 1, table.columns.length - col));
    const format = cell.format ?? column.format ?? 'text';
    const numeric = typeof cell.value === 'number';
    out.push({
      col,
      colSpan,
      value: cell.value,
      format,
      text: formatCell(cell.value, format),
      align: cell.align ?? column.align ?? (numeric ? 'right' : 'left'),
      bold: cell.bold ?? row.bold ?? false,
      italic: cell.italic ?? false,
      ...(cell.fill ? { fill: cell.fill } : {}),
      indent: col === firstTextColumn ? (row.level ?? 0) : 0,
    });
    col += colSpan;
  }
  return out;
};

/** Column widths scaled to a total (points, twips or characters). */
export const scaledWidths = (table: TableBlock, total: number): number[] => {
  const sum = table.columns.reduce((a, c) => a + c.width, 0);
  return table.columns.map((c) => Math.floor((c.width / sum) * total));
};
