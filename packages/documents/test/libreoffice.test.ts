/**
 * The generated files open in LibreOffice without a warning (converted headless to PDF), with the
 * pages and figures of the document. Skipped when `soffice` is not on PATH
 * (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@kinerja/domain';
import { generateReport, type ReportFormat } from '../src/index.ts';
import { DEMO_DOCUMENTS } from './demo-documents.ts';
import { GENERATED_AT, hasPdftotext, squash } from './helpers.ts';
import { convertToPdf, hasSoffice } from './libreoffice.ts';

const root = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'kinerja-lo-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const demo = (name: string) => {
  const doc = DEMO_DOCUMENTS.find((d) => d.name === name);
  if (!doc) throw new Error(name);
  return { dataset: JSON.parse(readFileSync(join(root, doc.dataset), 'utf8')) as Dataset, options: { ...doc.options, generatedAt: GENERATED_AT } };
};

describe.skipIf(!hasSoffice)('LibreOffice opens the documents without warnings', () => {
  it.each<[string, ReportFormat, string[]]>([
    // document, format, figures LibreOffice must lay out (seed 001 / seed 003 numbers)
    ['lkjip-2024-paser', 'docx', ['71,51', '27.346.788.906', '24.456.944.049']],
    ['renja-2025-kukar', 'xlsx', ['T-C.33']],
    ['pk-2025-paser', 'docx', ['PERJANJIAN KINERJA']],
  ])('%s.%s', async (name, format, figures) => {
    const { dataset, options } = demo(name);
    const report = await generateReport(dataset, options, format);
    const file = join(dir, `${name}.${format}`);
    writeFileSync(file, report.buffer);
    const conversion = convertToPdf(file, join(dir, 'pdf'));
    expect(conversion.warnings).toEqual([]);
    expect(conversion.pdf).not.toBeNull();
    if (!hasPdftotext || !conversion.pdf) return;
    const text = squash(execFileSync('pdftotext', ['-layout', conversion.pdf, '-'], { encoding: 'utf8' }));
    for (const figure of figures) expect(text).toContain(figure);
  }, 240_000);
});
