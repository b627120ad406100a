/**
 * Perencanaan, Versi & Perubahan: perencana-paser (admin OPD of BKPSDM Paser) submits the PK 2025
 * draft; pimpinan-paser (Kepala BKPSDM) approves it — the perencana cannot; the perencana makes a
 * PK Perubahan with basis "Perubahan PK 2025", changes the Nilai SAKIP target 71,51 → 75 and sees
 * it in the side-by-side diff. Screenshots of the versions list and the diff; axe finds nothing serious.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/a11y.ts';
import { launchBrowser, login, logout, newPage, screenshot } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const PLAN = '/p/kabupaten-paser/bkpsdm/2025/perencanaan?tab=versi';
const API = '/api/pemda/kabupaten-paser/opd/bkpsdm/plans/2025';
const PK = 'Perjanjian Kinerja';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newPage(browser, server.url);
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await server?.stop();
});

/** The PK row of a version number (its row header reads "Perjanjian Kinerja / Versi n · …"). */
const pkRow = (versionNo: number) =>
  page.locator('tr', { has: page.locator('th .pv-doc', { hasText: PK }) }).filter({ has: page.locator('th .pv-sub', { hasText: new RegExp(`^Versi ${versionNo}\\b`) }) });
const dialog = () => page.getByRole('dialog');
async function openVersions(): Promise<void> {
  await page.goto(PLAN);
  await page.getByRole('heading', { name: 'Dokumen dan versi' }).waitFor();
  await pkRow(1).waitFor();
}
async function step(button: string, note: string): Promise<void> {
  await pkRow(1).getByRole('button', { name: button, exact: true }).click();
  await dialog().getByLabel('Catatan').fill(note);
  await dialog().getByRole('button', { name: button, exact: true }).click();
  await dialog().waitFor({ state: 'hidden' });
}

describe('Perencanaan: versions, approval by the pimpinan, PK Perubahan and the diff', () => {
  it('the perencana submits the PK 2025 draft (and is not offered to approve it)', async () => {
    await login(page, 'perencana-paser');
    await openVersions();
    expect(await pkRow(1).innerText()).toContain('Draf');
    await step('Ajukan', 'PK 2025 siap ditandatangani');
    await pkRow(1).locator('.badge', { hasText: 'Diajukan' }).waitFor();
    expect(await pkRow(1).getByRole('button', { name: 'Setujui' }).count()).toBe(0);
    await logout(page);
  });

  it('the pimpinan approves it; the step and its note are in the history', async () => {
    await login(page, 'pimpinan-paser');
    await openVersions();
    await step('Setujui', 'Disetujui Kepala BKPSDM');
    await pkRow(1).locator('.badge', { hasText: 'Disetujui' }).waitFor();
    const text = await pkRow(1).innerText();
    expect(text).toContain('Isi dibekukan');
    expect(text).toContain('Disetujui Kepala BKPSDM');
    await logout(page);
  });

  it('the perencana makes a PK Perubahan with its basis and changes a target', async () => {
    await login(page, 'perencana-paser');
    await openVersions();
    await pkRow(1).getByRole('button', { name: 'Buat Perubahan' }).click();
    await dialog().getByRole('button', { name: 'Buat Perubahan' }).click();
    await dialog().getByText('Dasar hukum Perubahan wajib diisi.').waitFor();
    await dialog().getByLabel('Dasar hukum').fill('Perubahan PK 2025');
    await dialog().getByLabel('Tanggal').fill('2025-10-21');
    await dialog().getByRole('button', { name: 'Buat Perubahan' }).click();
    await dialog().waitFor({ state: 'hidden' });
    await pkRow(2).getByText('Perubahan PK 2025').waitFor();
    expect(await pkRow(1).innerText()).toContain('diganti oleh versi 2');

    // the target is changed where the plan is edited (the Sunting grid is PlanGrid's journey): here through the API the grid calls
    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const ws = (await (await page.request.get(`${API}/workspace`)).json()) as { plan: { indicators: { id: string; name: string }[] } };
    const sakip = ws.plan.indicators.find((i) => i.name === 'Nilai SAKIP Perangkat Daerah');
    expect(sakip).toBeDefined();
    const put = await page.request.put(`${API}/values`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { entries: [{ indicatorId: sakip?.id, kind: 'target', period: '2025', value: 75 }] },
    });
    expect(put.status()).toBe(200);

    await openVersions();
    await pkRow(2).waitFor();
    await screenshot(page, 'planning-versions-list');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('the diff shows the changed target side by side, with a text marker', async () => {
    const diff = page.locator('#pv-diff');
    await diff.getByRole('button', { name: 'Tampilkan perbedaan' }).click();
    const line = diff.getByRole('row').filter({ hasText: 'Nilai SAKIP Perangkat Daerah' }).filter({ hasText: 'Target 2025' });
    await line.waitFor();
    const cells = await line.getByRole('cell').allInnerTexts();
    expect(cells).toEqual(['± Diubah', 'Nilai SAKIP Perangkat Daerah', 'Target 2025', '71,51', '75']);
    await line.scrollIntoViewIfNeeded();
    await screenshot(page, 'planning-versions-diff');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // printed: only the diff (what the Cetak button marks), no navigation or versions table
    await page.evaluate(() => {
      document.getElementById('pv-diff')?.setAttribute('data-printing', '');
      document.body.classList.add('pv-printing');
    });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Navigasi utama' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Dokumen dan versi' }).isVisible()).toBe(false);
    expect(await line.isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'planning-versions-diff-print');
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => {
      document.getElementById('pv-diff')?.removeAttribute('data-printing');
      document.body.classList.remove('pv-printing');
    });
  });

  it('the approved version stays readable with its old target; the IKU sheet lists the key indicators', async () => {
    await pkRow(1).getByRole('button', { name: 'Lihat isi' }).click();
    const content = page.locator('#pv-content');
    const sakip = content.getByRole('row').filter({ hasText: 'Nilai SAKIP Perangkat Daerah' }).first();
    await sakip.waitFor();
    expect(await sakip.innerText()).toContain('71,51');
    await content.getByText('Isi yang dibekukan saat versi ini disetujui').waitFor();
    await screenshot(page, 'planning-versions-content');
    const iku = page.locator('#pv-iku');
    await iku.scrollIntoViewIfNeeded();
    await iku.getByRole('rowheader', { name: 'Nilai SAKIP Perangkat Daerah' }).waitFor();
    await screenshot(page, 'planning-versions-iku');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
