import { describe, expect, it } from 'vitest';
import { buildReport, renderReport } from '../src/index.ts';
import type { TableBlock } from '../src/index.ts';
import { docxText, fixture, GENERATED_AT, hasPdftotext, keepArtifact, pdfText, readWorkbook, sheetValues, squash } from './helpers.ts';

const dataset = fixture('paser-2025-renaksi-perubahan');
const model = buildReport(dataset, { kind: 'renaksi', year: 2025, generatedAt: GENERATED_AT });
const table = model.sections.flatMap((s) => s.blocks).find((b): b is TableBlock => b.type === 'table');

describe('Rencana Aksi Perubahan 2025 of BKPSDM Paser (seed 000 Tabel 2.4)', () => {
  it('is landscape with 20 columns: 8 plus 12 months', () => {
    expect(model.sections[0]?.orientation).toBe('landscape');
    expect(table?.columns).toHaveLength(20);
    expect(table?.repeatHeader).toBe(true);
  });

  it.each([
    // number, name as in Tabel 2.4
    ['A.', 'Meningkatnya Akuntabilitas Kinerja Perangkat Daerah'],
    ['1', 'Program Penunjang urusan Pemerintah Daerah Lainnya'],
    ['1.7', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah'],
    ['B.', 'Meningkatnya Kualitas Tata Kelola Manajemen ASN'],
    ['2.2', 'Mutasi dan Promosi ASN'],
    ['2.4', 'Penilaian dan Evaluasi Kinerja Aparatur'],
    ['3', 'Program Pengembangan Sumber Daya Manusia'],
    ['3.1', 'Sertifikasi, Kelembagaan, Pengembangan Kompetensi'],
  ])('numbers %s %s as the seed does', (number, name) => {
    const row = table?.rows.find((r) => typeof r.cells['nama'] === 'string' && (r.cells['nama'] as string).startsWith(name));
    expect(row?.cells['no']).toBe(number);
  });

  it('DOCX carries the monthly schedule of Nilai SAKIP and the pagu', async () => {
    const text = squash(await docxText(await renderReport(model, 'docx')));
    expect(text).toContain('Nilai SAKIP Perangkat Daerah');
    expect(text.match(/71,51/g)?.length).toBeGreaterThanOrEqual(13);
    expect(text).toContain('18.953.949.068');
    expect(text).toContain('3.094.837.985');
  });

  it('XLSX has the table with the merged schedule header and the monthly cells as numbers', async () => {
    const workbook = await readWorkbook(await renderReport(model, 'xlsx'));
    const sheet = workbook.getWorksheet('Rencana Aksi')!;
    const values = sheetValues(sheet);
    expect(values.some((c) => c.value === 'Jadwal Kegiatan')).toBe(true);
    expect(values.filter((c) => c.value === 71.51).length).toBe(13);
    expect(values.find((c) => c.value === 8931157721)?.numFmt).toBe('[$-421]#,##0');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.views[0]?.state).toBe('frozen');
  });

  it.skipIf(!hasPdftotext)('PDF repeats the header on every page', async () => {
    const buffer = await renderReport(model, 'pdf');
    keepArtifact(buffer, `${model.fileBaseName}.pdf`);
    const pages = pdfText(buffer, model.fileBaseName).split('\f').filter((p) => p.trim().length > 0);
    expect(pages.length).toBeGreaterThan(2);
    const tablePages = pages.filter((p) => /Sekretariat|Bidang/.test(p));
    expect(tablePages.length).toBeGreaterThan(2);
    for (const page of tablePages) expect(page).toContain('Jadwal Kegiatan');
    expect(squash(pages.join(' '))).toContain('10.022.791.347');
  });
});
