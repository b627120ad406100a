// Builds the web app (packages/web/dist) when its bundle is missing or older than its sources.
// Used by `npm start` (scripts/start.mjs) and the browser journeys (e2e/support/paths.ts);
// run directly: `node scripts/ensure-web-build.mjs [--force]`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'packages/web');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** True when dist/index.html is missing or any file under src/ (or index.html, vite config) is newer. */
export function webBuildIsStale() {
  const built = join(web, 'dist/index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(newest(join(web, 'src')), statSync(join(web, 'index.html')).mtimeMs, statSync(join(web, 'vite.config.ts')).mtimeMs);
  return sources > statSync(built).mtimeMs;
}

/** Builds when stale (or always with force); returns the build's exit status (0 when nothing to do). */
export function ensureWebBuild(force = false) {
  if (!force && !webBuildIsStale()) return 0;
  console.log('kinerja: membangun aplikasi web …');
  const r = spawnSync('npm', ['run', 'build', '-w', '@kinerja/web'], { stdio: 'inherit', cwd: root });
  return r.status ?? 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exit(ensureWebBuild(process.argv.includes('--force')));
}
