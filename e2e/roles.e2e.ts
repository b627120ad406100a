/**
 * Login per role with the demo accounts: each lands on its home, sees only the navigation it may
 * use, and a forbidden page or action is refused clearly; a Kutai Kartanegara user gets 404 for
 * Paser, in the browser and from the API; repeated wrong passwords end in a clear limit message.
 * The server trusts X-Forwarded-For here so that each browser context is its own client address
 * (as users behind the office proxy): the login limit (10 a minute per address) then applies to
 * each context, not to the whole test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, DESKTOP, launchBrowser, login, screenshot } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let address = 10;

beforeAll(async () => {
  server = await startServer({ KINERJA_TRUST_PROXY: '1' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page in a fresh context with its own client address. */
async function clientPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, viewport: DESKTOP, locale: 'id-ID', extraHTTPHeaders: { 'x-forwarded-for': `10.0.0.${address++}` } });
  return context.newPage();
}

const navLinks = async (page: Page): Promise<string[]> => {
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await nav.getByRole('link').first().waitFor();
  return (await nav.getByRole('link').allInnerTexts()).map((t) => t.replace(/^\W+/, '').trim());
};

const PASER = '/p/kabupaten-paser/bkpsdm/2025';
const KUKAR = '/p/kabupaten-kutai-kartanegara/bkpsdm/2025';
const ALL = ['Beranda', 'Dasbor Pemda', 'Perencanaan', 'Pengukuran', 'Pelaporan', 'Evaluasi', 'Admin'];

describe('each role lands on its home and sees only its navigation', () => {
  it.each([
    ['superadmin', /^\/p\/kabupaten-[a-z-]+\/bkpsdm\/\d{4}$/, ALL],
    ['admin-paser', /^\/p\/kabupaten-paser\/bkpsdm\/2025$/, ALL],
    ['evaluator-paser', /^\/p\/kabupaten-paser\/bkpsdm\/2025$/, ['Beranda', 'Dasbor Pemda', 'Perencanaan', 'Pelaporan', 'Evaluasi']],
    ['perencana-paser', /^\/p\/kabupaten-paser\/bkpsdm\/2025$/, ['Beranda', 'Perencanaan', 'Pengukuran', 'Pelaporan', 'Evaluasi']],
    ['operator-paser', /^\/p\/kabupaten-paser\/bkpsdm\/2025$/, ['Beranda', 'Perencanaan', 'Pengukuran']],
    ['pimpinan-paser', /^\/p\/kabupaten-paser\/bkpsdm\/2025$/, ['Beranda', 'Perencanaan', 'Pengukuran', 'Pelaporan', 'Evaluasi']],
    ['admin-kukar', /^\/p\/kabupaten-kutai-kartanegara\/bkpsdm\/2025$/, ALL],
    ['perencana-kukar', /^\/p\/kabupaten-kutai-kartanegara\/bkpsdm\/2025$/, ['Beranda', 'Perencanaan', 'Pengukuran', 'Pelaporan', 'Evaluasi']],
  ] as const)('%s', async (username, home, nav) => {
    const page = await clientPage();
    await login(page, username);
    await page.waitForURL((u) => home.test(u.pathname));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await navLinks(page)).toEqual(nav);
    await page.getByRole('button', { name: /Menu pengguna/ }).waitFor();
    await screenshot(page, `roles-home-${username}`);
    await page.context().close();
  });
});

describe('forbidden pages and actions are refused clearly', () => {
  it('the operator opening Admin sees "Akses ditolak", and the API answers 403 to a plan edit', async () => {
    const page = await clientPage();
    await login(page, 'operator-paser');
    await page.goto(`${PASER}/admin`);
    await page.getByRole('heading', { name: 'Akses ditolak' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Peran Anda tidak mengizinkan halaman ini.');
    expect(await page.getByRole('button', { name: /Tambah pengguna/ }).count()).toBe(0);
    await screenshot(page, 'roles-operator-admin-403');

    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const res = await page.request.post('/api/pemda/kabupaten-paser/opd/bkpsdm/plans/2025/nodes', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { kind: 'sasaran', name: 'Meningkatnya kualitas pelayanan kepegawaian' },
    });
    expect(res.status()).toBe(403);
    expect(((await res.json()) as { title: string }).title).toBe('Anda tidak berwenang melakukan tindakan ini.');
    await page.context().close();
  });

  it('the evaluator reads Perencanaan but cannot edit it (no edit controls; the API answers 403)', async () => {
    const page = await clientPage();
    await login(page, 'evaluator-paser');
    await page.goto(`${PASER}/perencanaan`);
    await page.getByRole('heading', { level: 1, name: 'Perencanaan' }).waitFor();
    expect(await page.getByRole('button', { name: /Tambah simpul|Tambah sasaran/ }).count()).toBe(0);
    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const res = await page.request.put('/api/pemda/kabupaten-paser/opd/bkpsdm/plans/2025/values', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { entries: [{ indicatorId: '00000000-0000-4000-8000-000000000000', kind: 'target', period: '2025', value: 75 }] },
    });
    expect(res.status()).toBe(403);
    await screenshot(page, 'roles-evaluator-perencanaan');
    await page.context().close();
  });
});

describe('a user of another Pemda gets 404, never data', () => {
  it('admin-kukar: the Paser page says "Data tidak ditemukan", the Paser API answers 404', async () => {
    const page = await clientPage();
    await login(page, 'admin-kukar');
    await page.goto(`${PASER.replace('2025', '2024')}/perencanaan`);
    await page.getByRole('heading', { name: 'Data tidak ditemukan' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('bukan milik Pemda Anda');
    expect(text).not.toContain('Rp 11.243.148.006');
    await screenshot(page, 'roles-kukar-paser-404');
    for (const path of ['/api/pemda/kabupaten-paser', '/api/pemda/kabupaten-paser/opd', '/api/pemda/kabupaten-paser/opd/bkpsdm/plans/2024', '/api/pemda/kabupaten-paser/users']) {
      const res = await page.request.get(path);
      expect(res.status(), path).toBe(404);
      const body = await res.text();
      expect(body, path).not.toMatch(/BKPSDM|Paser|71\.51/);
    }
    // its own Pemda answers
    await page.goto(KUKAR);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect((await page.request.get('/api/pemda/kabupaten-kutai-kartanegara/opd')).status()).toBe(200);
    await page.context().close();
  });
});

describe('login limits show a clear message', () => {
  const attempt = async (page: Page, username: string, password: string): Promise<string> => {
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill(password);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    const res = await answered;
    return `${res.status()}`;
  };

  it('after 10 attempts a minute from one address: "Terlalu banyak percobaan masuk"', async () => {
    const page = await clientPage();
    await page.goto('/masuk');
    const statuses: string[] = [];
    for (let i = 0; i < 11; i++) statuses.push(await attempt(page, 'bukan-pengguna', `salah-${i}`));
    expect(statuses).toEqual([...Array(10).fill('401'), '429']);
    await page.getByText('Terlalu banyak percobaan masuk dari alamat ini. Tunggu sebentar lalu coba lagi.').waitFor();
    await screenshot(page, 'roles-login-rate-limit');
    await page.context().close();
  });

  it('after 5 wrong passwords the account is locked: "Akun dikunci sementara … 15 menit", even with the right one', async () => {
    const page = await clientPage();
    await page.goto('/masuk');
    const statuses: string[] = [];
    for (let i = 0; i < 5; i++) statuses.push(await attempt(page, 'perencana-kukar', `salah-${i}`));
    expect(statuses).toEqual(['401', '401', '401', '401', '423']);
    await page.getByText(/Akun dikunci sementara karena terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam 15 menit\./).waitFor();
    expect(await attempt(page, 'perencana-kukar', DEMO_PASSWORD)).toBe('423');
    expect(new URL(page.url()).pathname).toBe('/masuk');
    await screenshot(page, 'roles-login-locked');
    await page.context().close();
  });
});
