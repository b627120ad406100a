/** Runs the `kinerja` command in a child process, as a user would. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tsxCli = require.resolve('tsx/cli');
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `kinerja ...args`, without DATABASE_URL (the tests use a PGlite --data directory). */
export function kinerja(args: string[], input?: string): CliResult {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [tsxCli, 'packages/cli/src/main.ts', ...args], {
    cwd: repoRoot,
    env,
    input: input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const parseJson = <T>(text: string): T => JSON.parse(text) as T;
