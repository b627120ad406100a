/** Lays a ReportModel out as a Word document (A4, sections with their own orientation). */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, ChartBlock, FieldsBlock, ParagraphBlock, ReportModel, ReportSection, SignatureBlock } from '../model/types.ts';
import { messages } from '../messages.ts';
import { chartImages } from './chart.ts';
import { docxTable, FONT } from './docx-table.ts';

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1418, right: 1134 };
const contentWidth = (orientation: ReportSection['orientation']): number =>
  (orientation === 'landscape' ? A4.height : A4.width) - MARGIN.left - MARGIN.right;

const STYLE_SIZE: Record<NonNullable<ParagraphBlock['style']>, number> = {
  body: 22,
  title: 28,
  subtitle: 24,
  small: 18,
  placeholder: 22,
};

const paragraphOf = (block: ParagraphBlock): Paragraph => {
  const style = block.style ?? 'body';
  const align = block.align ?? 'justify';
  return new Paragraph({
    alignment:
      align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : align === 'left' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    spacing: { after: block.spaceAfter ?? (style === 'title' || style === 'subtitle' ? 60 : 120), line: 300 },
    indent: block.indent ? { left: block.indent * 567 } : undefined,
    tabStops: [{ type: 'left', position: 567 * ((block.indent ?? 0) + 2) }],
    children: block.runs.map(
      (run) =>
        new TextRun({
          text: run.text,
          bold: run.bold,
          italics: run.italic || style === 'placeholder',
          underline: run.underline ? {} : undefined,
          size: STYLE_SIZE[style],
          font: FONT,
          color: style === 'placeholder' ? '7F7F7F' : undefined,
        }),
    ),
  });
};

const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

const line = (text: string, options: { bold?: boolean; underline?: boolean } = {}): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text, bold: options.bold, underline: options.underline ? {} : undefined, size: 22, font: FONT })],
  });

const signatureOf = (block: SignatureBlock, width: number): Table => {
  const count = block.signatories.length;
  const cells = block.signatories.map((s, i) => {
    const lines: Paragraph[] = [];
    lines.push(line(i === count - 1 && block.placeDate ? block.placeDate : ' '));
    lines.push(line(s.role, { bold: true }));
    if (s.position) lines.push(line(s.position, { bold: true }));
    lines.push(line(' '), line(' '), line(' '));
    lines.push(line(s.name, { bold: true, underline: true }));
    if (s.rank) lines.push(line(s.rank));
    if (s.nip) lines.push(line(`${messages.labels.nip} ${s.nip}`));
    return new TableCell({ children: lines, width: { size: Math.floor(width / Math.max(count, 2)), type: WidthType.DXA }, borders: noBorders });
  });
  const padded = count === 1 ? [new TableCell({ children: [line(' ')], borders: noBorders }), ...cells] : cells;
  return new Table({
    rows: [new TableRow({ cantSplit: true, children: padded })],
    width: { size: width, type: WidthType.DXA },
    borders: noBorders,
  });
};

const fieldsOf = (block: FieldsBlock, width: number): Table => {
  const indent = (block.indent ?? 0) * 567;
  const label = 1700;
  const cellOf = (text: string, w: number, bold = false): TableCell =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold, size: 22, font: FONT })] })],
      width: { size: w, type: WidthType.DXA },
      borders: noBorders,
    });
  return new Table({
    rows: block.rows.map(
      ([l, v]) => new TableRow({ children: [cellOf(l, label), cellOf(':', 250), cellOf(v, width - indent - label - 250, block.boldValues ?? false)] }),
    ),
    width: { size: width - indent, type: WidthType.DXA },
    columnWidths: [label, 250, width - indent - label - 250],
    indent: { size: indent, type: WidthType.DXA },
    borders: noBorders,
  });
};

const chartOf = (block: ChartBlock, widthTwips: number): Paragraph[] => {
  const { svg, png } = chartImages(block);
  const maxPx = Math.floor(widthTwips / 15);
  const scale = Math.min(1, maxPx / block.width);
  const transformation = { width: Math.round(block.width * scale), height: Math.round(block.height * scale) };
  return [
    ...(block.caption ?? []).map((c) => line(c, { bold: true })),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(svg, 'utf8'),
          fallback: { type: 'png', data: png },
          transformation,
        }),
      ],
    }),
  ];
};

const blockChildren = (block: Block, width: number): (Paragraph | Table)[] => {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          alignment: block.align === 'center' || block.level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { before: block.level === 1 ? 120 : 200, after: 120 },
          keepNext: true,
          children: block.text
            .split('\n')
            .map((text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined, bold: true, size: block.level === 1 ? 28 : 24, font: FONT, color: '000000' })),
        }),
      ];
    case 'paragraph':
      return [paragraphOf(block)];
    case 'table':
      return [
        ...(block.caption ?? []).map(
          (c, i) =>
            new Paragraph({
              alignment: AlignmentType.CENTER,
              keepNext: true,
              spacing: { before: i === 0 ? 200 : 0 },
              children: [new TextRun({ text: c, bold: true, size: 22, font: FONT })],
            }),
        ),
        docxTable(block, width),
        ...(block.note ? [new Paragraph({ children: [new TextRun({ text: block.note, italics: true, size: 16, font: FONT })] })] : []),
        new Paragraph({ children: [] }),
      ];
    case 'signature':
      return [new Paragraph({ children: [] }), signatureOf(block, width)];
    case 'chart':
      return chartOf(block, width);
    case 'fields':
      return [fieldsOf(block, width)];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
};

export const renderDocx = async (model: ReportModel): Promise<Buffer> => {
  const doc = new Document({
    creator: 'kinerja',
    title: model.title,
    description: `${model.meta.opd} ${model.meta.pemda}`,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: model.sections.map((section) => {
      const width = contentWidth(section.orientation);
      return {
        properties: {
          page: {
            size: {
              width: A4.width,
              height: A4.height,
              orientation: section.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: MARGIN,
          },
        },
        headers: section.header
          ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: section.header, italics: true, size: 16, font: FONT, color: '595959' })] })] }) }
          : undefined,
        footers: section.pageNumbers
          ? {
              default: new Footer({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [new TextRun({ children: [PageNumber.CURRENT], size: 18, font: FONT })],
                  }),
                ],
              }),
            }
          : undefined,
        children: section.blocks.flatMap((b) => blockChildren(b, width)),
      };
    }),
  });
  return Packer.toBuffer(doc);
};
