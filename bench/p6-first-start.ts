/**
 * P6: `npm start` (node scripts/start.mjs, the web app already built) on an empty data directory,
 * as a new user gets it: until the first page answers (the login page; /api says "menyiapkan …"
 * meanwhile), and until the API is ready (database created and migrated, demo data seeded: login
 * works). Then a second start on the same directory.
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, killGroup, ROOT } from '../packages/server/test/reliability/server-process.ts';
import { result, type Result } from './results.ts';

const until = async (probe: () => Promise<boolean>, child: ChildProcess, out: () => string): Promise<void> => {
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out()}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`server did not answer in time:\n${out()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

async function start(dataDir: string): Promise<{ page: number; api: number }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = { ...(process.env as Record<string, string>), PORT: String(port), HOST: '127.0.0.1', KINERJA_DATA_DIR: dataDir, KINERJA_DEMO: '' };
  delete env.DATABASE_URL;
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (log += b.toString()));
  const exited = new Promise((r) => child.once('exit', r));
  try {
    await until(async () => {
      const res = await fetch(`${url}/`);
      return res.status === 200 && (await res.text()).includes('<div id="root">');
    }, child, () => log);
    const page = performance.now() - t0;
    await until(async () => {
      const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'perencana-paser', password: 'kinerja-demo' }) });
      return res.status === 200;
    }, child, () => log);
    return { page, api: performance.now() - t0 };
  } finally {
    killGroup(child, 'SIGTERM');
    await exited;
  }
}

export async function p6(): Promise<Result[]> {
  // the web app built beforehand, as after `npm ci && npm start` once: P6 is the server's start
  execSync('npm run build -w @kinerja/web', { cwd: ROOT, stdio: 'ignore' });
  const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-p6-'));
  try {
    const first = await start(dataDir);
    const second = await start(dataDir);
    return [
      result('P6', 'first start, empty data dir → first page', first.page / 1000, 's'),
      result('P6', 'first start, empty data dir → API ready (demo seeded, login works)', first.api / 1000, 's'),
      result('P6', 'second start, same data dir → first page', second.page / 1000, 's'),
      result('P6', 'second start, same data dir → API ready', second.api / 1000, 's'),
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
