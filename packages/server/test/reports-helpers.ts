/** Helpers of the report tests: the Paser fixtures imported into a test Pemda, jobs awaited, files opened. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Hono } from 'hono';
import type { AppEnv } from '../src/http/context.ts';
import type { ReportJobView } from '../src/usecases/reports/job-view.ts';
import { call, fixtureFor, type Session, type Tenant } from './helpers.ts';

type App = Hono<AppEnv>;

export const LKJIP_2024 = 'kabupaten-paser/paser-2024-lkjip.json';
export const RENAKSI_2025 = 'kabupaten-paser/paser-2025-renaksi-perubahan.json';

/** The tenant's BKPSDM gets the Paser 2024 LKjIP and 2025 Rencana Aksi Perubahan plans. */
export async function importPaser(app: App, t: Tenant, admin: Session): Promise<void> {
  for (const [file, query] of [[LKJIP_2024, ''], [RENAKSI_2025, '?replace=true']] as const) {
    const res = await call(app, 'POST', `/api/pemda/${t.pemda.slug}/import${query}`, admin, fixtureFor(file, t.pemda.name));
    if (res.status !== 200) throw new Error(`import ${file}: ${res.status} ${await res.text()}`);
  }
}

export const reportsBase = (t: Tenant): string => `/api/pemda/${t.pemda.slug}/opd/${t.opd.slug}/reports`;

/** Polls a job until it is done or failed (no timing assertion: the test timeout bounds it). */
export async function waitForJob(app: App, t: Tenant, s: Session, id: string): Promise<ReportJobView> {
  for (;;) {
    const res = await call(app, 'GET', `${reportsBase(t)}/${id}`, s);
    const job = (await res.json()) as ReportJobView;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

export async function xlsxText(bytes: Buffer): Promise<string> {
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
  return out.join('\n');
}

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

/** The PDF's text (pdftotext), or null when poppler is not installed. */
export function pdfText(bytes: Buffer): string | null {
  if (!hasPdftotext) return null;
  const file = join(mkdtempSync(join(tmpdir(), 'kinerja-pdf-')), 'doc.pdf');
  writeFileSync(file, bytes);
  const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return r.stdout.replace(/\s+/g, ' ');
}

export async function fileText(format: string, bytes: Buffer): Promise<string | null> {
  if (format === 'docx') return docxText(bytes);
  if (format === 'xlsx') return xlsxText(bytes);
  return pdfText(bytes);
}
