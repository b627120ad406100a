/**
 * Lays the tables of a ReportModel out as an Excel workbook: one sheet per table, title rows,
 * merged header rows, Indonesian-looking number formats (the file stores the invariant
 * `#,##0` / `#,##0.00`; Excel in the Indonesian locale shows 18.953.949.068 and 71,51),
 * frozen panes under the header, A4 landscape print setup fitted to the page width.
 */
import ExcelJS from 'exceljs';
import type { NumberFormat, ReportModel, TableBlock } from '../model/types.ts';
import { bodyCells, headerGrid, scaledWidths } from './grid.ts';
import { rowHeight, type WrappedText } from './xlsx-height.ts';

/** The font of the sheets (Liberation Sans, metric-compatible, where Arial is not installed). */
const FONT = 'Arial';

/**
 * `[$-421]` marks the format Indonesian: LibreOffice then shows 18.953.949.068 and 71,51 whatever
 * the machine's locale; Excel takes the separators from the system, as it always does.
 */
const NUMFMT: Record<NumberFormat, string | undefined> = {
  text: undefined,
  integer: '[$-421]#,##0',
  money: '[$-421]#,##0',
  decimal2: '[$-421]#,##0.00',
};

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

const sheetName = (table: TableBlock, used: Set<string>): string => {
  const base = (table.sheetName ?? table.caption?.[0] ?? table.id).replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim();
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i += 1) name = `${base.slice(0, 27)} (${i})`;
  used.add(name.toLowerCase());
  return name;
};

const addTableSheet = (workbook: ExcelJS.Workbook, model: ReportModel, table: TableBlock, name: string): void => {
  const landscape = table.columns.length > 5;
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&L&8' + model.meta.opd.replace(/&/g, '&&') + '&R&8Halaman &P dari &N' },
  });
  const columnCount = table.columns.length;
  const widths = scaledWidths(table, landscape ? 190 : 110);
  const columnWidths = widths.map((w) => Math.max(5, w));
  sheet.columns = columnWidths.map((width) => ({ width }));
  const totalWidth = columnWidths.reduce((a, b) => a + b, 0);
  const spanWidth = (col: number, span: number): number => columnWidths.slice(col, col + span).reduce((a, b) => a + b, 0);
  const titles = [model.title, `${model.meta.opd} ${model.meta.pemda}`, ...(table.caption ?? [])];
  let r = 1;
  for (const [i, text] of titles.entries()) {
    sheet.mergeCells(r, 1, r, columnCount);
    const cell = sheet.getCell(r, 1);
    cell.value = text;
    cell.font = { name: FONT, bold: true, size: i === 0 ? 13 : 11 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    const height = rowHeight([{ text, width: totalWidth * 0.8, bold: true }]);
    if (height) sheet.getRow(r).height = height;
    r += 1;
  }
  r += 1;
  const headerStart = r;
  const grid = headerGrid(table);
  for (const cells of grid) {
    for (const c of cells) {
      const row = headerStart + c.row;
      if (c.rowSpan > 1 || c.colSpan > 1) sheet.mergeCells(row, c.col + 1, row + c.rowSpan - 1, c.col + c.colSpan);
      sheet.getCell(row, c.col + 1).value = c.text;
    }
    const wrapped: WrappedText[] = cells.map((c) => ({ text: c.text, width: spanWidth(c.col, c.colSpan), rowSpan: c.rowSpan, bold: true }));
    const height = rowHeight(wrapped);
    if (height && cells[0]) sheet.getRow(headerStart + cells[0].row).height = height;
  }
  r = headerStart + grid.length;
  if (table.numberRow) {
    table.columns.forEach((_, i) => {
      sheet.getCell(r, i + 1).value = i + 1;
    });
    r += 1;
  }
  for (let hr = headerStart; hr < r; hr += 1) {
    for (let col = 1; col <= columnCount; col += 1) {
      const cell = sheet.getCell(hr, col);
      cell.font = { name: FONT, bold: hr < headerStart + grid.length, size: 10, italic: hr >= headerStart + grid.length };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
      cell.border = thin;
    }
  }
  const headerEnd = r - 1;
  for (const row of table.rows) {
    const cells = bodyCells(table, row);
    const height = rowHeight(cells.map((c) => ({ text: c.text, width: spanWidth(c.col, c.colSpan) - c.indent, bold: c.bold })));
    if (height) sheet.getRow(r).height = height;
    for (const c of cells) {
      if (c.colSpan > 1) sheet.mergeCells(r, c.col + 1, r, c.col + c.colSpan);
      const cell = sheet.getCell(r, c.col + 1);
      cell.value = c.value;
      const fmt = typeof c.value === 'number' ? NUMFMT[c.format] : undefined;
      if (fmt) cell.numFmt = fmt;
      cell.font = { name: FONT, bold: c.bold, italic: c.italic, size: 10 };
      cell.alignment = { horizontal: c.align, vertical: 'top', wrapText: true, indent: c.indent };
      const fill = c.fill ?? (row.kind === 'total' || row.kind === 'group' ? 'F2F2F2' : undefined);
      if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill}` } };
    }
    for (let col = 1; col <= columnCount; col += 1) sheet.getCell(r, col).border = thin;
    r += 1;
  }
  if (table.note) {
    sheet.mergeCells(r + 1, 1, r + 1, columnCount);
    const cell = sheet.getCell(r + 1, 1);
    cell.value = table.note;
    cell.font = { name: FONT, italic: true, size: 9 };
    cell.alignment = { wrapText: true };
  }
  sheet.views = [{ state: 'frozen', ySplit: headerEnd, xSplit: 0 }];
  sheet.pageSetup.printTitlesRow = `${headerStart}:${headerEnd}`;
};

export const renderXlsx = async (model: ReportModel): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kinerja';
  workbook.title = model.title;
  workbook.created = new Date(model.meta.generatedAt);
  workbook.modified = new Date(model.meta.generatedAt);
  const used = new Set<string>();
  for (const section of model.sections)
    for (const block of section.blocks) if (block.type === 'table') addTableSheet(workbook, model, block, sheetName(block, used));
  if (workbook.worksheets.length === 0) workbook.addWorksheet(model.kind);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
};
