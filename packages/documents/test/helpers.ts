/** Opens generated files again: DOCX text (jszip), XLSX cells (exceljs), PDF text (pdftotext). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Dataset } from '@kinerja/domain';

export const fixture = (name: string): Dataset =>
  JSON.parse(readFileSync(`/work/shared/fixtures/${name}.json`, 'utf8')) as Dataset;

export const GENERATED_AT = '2025-11-01T08:00:00Z';

export const docxText = async (buffer: Buffer): Promise<string> => {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
};

export const docxFiles = async (buffer: Buffer): Promise<string[]> => Object.keys((await JSZip.loadAsync(buffer)).files);

export const readWorkbook = async (buffer: Buffer): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
};

/** Every cell value of a sheet, as [row, col, value]. */
export const sheetValues = (sheet: ExcelJS.Worksheet): { row: number; col: number; value: ExcelJS.CellValue; numFmt: string }[] => {
  const out: { row: number; col: number; value: ExcelJS.CellValue; numFmt: string }[] = [];
  sheet.eachRow((row, r) => row.eachCell((cell, c) => out.push({ row: r, col: c, value: cell.value, numFmt: cell.numFmt })));
  return out;
};

export const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
export const hasPdftoppm = spawnSync('pdftoppm', ['-v']).error === undefined;

export const ARTIFACTS = join(import.meta.dirname, 'artifacts');

export const pdfText = (buffer: Buffer, name: string): string => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, buffer);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

/** Keeps the file and renders its pages to PNG for a look (test/artifacts, git-ignored). */
export const keepArtifact = (buffer: Buffer, fileName: string): void => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, fileName);
  writeFileSync(file, buffer);
  if (fileName.endsWith('.pdf') && hasPdftoppm) execFileSync('pdftoppm', ['-png', '-r', '60', file, file.replace(/\.pdf$/, '')]);
};

/** "71,51" and multi-space layouts: collapse whitespace for searching. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ');
