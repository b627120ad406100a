/** Opening downloaded documents: the text of a DOCX (JSZip) or XLSX (ExcelJS), the kind of a file by its first bytes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** `zip` (DOCX, XLSX), `pdf`, or `unknown`. */
export function signatureOf(bytes: Buffer): 'zip' | 'pdf' | 'unknown' {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'zip';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  return 'unknown';
}

export async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

/** Every cell, numbers in Indonesian format (71,51; 27.346.788.906). */
export async function xlsxCells(bytes: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        out.push(typeof v === 'number' ? new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(v) : String(cell.text));
      }),
    );
  }
  return out;
}

/** The PDF's text by pdftotext, or null when poppler-utils is not installed. */
export function pdfText(bytes: Buffer): string | null {
  if (spawnSync('pdftotext', ['-v']).error !== undefined) return null;
  const file = join(mkdtempSync(join(tmpdir(), 'kinerja-e2e-pdf-')), 'doc.pdf');
  writeFileSync(file, bytes);
  return spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
}
