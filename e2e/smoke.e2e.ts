/**
 * First journey: the real server with its demo data, a real Chromium.
 * perencana-paser sees BKPSDM 2024 (Beranda figures, the plan tree, a finding's link to its row);
 * admin-kukar gets "tidak ditemukan" for a Paser URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/a11y.ts';
import { launchBrowser, login, logout, newPage, PHONE, screenshot } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const PASER = '/p/kabupaten-paser/bkpsdm/2024';

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

describe('smoke: perencana-paser on BKPSDM 2024', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(browser, server.url);
  });
  afterAll(async () => page?.context().close());

  it('shows the demo accounts on Masuk and logs in', async () => {
    await page.goto('/masuk');
    // the ribbon and the demo accounts appear once /api/health has answered demo: true
    await page.getByText('MODE DEMO').first().waitFor();
    await page.getByText('perencana-paser', { exact: true }).waitFor();
    await screenshot(page, 'smoke-masuk');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await login(page, 'perencana-paser');
  });

  it('Beranda shows the real figures of the LKjIP 2024', async () => {
    await page.goto(PASER);
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
    await page.getByText('Indikator dan capaian').waitFor();
    const text = await page.locator('main').innerText();
    // Nilai SAKIP target and realisasi (seed 001), total pagu and serapan (Tabel 3.15)
    for (const figure of ['71,51', 'Rp 27.346.788.906', '91,10 %', 'Aturan: pemda-default']) expect(text).toContain(figure);
    await screenshot(page, 'smoke-beranda');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('Perencanaan shows the plan tree with pagu in rupiah and the documents', async () => {
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Perencanaan' }).click();
    await page.waitForURL(`**${PASER}/perencanaan`);
    await page.getByRole('heading', { level: 2, name: 'Pohon rencana' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('Meningkatnya Kualitas Tata Kelola Manajemen ASN');
    expect(text).toContain('Rp 11.243.148.006'); // Program Penunjang Urusan, 2024
    expect(text).toContain('Dokumen rencana');
    await screenshot(page, 'smoke-perencanaan');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('a finding links to and highlights its row in Perencanaan', async () => {
    await page.goto(`${PASER}/evaluasi`);
    const link = page.getByRole('link', { name: 'Lihat di Perencanaan' }).first();
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/perencanaan\?ref=/);
    await page.locator('.is-highlighted').first().waitFor();
    await screenshot(page, 'smoke-temuan-ref');
  });

  it('logs out', async () => {
    await logout(page);
  });
});

describe('smoke: tenant isolation and phone layout', () => {
  it('admin-kukar gets "tidak ditemukan" for a Paser URL', async () => {
    const page = await newPage(browser, server.url);
    await login(page, 'admin-kukar');
    await page.goto(`${PASER}/perencanaan`);
    await page.getByText('tidak ditemukan', { exact: false }).first().waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('Data tidak ditemukan');
    expect(text).not.toContain('Rp 11.243.148.006');
    await screenshot(page, 'smoke-kukar-paser-404');
    await page.context().close();
  });

  it('on a phone the navigation is behind the menu button', async () => {
    const page = await newPage(browser, server.url, PHONE);
    await login(page, 'perencana-paser');
    await page.goto(PASER);
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await page.getByText('Indikator dan capaian').waitFor();
    await expect(nav.getByRole('link', { name: 'Perencanaan' }).isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Buka menu navigasi' }).click();
    await nav.getByRole('link', { name: 'Perencanaan' }).waitFor({ state: 'visible' });
    await screenshot(page, 'smoke-phone-nav');
    await page.context().close();
  });
});

describe('smoke: admin-paser manages users', () => {
  it('shows the server error beside the field, then creates and disables a user', async () => {
    const page = await newPage(browser, server.url);
    await login(page, 'admin-paser');
    await page.goto(`${PASER}/admin`);
    await page.getByRole('button', { name: /Tambah pengguna/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama pengguna').fill('perencana-smoke');
    await dialog.getByLabel('Nama lengkap').fill('Perencana Smoke');
    await dialog.getByLabel('Kata sandi').fill('pendek');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    // problem details with where = "password" land beside the password field
    await dialog.locator('.field__error').first().waitFor();
    expect(await dialog.getByLabel('Kata sandi').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Kata sandi').fill('kata-sandi-yang-cukup-panjang');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    const row = page.getByRole('row', { name: /perencana-smoke/ });
    await row.waitFor();
    await row.getByRole('button', { name: 'Nonaktifkan' }).click();
    await row.getByText('Nonaktif', { exact: true }).waitFor();
    await screenshot(page, 'smoke-admin-users');
    await page.context().close();
  });
});
