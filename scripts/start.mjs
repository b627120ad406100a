// `npm start`: builds the web app when its bundle is missing or older than its sources, then runs the
// server in one node process with tsx's loader (no extra tsx CLI process in between).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const web = join(root, 'packages/web');
const newest = (dir) => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};
const built = join(web, 'dist/index.html');
if (!existsSync(built) || newest(join(web, 'src')) > statSync(built).mtimeMs) {
  console.log('kinerja: membangun aplikasi web …');
  const r = spawnSync('npm', ['run', 'build', '-w', '@kinerja/web'], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const require = createRequire(import.meta.url);
const tsx = pathToFileURL(require.resolve('tsx')).href;
const r = spawnSync(process.execPath, ['--import', tsx, join(root, 'packages/server/src/main.ts')], { stdio: 'inherit' });
process.exit(r.status ?? 1);
