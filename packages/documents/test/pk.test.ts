import { describe, expect, it } from 'vitest';
import { buildReport, renderReport } from '../src/index.ts';
import { docxText, fixture, GENERATED_AT, hasPdftotext, keepArtifact, pdfText, readWorkbook, sheetValues, squash } from './helpers.ts';

const dataset = fixture('paser-2025-renaksi-perubahan');
const model = buildReport(dataset, { kind: 'pk', year: 2025, generatedAt: GENERATED_AT, place: 'Tana Paser', signedAt: '2025-10-21' });

/** Seed 000 Tabel 2.2 (PK Perubahan 2025): indicator → target as printed. */
const TARGETS: [string, string][] = [
  ['Nilai SAKIP Perangkat Daerah', '71,51'],
  ['Hasil penilaian mandiri penerapan sistem merit', '250'],
  ['Indeks Survei Kepuasan Pelayanan Kepegawaian', '82'],
  ['pendidikan dan pelatihan formal', '95'],
  ['pendidikan dan pelatihan struktural', '90'],
];

describe('PK Perubahan 2025 of BKPSDM Paser', () => {
  it('names the document and both parties', () => {
    expect(model.title).toBe('PERJANJIAN KINERJA PERUBAHAN TAHUN 2025');
    expect(model.fileBaseName).toBe('pk-2025-perubahan-bkpsdm-kabupaten-paser');
  });

  it('DOCX shows the targets, the programs, the total and the signatories', async () => {
    const text = squash(await docxText(await renderReport(model, 'docx')));
    for (const [name, target] of TARGETS) {
      const at = text.indexOf(name);
      expect(at, name).toBeGreaterThan(-1);
      expect(text.slice(at, at + 220)).toContain(target);
    }
    expect(text).toContain('LISWANDI, SP');
    expect(text).toContain('NIP. 196904151992121002');
    expect(text).toContain('Bupati Paser');
    expect(text).toContain('Tana Paser, 21 Oktober 2025');
    expect(text).toContain('10.022.791.347');
    expect(text).toContain('18.953.949.068');
  });

  it('XLSX keeps the targets and the budget as numbers with their formats', async () => {
    const workbook = await readWorkbook(await renderReport(model, 'xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Target PK', 'Anggaran PK']);
    const targets = sheetValues(workbook.getWorksheet('Target PK')!);
    const sakip = targets.find((c) => c.value === 71.51);
    expect(sakip?.numFmt).toBe('[$-421]#,##0.00');
    expect(targets.some((c) => c.value === 250)).toBe(true);
    const budget = sheetValues(workbook.getWorksheet('Anggaran PK')!);
    const total = budget.find((c) => c.value === 18953949068);
    expect(total?.numFmt).toBe('[$-421]#,##0');
  });

  it.skipIf(!hasPdftotext)('PDF text shows the same figures', async () => {
    const buffer = await renderReport(model, 'pdf');
    keepArtifact(buffer, `${model.fileBaseName}.pdf`);
    const text = squash(pdfText(buffer, model.fileBaseName));
    for (const [, target] of TARGETS) expect(text).toContain(target);
    expect(text).toContain('18.953.949.068');
    expect(text).toContain('PIHAK PERTAMA');
  });
});
