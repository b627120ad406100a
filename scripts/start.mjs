// `npm start`: builds the web app when its bundle is missing or older than its sources, then runs the
// server in one node process with tsx's loader (no extra tsx CLI process in between).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureWebBuild } from './ensure-web-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = ensureWebBuild();
if (built !== 0) process.exit(built);
const require = createRequire(import.meta.url);
const tsx = pathToFileURL(require.resolve('tsx')).href;
const r = spawnSync(process.execPath, ['--import', tsx, join(root, 'packages/server/src/main.ts')], { stdio: 'inherit' });
process.exit(r.status ?? 1);
