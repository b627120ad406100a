/**
 * `npm run check:documents [-- --out DIR] [-- --pages]`: generates every document kind × format
 * from the demo data, opens each DOCX/XLSX in LibreOffice (converted to PDF) and fails on any
 * conversion error or warning, and renders page 1 of every PDF to PNG for a look. Needs
 * `soffice` (LibreOffice writer + calc) and `pdftoppm` (poppler-utils).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Dataset } from '@kinerja/domain';
import { generateReport, type ReportFormat, type ReportOptions } from '@kinerja/documents';
import { convertToPdf, hasPdftoppm, hasSoffice, pageCount, renderFirstPage } from '../packages/documents/test/libreoffice.ts';
import { DEMO_DOCUMENTS } from '../packages/documents/test/demo-documents.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, only: { type: 'string' } } });
const root = resolve(import.meta.dirname, '..');
const out = resolve(values.out ?? join(root, 'packages/documents/test/artifacts/check'));
if (!hasSoffice || !hasPdftoppm) {
  console.error('check:documents memerlukan soffice (LibreOffice) dan pdftoppm (poppler-utils).');
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const formats: ReportFormat[] = ['docx', 'xlsx', 'pdf'];
let failures = 0;
for (const doc of DEMO_DOCUMENTS) {
  if (values.only && !doc.name.includes(values.only)) continue;
  const dataset = JSON.parse(readFileSync(join(root, doc.dataset), 'utf8')) as Dataset;
  const opts: ReportOptions = { ...doc.options, generatedAt: '2025-11-01T08:00:00Z' };
  for (const format of formats) {
    const report = await generateReport(dataset, opts, format);
    const file = join(out, `${doc.name}.${format}`);
    writeFileSync(file, report.buffer);
    let pdf: string | null = file;
    if (format !== 'pdf') {
      const conversion = convertToPdf(file, join(out, format));
      pdf = conversion.pdf;
      if (!pdf || conversion.warnings.length > 0) {
        failures += 1;
        console.error(`GAGAL ${doc.name}.${format}: ${conversion.warnings.join(' | ') || 'tidak ada PDF'}`);
        continue;
      }
    }
    const png = renderFirstPage(pdf, join(out, 'png', `${doc.name}-${format}`));
    if (!png) {
      failures += 1;
      console.error(`GAGAL ${doc.name}.${format}: pdftoppm tidak menghasilkan PNG`);
      continue;
    }
    console.log(`ok    ${doc.name}.${format}  ${String(pageCount(pdf) ?? '?').padStart(3)} halaman  ${png}`);
  }
}
if (failures > 0) {
  console.error(`${failures} berkas gagal diperiksa.`);
  process.exit(1);
}
console.log(`Semua dokumen terbuka bersih di LibreOffice. PNG: ${join(out, 'png')}`);
