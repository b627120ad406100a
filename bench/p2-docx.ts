/**
 * P2: the LKjIP of one OPD with 70 indicators as DOCX (generateReport: model, figures, render).
 * Baseline: the same cells and paragraphs written with bare `docx` (no styles, spans or charts).
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { generateReport, type ReportModel } from '@kinerja/documents';
import { generateOpdDataset } from './generate.ts';
import { median, result, timed, type Result } from './results.ts';

const RUNS = 5;

function bareDocx(model: ReportModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const section of model.sections) {
    for (const b of section.blocks) {
      if (b.type === 'heading') children.push(new Paragraph(b.text));
      else if (b.type === 'paragraph') children.push(new Paragraph(b.runs.map((r) => r.text).join('')));
      else if (b.type === 'table') {
        const header = b.headerRows.map((row) => new TableRow({ children: row.map((c) => new TableCell({ children: [new Paragraph(c.text)] })) }));
        const body = b.rows.map(
          (row) =>
            new TableRow({
              children: b.columns.map((col) => {
                const v = row.cells[col.key];
                const value = typeof v === 'object' && v !== null ? v.value : v;
                return new TableCell({ children: [new Paragraph(value === null || value === undefined ? '' : String(value))] });
              }),
            }),
        );
        children.push(new Table({ rows: [...header, ...body] }));
      }
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

export async function p2(): Promise<Result[]> {
  const dataset = generateOpdDataset(0, 6, { indicators: 70, year: 2024 });
  const opts = { kind: 'lkjip' as const, year: 2024, generatedAt: '2025-02-28T08:00:00.000Z' };
  const first = await generateReport(dataset, opts, 'docx'); // warm-up
  await bareDocx(first.model);
  const full: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    full.push((await timed(() => generateReport(dataset, opts, 'docx'))).ms);
    bare.push((await timed(() => bareDocx(first.model))).ms);
  }
  const kb = first.buffer.length / 1024;
  return [
    result('P2', 'lkjip docx, 70 indicators (median)', median(full), 'ms', median(bare)),
    result('P2', 'lkjip docx size', kb, 'KB'),
  ];
}
