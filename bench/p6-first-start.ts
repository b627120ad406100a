/** P6: `npm start` on an empty data directory (demo seeding included, as a new user gets it) until the first page answers. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from '../packages/server/test/reliability/server-process.ts';
import { result, type Result } from './results.ts';

export async function p6(): Promise<Result[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-p6-'));
  try {
    const t0 = performance.now();
    // KINERJA_DEMO empty = auto: an empty database gets the demo data, as on a first `npm start`
    const server = await startServer({ dataDir, env: { KINERJA_DEMO: '' }, timeoutMs: 300_000 });
    let status = 0;
    while (status !== 200) status = (await fetch(`${server.url}/`)).status;
    const first = performance.now() - t0;
    await stopServer(server);
    const t1 = performance.now();
    const again = await startServer({ dataDir, env: { KINERJA_DEMO: '' }, timeoutMs: 300_000 });
    await fetch(`${again.url}/`);
    const second = performance.now() - t1;
    await stopServer(again);
    return [result('P6', 'first start, empty data dir → page', first / 1000, 's'), result('P6', 'second start, same data dir → page', second / 1000, 's')];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
