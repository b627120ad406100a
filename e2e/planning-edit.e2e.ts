/**
 * Perencanaan, Sunting: perencana-paser (admin OPD of BKPSDM Paser) creates the plan of an empty
 * year, builds tujuan → sasaran (indicator with unit, polarity, aggregation and target) → program
 * (Kepmendagri code checked as typed, pagu) with the keyboard only, reloads and finds everything
 * saved; the pohon kinerja shows it and prints without navigation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousA11yViolations } from './support/a11y.ts';
import { launchBrowser, login, newPage, screenshot } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const EMPTY_YEAR = '/p/kabupaten-paser/bkpsdm/2027/perencanaan';
const TUJUAN = 'Terwujudnya Aparatur Sipil Negara yang Profesional';
const SASARAN = 'Meningkatnya Akuntabilitas Kinerja Perangkat Daerah';
const INDIKATOR = 'Nilai SAKIP Perangkat Daerah';
const PROGRAM = 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota';

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

const grid = () => page.getByRole('grid');
const row = (name: string) => grid().getByRole('row').filter({ hasText: name });
/** Types into the open cell editor and commits with Enter. */
async function type(text: string): Promise<void> {
  const input = grid().locator('input.sheet__input');
  await input.waitFor();
  await input.fill(text);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'detached' });
}
/** What Ctrl+V of cells copied from Excel does: a paste event with TSV on the focused cell. */
async function pasteText(text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
async function savedRow(name: string): Promise<void> {
  await row(name).getByText('Tersimpan').waitFor();
}

describe('Perencanaan: building a plan in the Sunting grid', () => {
  it('an empty year offers "Buat rencana" and creates an empty plan', async () => {
    await login(page, 'perencana-paser');
    await page.goto(EMPTY_YEAR);
    await page.getByRole('heading', { name: 'Buat rencana tahun 2027' }).waitFor();
    await screenshot(page, 'planning-edit-buat-rencana');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Mulai dari').selectOption({ label: 'Rencana kosong' });
    await page.getByRole('button', { name: 'Buat rencana' }).click();
    await page.waitForURL(/tab=sunting/);
    await page.getByText('Rencana ini masih kosong').waitFor();
  });

  it('builds tujuan → sasaran with an indicator and target → program with code and pagu by keyboard', async () => {
    await page.getByRole('button', { name: /Tambah tujuan/ }).click();
    await type(TUJUAN);
    await savedRow(TUJUAN);

    await page.keyboard.press('Alt+N'); // a sasaran under the tujuan
    await type(SASARAN);
    await savedRow(SASARAN);

    await page.keyboard.press('Alt+I'); // an indicator of the sasaran
    await type(INDIKATOR);
    await savedRow(INDIKATOR);
    for (const value of ['Indeks', 'positif', 'posisi akhir', '71,51']) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await type(value);
    }
    await row(INDIKATOR).getByText('Tersimpan').waitFor();

    await page.keyboard.press('ArrowUp'); // back on the sasaran
    await page.keyboard.press('Alt+N'); // a program under it
    await type(PROGRAM);
    await savedRow(PROGRAM);

    // The code is checked while typed: a kegiatan code is refused for a program.
    await page.keyboard.press('Home');
    await page.keyboard.type('5.03.01.2.01');
    await grid().getByText('bukan program').waitFor();
    await screenshot(page, 'planning-edit-kode-salah');
    await page.keyboard.press('Escape');
    await page.keyboard.press('F2');
    await type('5.03.01');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await type('18.953.949.068');
    await expect(row(PROGRAM).innerText()).resolves.toContain('18.953.949.068');
    await row(PROGRAM).getByText('Tersimpan').waitFor();
    await expect(grid().getByText('Menyimpan…').count()).resolves.toBe(0);
    await screenshot(page, 'planning-edit-sunting');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('after a reload everything typed is there', async () => {
    await page.reload();
    await grid().waitFor();
    const indicator = await row(INDIKATOR).innerText();
    for (const text of ['Indeks', 'Positif', 'Posisi akhir', '71,51']) expect(indicator).toContain(text);
    const program = await row(PROGRAM).innerText();
    expect(program).toContain('5.03.01');
    expect(program).toContain('18.953.949.068');
    await expect(row(TUJUAN).count()).resolves.toBe(1);
    await expect(row(SASARAN).count()).resolves.toBe(1);
  });

  it('Rencana Aksi quarters: the checker warns while the schedule misses the annual target', async () => {
    await page.getByLabel('Kolom periode').selectOption({ label: 'Rencana Aksi triwulanan' });
    await page.waitForURL(/periode=triwulan/);
    const q4 = grid().getByRole('columnheader', { name: /TW IV/ });
    await q4.waitFor();
    await row(INDIKATOR).getByRole('gridcell').nth(6).click(); // Target TW I
    for (const value of ['71,51', '71,51', '71,51', '70']) {
      await page.keyboard.press('Enter');
      await type(value);
      await page.keyboard.press('ArrowUp'); // Enter moved down: back to the indicator row
      await page.keyboard.press('ArrowRight');
    }
    await row(INDIKATOR).getByText(/⚠/).first().waitFor();
    await screenshot(page, 'planning-edit-peringatan');
    // A row copied from Excel (TW I–IV) pasted on TW I fixes the schedule.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await pasteText('71,51\t71,51\t71,51\t71,51\r\n');
    await page.getByText('4 sel ditempel.').waitFor();
    await row(INDIKATOR).getByText(/⚠/).first().waitFor({ state: 'detached' });
    await row(INDIKATOR).getByText('Tersimpan').waitFor();
  });

  it('the pohon kinerja shows the new tree and prints without navigation', async () => {
    await page.getByRole('tab', { name: 'Pohon kinerja' }).click();
    await page.waitForURL(/tab=pohon/);
    await page.getByRole('button', { name: /Cetak/ }).waitFor();
    const text = await page.locator('main').innerText();
    for (const figure of [TUJUAN, SASARAN, PROGRAM, 'Rp 18.953.949.068']) expect(text).toContain(figure);
    await screenshot(page, 'planning-edit-pohon');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' }).isVisible()).resolves.toBe(false);
    await expect(page.getByText(INDIKATOR).first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'planning-edit-cetak');
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('Perencanaan: read-only for a role without plan.edit', () => {
  it('pimpinan-paser sees the grid with a read-only banner and cannot open an editor', async () => {
    const other = await newPage(browser, server.url);
    await login(other, 'pimpinan-paser');
    await other.goto('/p/kabupaten-paser/bkpsdm/2025/perencanaan?tab=sunting');
    await other.getByText('Hanya dapat dibaca').waitFor();
    await other.getByRole('grid').getByText('Nilai SAKIP Perangkat Daerah').first().click();
    await other.keyboard.press('Enter');
    await expect(other.locator('input.sheet__input').count()).resolves.toBe(0);
    await expect(other.getByRole('button', { name: /Tambah tujuan/ }).count()).resolves.toBe(0);
    await screenshot(other, 'planning-edit-hanya-baca');
    await other.context().close();
  });
});
