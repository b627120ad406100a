import { describe, expect, it } from 'vitest';
import { generateReport } from '../src/index.ts';
import type { ReportOptions, TableBlock } from '../src/index.ts';
import { docxFiles, docxText, fixture, GENERATED_AT, hasPdftotext, keepArtifact, pdfText, readWorkbook, sheetValues, squash } from './helpers.ts';

const dataset = fixture('paser-2024-lkjip');
const opts: ReportOptions = { kind: 'lkjip', year: 2024, generatedAt: GENERATED_AT, narrative: { penutup: 'Demikian laporan kinerja ini disusun.' } };

describe('LKjIP 2024 of BKPSDM Paser (seed 001)', async () => {
  const docx = await generateReport(dataset, opts, 'docx');
  const tables = docx.model.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.type === 'table');
  const budget = tables.find((t) => t.id === 'realisasi-anggaran');
  const total = budget?.rows.at(-1)?.cells;

  it('recomputes the budget total from the sub kegiatan rows', () => {
    // Σ pagu of the 42 sub kegiatan = 27.346.788.906 (Tabel 1.6 / 3.15 total); Σ realisasi = 24.456.944.049
    expect(total?.['pagu']).toMatchObject({ value: 27346788906 });
    expect(total?.['realisasi']).toMatchObject({ value: 24456944049 });
  });

  it('lists the printed realisation 24.914.147.619 (91,10 %) as a finding', () => {
    const finding = docx.findings.find((f) => f.code === 'document.budget_realization_total');
    expect(finding?.printed).toBe('24.914.147.619 (91,10%)');
    expect(finding?.computed).toBe('24.456.944.049 (89,43%)');
    // and the checker's own findings come along (Tabel 3.18: operasi + modal ≠ belanja daerah)
    expect(docx.findings.some((f) => f.ref === 'FIN-DAERAH')).toBe(true);
  });

  it.each([
    // indicator, realisasi, capaian recomputed, band
    ['Nilai SAKIP Perangkat Daerah', '71,51', '100,00', 'Sangat Tinggi'],
    ['Hasil penilaian mandiri penerapan sistem merit', '246,50', '98,60', 'Sangat Tinggi'],
    ['Indeks Survei Kepuasan Pegawai', '81,62', '102,03', 'Sangat Tinggi'],
  ])('DOCX shows %s: realisasi %s, capaian %s, %s', async (name, realisasi, capaian, band) => {
    const all = squash(await docxText(docx.buffer));
    const text = all.slice(all.indexOf('Capaian Kinerja Tahun 2024'));
    const at = text.indexOf(`${name} `);
    expect(at).toBeGreaterThan(-1);
    const row = text.slice(at, at + 200);
    expect(row).toContain(realisasi);
    expect(row).toContain(capaian);
    expect(row).toContain(band);
  });

  it('DOCX carries the pagu, the chart as SVG and the placeholder for missing narrative', async () => {
    const text = squash(await docxText(docx.buffer));
    expect(text).toContain('27.346.788.906');
    expect(text).toContain('Demikian laporan kinerja ini disusun.');
    expect(text).toContain('[Uraian Kata Pengantar belum diisi.');
    expect((await docxFiles(docx.buffer)).some((f) => f.endsWith('.svg'))).toBe(true);
  });

  it('XLSX has one sheet per table with the recomputed total', async () => {
    const { buffer } = await generateReport(dataset, opts, 'xlsx');
    const workbook = await readWorkbook(buffer);
    expect(workbook.worksheets.length).toBe(tables.length);
    const values = sheetValues(workbook.getWorksheet('Realisasi Anggaran')!);
    expect(values.find((c) => c.value === 27346788906)?.numFmt).toBe('[$-421]#,##0');
    expect(values.some((c) => c.value === 24456944049)).toBe(true);
    const capaian = sheetValues(workbook.getWorksheet('Capaian Kinerja')!);
    expect(capaian.some((c) => c.value === 71.51)).toBe(true);
  });

  it.skipIf(!hasPdftotext)('PDF text has the IKU value and the pagu', async () => {
    const { buffer, fileName } = await generateReport(dataset, opts, 'pdf');
    keepArtifact(buffer, fileName);
    const text = squash(pdfText(buffer, docx.model.fileBaseName));
    expect(text).toContain('Nilai SAKIP Perangkat Daerah');
    expect(text).toContain('71,51');
    expect(text).toContain('27.346.788.906');
    expect(text).toContain('24.456.944.049');
  });
});
