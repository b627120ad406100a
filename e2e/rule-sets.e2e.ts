/**
 * Admin → Aturan perhitungan: admin-paser sees the 2024 rule set in plain words, caps capaian at
 * 100 % through the confirmation, and the plan view of BKPSDM Paser 2024 then names the new set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser.ts';
import { seriousA11yViolations } from './support/a11y.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('Aturan perhitungan', () => {
  it('admin-paser reads the year’s rules, saves a custom cap after confirming, and the plan names it', async () => {
    const page = await newPage(browser, server.url);
    await login(page, 'admin-paser');
    await page.waitForURL(/\/p\/kabupaten-paser\//);
    await page.goto('/p/kabupaten-paser/bkpsdm/2024/admin?tab=aturan');
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('heading', { name: /Aturan yang berlaku/ }).waitFor().catch(async (e: unknown) => {
      await screenshot(page, 'rule-sets-failed');
      throw e;
    });
    await panel.getByRole('combobox', { name: 'Tahun' }).selectOption('2024');
    await panel.getByText('Belum ditetapkan untuk tahun ini').waitFor();
    await expect(page.getByText('di atas 90 %').isVisible()).resolves.toBe(true);
    await screenshot(page, 'rule-sets-default');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Cara mengubah' }).selectOption('custom');
    await page.getByRole('combobox', { name: 'Batas atas capaian' }).selectOption('100');
    await page.getByRole('textbox', { name: 'Alasan perubahan' }).fill('SK Bupati 12/2024');
    await page.getByRole('button', { name: 'Tinjau dan simpan…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Terapkan aturan perhitungan?' });
    await dialog.getByText('dihitung ulang').waitFor();
    await screenshot(page, 'rule-sets-confirm');
    await dialog.getByRole('button', { name: 'Terapkan dan hitung ulang' }).click();
    await page.getByText('kini memakai kustom-2024 versi 1').first().waitFor();
    await page.getByText('Capaian dibatasi 100 % saat dirata-rata').waitFor();
    await panel.getByRole('heading', { name: /Aturan yang berlaku/ }).scrollIntoViewIfNeeded();
    await screenshot(page, 'rule-sets-saved');

    const plan = await page.evaluate(async () => (await fetch('/api/pemda/kabupaten-paser/opd/bkpsdm/plans/2024')).json());
    expect(plan).toMatchObject({ rules: 'kustom-2024', rulesVersion: 1 });
  }, 240_000);
});
