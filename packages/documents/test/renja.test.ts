import { describe, expect, it } from 'vitest';
import { buildReport, renderReport } from '../src/index.ts';
import { docxText, fixture, GENERATED_AT, hasPdftotext, keepArtifact, pdfText, readWorkbook, sheetValues, squash } from './helpers.ts';

const dataset = fixture('kukar-2025-renja');
const model = buildReport(dataset, { kind: 'renja', year: 2025, generatedAt: GENERATED_AT });

describe('Renja 2025 of BKPSDM Kutai Kartanegara (seed 003)', () => {
  it('XLSX has the five T-C sheets and T-C.33 JUMLAH 32.743.331.188', async () => {
    const workbook = await readWorkbook(await renderReport(model, 'xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['T-C.29', 'T-C.30', 'T-C.31', 'T-C.32', 'T-C.33']);
    const tc33 = sheetValues(workbook.getWorksheet('T-C.33')!);
    const jumlah = tc33.find((c) => c.value === 'JUMLAH');
    const total = tc33.find((c) => c.row === jumlah?.row && c.value === 32743331188);
    expect(total?.numFmt).toBe('[$-421]#,##0');
    for (const sheet of workbook.worksheets) expect(sheet.pageSetup.orientation).toBe('landscape');
  });

  it.each([
    // T-C.29, Nilai SAKIP row: Renstra targets 85…89, realisasi 2022 84,94, 2023 92,7, TW II 2024 75
    ['Nilai SAKIP Perangkat Daerah', ['84,94', '92,7', '75']],
    // T-C.33 program pagu 2025 (Σ programs = JUMLAH)
    ['Program Penunjang Urusan Pemerintahan Daerah', ['15.633.331.188']],
  ])('DOCX shows %s with %j', async (name, figures) => {
    const text = squash(await docxText(await renderReport(model, 'docx')));
    expect(text).toContain(name);
    for (const f of figures) expect(text).toContain(f);
    expect(text).toContain('32.743.331.188');
  });

  it.skipIf(!hasPdftotext)('PDF prints every table in landscape with its title', async () => {
    const buffer = await renderReport(model, 'pdf');
    keepArtifact(buffer, `${model.fileBaseName}.pdf`);
    const text = squash(pdfText(buffer, model.fileBaseName));
    for (const t of ['T-C.29', 'T-C.30', 'T-C.31', 'T-C.32', 'T-C.33']) expect(text).toContain(`Tabel ${t}`);
    expect(text).toContain('32.743.331.188');
  });
});
