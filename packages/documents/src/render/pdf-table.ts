/** A TableBlock as a pdfmake table: header rows repeat on every page, rows never split. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { TableBlock } from '../model/types.ts';
import { bodyCells, headerGrid, scaledWidths } from './grid.ts';

const HEADER_FILL = '#D9E2F3';
const TOTAL_FILL = '#F2F2F2';

export const pdfTable = (table: TableBlock, contentWidth: number): Content => {
  const fontSize = (table.fontSize ?? 9) - 1;
  const columnCount = table.columns.length;
  const grid = headerGrid(table);
  const headerBody: TableCell[][] = grid.map(() => new Array<TableCell>(columnCount).fill({}));
  for (const cells of grid)
    for (const c of cells) {
      const line = headerBody[c.row];
      if (!line) continue;
      line[c.col] = {
        text: c.text,
        bold: true,
        alignment: 'center',
        fillColor: HEADER_FILL,
        fontSize,
        ...(c.colSpan > 1 ? { colSpan: c.colSpan } : {}),
        ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
      };
    }
  if (table.numberRow)
    headerBody.push(table.columns.map((_, i) => ({ text: String(i + 1), italics: true, alignment: 'center', fontSize: fontSize - 1, fillColor: '#EDEDED' })));
  const body: TableCell[][] = table.rows.map((row) => {
    const line = new Array<TableCell>(columnCount).fill({});
    const fill = row.kind === 'total' || row.kind === 'group' ? TOTAL_FILL : undefined;
    for (const c of bodyCells(table, row)) {
      const cellFill = c.fill ? `#${c.fill}` : fill;
      line[c.col] = {
        text: c.text,
        bold: c.bold,
        italics: c.italic,
        alignment: c.align,
        fontSize,
        ...(c.indent > 0 ? { margin: [c.indent * 6, 0, 0, 0] } : {}),
        ...(cellFill ? { fillColor: cellFill } : {}),
        ...(c.colSpan > 1 ? { colSpan: c.colSpan } : {}),
      };
    }
    return line;
  });
  const widths = scaledWidths(table, contentWidth - columnCount * 8.5);
  return {
    table: { headerRows: headerBody.length, dontBreakRows: true, widths, body: [...headerBody, ...body] },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#404040',
      vLineColor: () => '#404040',
      paddingLeft: () => 3,
      paddingRight: () => 3,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    margin: [0, 2, 0, 10],
  };
};
