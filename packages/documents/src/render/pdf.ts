/** Lays a ReportModel out as a PDF with pdfmake 0.3 (server side, its bundled Roboto fonts). */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Content, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import type { Block, ReportModel, ReportSection, SignatureBlock } from '../model/types.ts';
import { messages } from '../messages.ts';
import { chartImages } from './chart.ts';
import { pdfTable } from './pdf-table.ts';

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as typeof import('pdfmake');
const robotoPath = require.resolve('pdfmake/fonts/Roboto.js');
const fonts = require(robotoPath) as TFontDictionary;
const fontDir = dirname(robotoPath);
pdfmake.setFonts(fonts);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

const A4 = { width: 595.28, height: 841.89 };
const MARGINS: [number, number, number, number] = [56, 48, 42, 48];
const contentWidth = (orientation: ReportSection['orientation']): number =>
  (orientation === 'landscape' ? A4.height : A4.width) - MARGINS[0] - MARGINS[2];

const FONT_SIZE = { body: 10.5, title: 13, subtitle: 11.5, small: 8.5, placeholder: 10.5 } as const;

const signature = (block: SignatureBlock): Content => {
  const count = block.signatories.length;
  const stacks: Content[] = block.signatories.map((s, i) => ({
    stack: [
      { text: i === count - 1 && block.placeDate ? block.placeDate : ' ' },
      { text: s.role, bold: true },
      ...(s.position ? [{ text: s.position, bold: true }] : []),
      { text: ' \n \n \n ' },
      { text: s.name, bold: true, decoration: 'underline' as const },
      ...(s.rank ? [{ text: s.rank }] : []),
      ...(s.nip ? [{ text: `${messages.labels.nip} ${s.nip}` }] : []),
    ],
    alignment: 'center' as const,
    width: '*',
  }));
  const columns = count === 1 ? [{ text: '', width: '*' }, ...stacks] : stacks;
  return { columns, columnGap: 30, margin: [0, 16, 0, 8], unbreakable: true, fontSize: FONT_SIZE.body };
};

const blockContent = (block: Block, width: number): Content[] => {
  switch (block.type) {
    case 'heading':
      return [
        {
          text: block.text,
          bold: true,
          fontSize: block.level === 1 ? 13 : block.level === 2 ? 11.5 : 10.5,
          alignment: block.align ?? (block.level === 1 ? 'center' : 'left'),
          margin: [0, block.level === 1 ? 4 : 10, 0, 6],
          headlineLevel: block.level,
        },
      ];
    case 'paragraph': {
      const style = block.style ?? 'body';
      return [
        {
          text: block.runs.map((r) => ({
            text: r.text,
            bold: r.bold ?? false,
            italics: (r.italic ?? false) || style === 'placeholder',
            ...(r.underline ? { decoration: 'underline' as const } : {}),
          })),
          fontSize: FONT_SIZE[style],
          alignment: block.align ?? 'justify',
          lineHeight: 1.2,
          ...(style === 'placeholder' ? { color: '#7F7F7F' } : {}),
          margin: [(block.indent ?? 0) * 28, 0, 0, block.spaceAfter === 0 ? 1 : style === 'title' || style === 'subtitle' ? 3 : 6],
        },
      ];
    }
    case 'table':
      return [
        ...(block.caption ?? []).map((c, i): Content => ({ text: c, bold: true, alignment: 'center', fontSize: 10, margin: [0, i === 0 ? 6 : 0, 0, 0] })),
        { text: ' ', fontSize: 4 },
        pdfTable(block, width),
        ...(block.note ? [{ text: block.note, italics: true, fontSize: 7.5, margin: [0, 0, 0, 8] } as Content] : []),
      ];
    case 'signature':
      return [signature(block)];
    case 'chart': {
      const scale = Math.min(1, width / block.width);
      return [
        ...(block.caption ?? []).map((c): Content => ({ text: c, bold: true, alignment: 'center', fontSize: 10 })),
        { image: `data:image/png;base64,${chartImages(block).png.toString('base64')}`, width: Math.round(block.width * scale), alignment: 'center', margin: [0, 4, 0, 10] },
      ];
    }
    case 'fields':
      return [
        {
          table: { widths: [80, 8, '*'], body: block.rows.map(([l, v]) => [l, ':', { text: v, bold: block.boldValues ?? false }]) },
          layout: 'noBorders',
          margin: [(block.indent ?? 0) * 28, 0, 0, 2],
        },
      ];
    case 'pageBreak':
      return [{ text: '', pageBreak: 'after' }];
  }
};

export const pdfDefinition = (model: ReportModel): TDocumentDefinitions => {
  const content: Content[] = [];
  model.sections.forEach((section, index) => {
    if (index > 0) content.push({ text: '', pageBreak: 'before', pageOrientation: section.orientation });
    const width = contentWidth(section.orientation);
    content.push(...section.blocks.flatMap((b) => blockContent(b, width)));
  });
  const coverWithoutNumber = model.sections[0]?.pageNumbers !== true;
  const header = model.sections.find((s) => s.header)?.header;
  return {
    info: { title: model.title, author: model.meta.opd, creator: 'kinerja', producer: 'kinerja' },
    pageSize: 'A4',
    pageOrientation: model.sections[0]?.orientation ?? 'portrait',
    pageMargins: MARGINS,
    defaultStyle: { font: 'Roboto', fontSize: FONT_SIZE.body },
    header: (page: number) =>
      header && page > 1 ? { text: header, alignment: 'right', italics: true, fontSize: 7.5, color: '#595959', margin: [MARGINS[0], 20, MARGINS[2], 0] } : null,
    footer: (page: number, pages: number) =>
      coverWithoutNumber && page === 1 ? null : { text: messages.pageOf(page, pages), alignment: 'center', fontSize: 8, margin: [0, 14, 0, 0] },
    content,
  };
};

export const renderPdf = async (model: ReportModel): Promise<Buffer> => pdfmake.createPdf(pdfDefinition(model)).getBuffer();
