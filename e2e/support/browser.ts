/** Chromium through playwright-core, and the steps every journey shares. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { ARTIFACTS } from './paths.ts';

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };
export const DEMO_PASSWORD = 'kinerja-demo';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export async function newPage(browser: Browser, baseURL: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'id-ID', deviceScaleFactor: 1 });
  return context.newPage();
}

/** Logs in through the Masuk form and waits until the app has left /masuk. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/masuk'));
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Menu pengguna/ }).click();
  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.waitForURL((u) => u.pathname.startsWith('/masuk'));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}${name}.png`;
  await page.screenshot({ path, fullPage: false });
  return path;
}
