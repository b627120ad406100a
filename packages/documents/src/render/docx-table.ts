/** A TableBlock as a Word table: merged header rows that repeat on every page, thin borders. */
import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Align, TableBlock } from '../model/types.ts';
import { bodyCells, headerGrid, scaledWidths } from './grid.ts';

export const FONT = 'Arial';
const HEADER_FILL = 'D9E2F3';
const TOTAL_FILL = 'F2F2F2';

const alignment = (align: Align | 'justify'): (typeof AlignmentType)[keyof typeof AlignmentType] =>
  align === 'center'
    ? AlignmentType.CENTER
    : align === 'right'
      ? AlignmentType.RIGHT
      : align === 'justify'
        ? AlignmentType.JUSTIFIED
        : AlignmentType.LEFT;

/** Tight cell margins (twips), as printed government tables have: narrow month columns stay on one line. */
const margins = { top: 25, bottom: 25, left: 45, right: 45 };

export const docxTable = (table: TableBlock, contentWidth: number): Table => {
  // half-points; half a point under the model's size, as Arial runs wider than the PDF's Roboto
  const size = Math.round(((table.fontSize ?? 9) - 0.5) * 2);
  const widths = scaledWidths(table, contentWidth);
  const spanWidth = (col: number, span: number): number => widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  const headerCell = (text: string, col: number, colSpan: number, rowSpan: number): TableCell =>
    new TableCell({
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, size, font: FONT })] }),
      ],
      columnSpan: colSpan,
      rowSpan,
      verticalAlign: VerticalAlignTable.CENTER,
      shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
      width: { size: spanWidth(col, colSpan), type: WidthType.DXA },
      margins,
    });
  const header = headerGrid(table).map(
    (cells) => new TableRow({ tableHeader: table.repeatHeader, cantSplit: true, children: cells.map((c) => headerCell(c.text, c.col, c.colSpan, c.rowSpan)) }),
  );
  if (table.numberRow) {
    header.push(
      new TableRow({
        tableHeader: table.repeatHeader,
        cantSplit: true,
        children: table.columns.map((_, i) =>
          new TableCell({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: String(i + 1), italics: true, size: size - 2, font: FONT })] })],
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' },
            margins: { top: 0, bottom: 0, left: 40, right: 40 },
          }),
        ),
      }),
    );
  }
  const body = table.rows.map((row) => {
    const fill = row.kind === 'total' || row.kind === 'group' ? TOTAL_FILL : undefined;
    return new TableRow({
      cantSplit: true,
      children: bodyCells(table, row).map((c) => {
        const cellFill = c.fill ?? fill;
        return new TableCell({
          children: c.text.split('\n').map(
            (line) =>
              new Paragraph({
                alignment: alignment(c.align),
                indent: c.indent > 0 ? { left: c.indent * 180 } : undefined,
                children: [new TextRun({ text: line, bold: c.bold, italics: c.italic, size, font: FONT })],
              }),
          ),
          columnSpan: c.colSpan,
          width: { size: spanWidth(c.col, c.colSpan), type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.TOP,
          ...(cellFill ? { shading: { type: ShadingType.CLEAR, fill: cellFill, color: 'auto' } } : {}),
          margins,
        });
      }),
    });
  });
  return new Table({
    rows: [...header, ...body],
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
};
