/**
 * axe-core on every main page, for the roles that see it: Masuk, then for each role every link of
 * its main navigation (Beranda, Perencanaan, Pengukuran, Pelaporan, Evaluasi, Admin, and any page
 * added to the navigation later, such as a Pemda dashboard) with each tab of the page; the 404 page
 * and the create-user dialog. No serious or critical violation anywhere; every page is screenshot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/a11y.ts';
import { launchBrowser, login, newPage, screenshot } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ KINERJA_TRUST_PROXY: '1' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Waits for the page's heading and for its data (no spinner left), then checks it. */
async function check(page: Page, name: string, found: Record<string, string[]>): Promise<void> {
  await page
    .getByRole('heading', { level: 1 })
    .first()
    .waitFor({ timeout: 60_000 })
    .catch(async (e: unknown) => {
      await screenshot(page, `a11y-${name}-no-heading`);
      throw e;
    });
  await page.locator('.spinner').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
  const violations = await seriousA11yViolations(page);
  if (violations.length > 0) found[name] = violations;
  await screenshot(page, `a11y-${name}`);
}

/** Every link of the main navigation, and each tab of each page. */
async function walkNavigation(page: Page, user: string): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  // the links carry the scope once the home redirect has chosen it
  await page.waitForURL((u) => /^\/p\/[^/]+\/[^/]+\/\d{4}/.test(u.pathname));
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await nav.getByRole('link').first().waitFor();
  const links = await nav.getByRole('link').evaluateAll((els) => els.map((e) => ({ href: e.getAttribute('href') ?? '', text: (e.textContent ?? '').trim() })));
  for (const link of links) {
    await page.goto(link.href);
    await page.waitForURL((u) => u.pathname === link.href);
    // the page shown is the one asked for: its navigation entry is the current one
    await nav.locator('a[aria-current="page"]', { hasText: link.text }).waitFor({ timeout: 60_000 });
    const pageName = `${user}-${slug(link.text)}`;
    await check(page, pageName, found);
    const tabs = await page.getByRole('tab').allInnerTexts();
    for (const tab of tabs.slice(1)) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await check(page, `${pageName}-${slug(tab)}`, found);
    }
  }
  expect(links.length).toBeGreaterThan(1);
  return found;
}

describe('no serious or critical accessibility violation', () => {
  it('Masuk', async () => {
    const page = await newPage(browser, server.url);
    await page.goto('/masuk');
    await page.getByText('MODE DEMO').first().waitFor();
    const found: Record<string, string[]> = {};
    await check(page, 'masuk', found);
    expect(found).toEqual({});
    await page.context().close();
  });

  it.each(['perencana-paser', 'operator-paser', 'pimpinan-paser', 'evaluator-paser', 'admin-paser'])('every page and tab of %s', async (user) => {
    const page = await newPage(browser, server.url);
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': `10.1.0.${user.length}` });
    await login(page, user);
    expect(await walkNavigation(page, user)).toEqual({});
    await page.context().close();
  }, 900_000);

  it('the 404 page (a Kutai Kartanegara user on a Paser URL)', async () => {
    const page = await newPage(browser, server.url);
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': '10.1.1.1' });
    await login(page, 'admin-kukar');
    await page.goto('/p/kabupaten-paser/bkpsdm/2024/perencanaan');
    await page.getByRole('heading', { name: 'Data tidak ditemukan' }).waitFor();
    const found: Record<string, string[]> = {};
    await check(page, 'tidak-ditemukan', found);
    expect(found).toEqual({});
    await page.context().close();
  });

  it('the create-user dialog', async () => {
    const page = await newPage(browser, server.url);
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': '10.1.1.2' });
    await login(page, 'admin-paser');
    await page.goto('/p/kabupaten-paser/bkpsdm/2025/admin');
    await page.getByRole('button', { name: /Tambah pengguna/ }).click();
    await page.getByRole('dialog').waitFor();
    const found: Record<string, string[]> = {};
    await check(page, 'dialog-tambah-pengguna', found);
    expect(found).toEqual({});
    await page.context().close();
  });
});
