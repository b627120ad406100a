/**
 * P5: the web app's initial JavaScript (gzip) and its first usable load (the login form ready) in
 * Chromium over a network throttled to 1.6 Mbps / 150 ms RTT, served by the real server.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ROOT, startServer, stopServer } from '../packages/server/test/reliability/server-process.ts';
import { median, result, type Result } from './results.ts';

const DIST = join(ROOT, 'packages/web/dist');
const RUNS = 3;
const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

export async function p5(): Promise<Result[]> {
  if (!existsSync(join(DIST, 'index.html'))) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-p5-'));
  const server = await startServer({ dataDir, timeoutMs: 300_000 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const loads: number[] = [];
    let scripts = new Set<string>();
    let transferred = 0;
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (0.75e6 / 8) * 0.9 });
      const seen = new Set<string>();
      let bytes = 0;
      cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
      page.on('request', (r) => {
        if (r.resourceType() === 'script') seen.add(new URL(r.url()).pathname);
      });
      const t0 = Date.now();
      await page.goto(`${server.url}/`, { waitUntil: 'commit' });
      await page.locator('input[type="password"]').waitFor({ state: 'visible', timeout: 60_000 });
      loads.push(Date.now() - t0);
      scripts = seen;
      transferred = bytes;
      await context.close();
    }
    const jsGzip = [...scripts].reduce((a, p) => a + gz(join(DIST, p)), 0) / 1024;
    const jsRaw = [...scripts].reduce((a, p) => a + readFileSync(join(DIST, p)).length, 0) / 1024;
    return [
      result('P5', 'initial JS (gzip -9), login page', jsGzip, 'KB', null, `${scripts.size} files, ${Math.round(jsRaw)} KB raw`),
      result('P5', 'first usable load, 1.6 Mbps/150 ms', median(loads) / 1000, 's', null, `median of ${RUNS}, ${Math.round(transferred / 1024)} KB transferred`),
    ];
  } finally {
    await browser.close();
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
