import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist/', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Builds the web app when packages/web/dist is missing (or when `force`). */
export function ensureWebBuild(force = false): void {
  if (!force && existsSync(`${WEB_DIST}index.html`)) return;
  const r = spawnSync('npm', ['run', 'build', '-w', '@kinerja/web'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('web build failed');
}
