/** exceljs in and out: a sheet with a title, merged header rows and data; a sheet back to text cells. */
import ExcelJS from 'exceljs';
import { KinerjaError } from '@kinerja/domain';
import { pm } from '../messages.ts';
import type { Cell } from './table-rows.ts';

export const TITLE_ROWS = 2;

export async function writeWorkbook(sheetName: string, title: string, headers: string[][], rows: Cell[][], widths: number[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kinerja';
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: TITLE_ROWS + headers.length }] });
  ws.addRow([title]).font = { bold: true, size: 12 };
  ws.addRow([]);
  for (const h of headers) {
    const r = ws.addRow(h);
    r.font = { bold: true };
    r.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  }
  for (const row of rows) {
    const r = ws.addRow(row.map((c) => c ?? null));
    r.alignment = { vertical: 'top', wrapText: true };
  }
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.eachRow((r, n) => {
    if (n <= TITLE_ROWS) return;
    r.eachCell({ includeEmpty: true }, (c, col) => {
      if (col > widths.length) return;
      c.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      if (typeof c.value === 'number') c.numFmt = Number.isInteger(c.value) ? '#,##0' : '#,##0.00';
    });
  });
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/** A cell as the paste mapper reads text: numbers with a decimal comma and no grouping. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v).replace('.', ',');
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'Ya' : 'Tidak';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  if ('text' in v) return String(v.text);
  return '';
}

/** The first sheet below its title rows as TSV text (header rows first). */
export async function readSheetAsTsv(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new KinerjaError('invalid', pm.xlsxUnreadable, 'file');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new KinerjaError('invalid', pm.xlsxNoSheet, 'file');
  const lines: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (n <= TITLE_ROWS) return;
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(cellText(row.getCell(c).value).replace(/[\t\n\r]+/g, ' '));
    lines.push(cells.join('\t'));
  });
  return lines.join('\n');
}
