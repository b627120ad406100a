/**
 * Monitoring journey, dashboards part: the real server with its demo data, a real Chromium.
 * evaluator-paser opens the Pemda dashboard from its Beranda (BKPSDM Paser 2024: the recomputed
 * capaian, the year, period and rule set on the figures, the Excel download); perencana-paser sees
 * the OPD dashboard with its print/export actions. Screenshots at desktop and phone widths, axe.
 * The operator → admin OPD → pimpinan quarter in the browser: e2e/quarter-journey.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/a11y.ts';
import { launchBrowser, login, newPage, PHONE, screenshot } from './support/browser.ts';
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

describe('Pemda dashboard for the evaluator', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(browser, server.url);
    await page.goto('/masuk');
    await login(page, 'evaluator-paser');
  });
  afterAll(async () => page?.context().close());

  it('Beranda leads to the Pemda dashboard', async () => {
    await page.goto(PASER);
    await page.getByRole('link', { name: 'Buka dasbor Pemda' }).click();
    await page.waitForURL(`**${PASER}/ringkasan`);
    await page.getByRole('heading', { level: 1, name: 'Dasbor Kinerja Pemda' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Perangkat daerah berdampingan' }).waitFor();
  });

  it('shows BKPSDM with the recomputed capaian, the rule set on every figure, and passes axe', async () => {
    const text = await page.locator('main').innerText();
    for (const figure of ['100,49 %', '91,10 %', 'Tahun 2024 · periode 2024 · aturan pemda-default v1']) expect(text).toContain(figure);
    expect(await page.getByText('Tahun 2024 · periode 2024', { exact: false }).count()).toBeGreaterThanOrEqual(4);
    await page.locator('.ringkasan__chart svg').first().waitFor();
    await screenshot(page, 'ringkasan-pemda-desktop');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('downloads the Excel of the view', async () => {
    const res = await page.request.get(`${server.url}/api/pemda/kabupaten-paser/dashboard/2024/xlsx`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('spreadsheetml');
  });

  it('reads on a phone', async () => {
    await page.setViewportSize(PHONE);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Perangkat daerah berdampingan' }).waitFor();
    await page.locator('.ringkasan__chart svg').first().waitFor();
    await screenshot(page, 'ringkasan-pemda-phone');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

describe('OPD dashboard for the planner', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(browser, server.url);
    await page.goto('/masuk');
    await login(page, 'perencana-paser');
  });
  afterAll(async () => page?.context().close());

  it('shows final figures, the pending count and the print/export actions', async () => {
    await page.goto(PASER);
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
    await page.getByText('Menunggu verifikasi').waitFor();
    await page.getByRole('link', { name: 'Unduh Excel' }).waitFor();
    expect(await page.getByRole('link', { name: 'Buka dasbor Pemda' }).count()).toBe(0);
    await screenshot(page, 'beranda-opd-final-desktop');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
