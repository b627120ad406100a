/**
 * Document generation from the web app: perencana-paser opens Pelaporan, makes the PK 2025 and the
 * LKjIP 2024 as DOCX, PDF and XLSX, watches each job's progress, downloads the file (the browser's
 * download event) and the test opens it: a zip (DOCX/XLSX) or %PDF, a non-trivial size, and the
 * seed's figures inside (Nilai SAKIP target 71,51; the PK's pagu 18.953.949.068 and signatory; the
 * LKjIP's total pagu 27.346.788.906; PDF text through pdftotext when poppler-utils is installed).
 * The list of generated documents then shows them.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { docxText, pdfText, signatureOf, xlsxCells } from './support/documents.ts';
import { launchBrowser, login, newPage, screenshot } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newPage(browser, server.url);
  await page.context().setDefaultTimeout(60_000);
  await login(page, 'perencana-paser');
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await server?.stop();
});

const PK = ['71,51', '18.953.949.068', 'LISWANDI, SP'];
const LKJIP = ['71,51', '27.346.788.906'];

describe('Pelaporan: generate, watch, download and open', () => {
  it.each([
    ['pk', 2025, 'docx', 'Perjanjian Kinerja (PK)', 'Word (DOCX)', PK],
    ['pk', 2025, 'pdf', 'Perjanjian Kinerja (PK)', 'PDF', PK],
    // the workbook is the PK's table (no signature block)
    ['pk', 2025, 'xlsx', 'Perjanjian Kinerja (PK)', 'Excel (XLSX)', PK.slice(0, 2)],
    ['lkjip', 2024, 'docx', 'LKjIP (Laporan Kinerja)', 'Word (DOCX)', LKJIP],
    ['lkjip', 2024, 'pdf', 'LKjIP (Laporan Kinerja)', 'PDF', LKJIP],
    ['lkjip', 2024, 'xlsx', 'LKjIP (Laporan Kinerja)', 'Excel (XLSX)', LKJIP],
  ] as const)('%s %i as %s', async (kind, year, format, kindLabel, formatLabel, figures) => {
    const path = `/p/kabupaten-paser/bkpsdm/${year}/pelaporan`;
    if (!page.url().endsWith(path)) await page.goto(path);
    await page.getByRole('heading', { level: 1, name: 'Pelaporan' }).waitFor();
    await page.getByLabel('Jenis dokumen').selectOption({ label: kindLabel });
    await page.getByLabel('Format').selectOption({ label: formatLabel });
    await page.getByRole('button', { name: 'Buat dokumen' }).click();

    // the job's progress bar shows, then its download link
    const progress = page.getByRole('progressbar', { name: 'Kemajuan pembuatan dokumen' });
    await progress.first().waitFor();
    const link = page.getByRole('link', { name: new RegExp(`^Unduh .*\\.${format}$`) }).first();
    await link.waitFor();
    expect(await page.locator('.job-progress').first().getAttribute('data-status')).toBe('done');
    expect(await progress.first().getAttribute('value')).toBe('100');
    await screenshot(page, `documents-${kind}-${year}-${format}`);

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(format === 'xlsx' ? 5_000 : 10_000);
    expect(signatureOf(bytes)).toBe(format === 'pdf' ? 'pdf' : 'zip');
    const text = format === 'docx' ? await docxText(bytes) : format === 'xlsx' ? (await xlsxCells(bytes)).join('\n') : pdfText(bytes);
    if (text !== null) for (const figure of figures) expect(text, figure).toContain(figure);
  });

  it('lists the generated documents with who made them', async () => {
    await page.goto('/p/kabupaten-paser/bkpsdm/2025/pelaporan');
    await page.getByRole('heading', { name: 'Dokumen yang pernah dibuat' }).waitFor();
    const table = page.getByRole('table').first();
    await table.getByText('Perencana BKPSDM Paser').first().waitFor();
    const text = await table.innerText();
    for (const ext of ['docx', 'pdf', 'xlsx']) expect(text).toMatch(new RegExp(`\\.${ext}`));
    await screenshot(page, 'documents-list');
  });
});
