/**
 * Screenshots of every page at 1366×768 and 390×844 into e2e/artifacts/, to look at the app.
 *   node_modules/.bin/tsx e2e/support/screenshots.ts            (real server; builds the web first)
 *   node_modules/.bin/tsx e2e/support/screenshots.ts --mock     (fixture mock, no server needed)
 *   KINERJA_URL=http://localhost:3000 … screenshots.ts           (an already running server)
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, login, newPage } from './browser.ts';
import { startMockServer } from './mock-server.ts';
import { ARTIFACTS, ensureWebBuild } from './paths.ts';
import { startServer, type RunningServer } from './server.ts';

interface Shot {
  name: string;
  user: string | null;
  path: string;
  /** extra steps before the picture */
  before?: (page: Page) => Promise<void>;
}

const P = '/p/kabupaten-paser/bkpsdm/2024';
const SHOTS: Shot[] = [
  { name: 'masuk', user: null, path: '/masuk' },
  { name: 'beranda', user: 'perencana-paser', path: P },
  { name: 'perencanaan', user: 'perencana-paser', path: `${P}/perencanaan` },
  { name: 'perencanaan-ref', user: 'perencana-paser', path: `${P}/perencanaan?ref=SK2.1.4` },
  { name: 'evaluasi-temuan', user: 'perencana-paser', path: `${P}/evaluasi` },
  { name: 'pengukuran-segera', user: 'perencana-paser', path: `${P}/pengukuran` },
  {
    name: 'menu-pengguna',
    user: 'perencana-paser',
    path: P,
    before: async (page) => page.getByRole('button', { name: /Menu pengguna/ }).click(),
  },
  {
    name: 'nav-terbuka',
    user: 'perencana-paser',
    path: P,
    before: async (page) => {
      const button = page.getByRole('button', { name: 'Buka menu navigasi' });
      if (await button.isVisible()) await button.click();
    },
  },
  { name: 'admin-pengguna', user: 'admin-paser', path: `${P}/admin` },
  { name: 'admin-opd', user: 'admin-paser', path: `${P}/admin?tab=opd` },
  {
    name: 'admin-tambah-pengguna',
    user: 'admin-paser',
    path: `${P}/admin`,
    before: async (page) => page.getByRole('button', { name: /Tambah pengguna/ }).click(),
  },
  { name: 'tidak-ditemukan', user: 'admin-kukar', path: P },
  { name: 'superadmin-beranda', user: 'superadmin', path: '/' },
  { name: 'operator-beranda', user: 'operator-paser', path: P },
  { name: 'kukar-perencanaan', user: 'admin-kukar', path: '/p/kabupaten-kutai-kartanegara/bkpsdm/2025/perencanaan' },
];

async function main(): Promise<void> {
  const mock = process.argv.includes('--mock');
  const full = process.argv.includes('--full');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  ensureWebBuild(process.argv.includes('--build'));
  let server: RunningServer | null = null;
  const url = process.env.KINERJA_URL ?? (server = mock ? await startMockServer() : await startServer()).url;
  const browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
  try {
    for (const [label, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      let page: Page | null = null;
      let as: string | null | undefined;
      for (const shot of SHOTS.filter((s) => !only || s.name.includes(only))) {
        if (!page || as !== shot.user) {
          await page?.context().close();
          page = await newPage(browser, url, viewport);
          if (shot.user) await login(page, shot.user);
          as = shot.user;
        }
        await page.goto(shot.path);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        if (shot.before) await shot.before(page);
        await page.waitForTimeout(200);
        const file = `${ARTIFACTS}${shot.name}-${label}.png`;
        await page.screenshot({ path: file, fullPage: full });
        console.log(file);
      }
      await page?.context().close();
    }
  } finally {
    await browser.close();
    await server?.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
