/**
 * The PostgreSQL of a benchmark: BENCH_DATABASE_URL when set, else a throw-away one started with
 * shared/scripts/start-postgres.sh on its own port, fsync on (the figures of a real server), and
 * stopped at the end. Never the test database: the benchmarks fill it with millions of rows.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BenchPostgres {
  url: string;
  stop(): void;
}

const SCRIPT = ['../../shared/scripts/start-postgres.sh', '../shared/scripts/start-postgres.sh'].map((p) => fileURLToPath(new URL(p, import.meta.url))).find(existsSync);

export function benchPostgres(db = 'kinerja_bench'): BenchPostgres {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, stop: () => undefined };
  if (!SCRIPT) throw new Error('start-postgres.sh not found: set BENCH_DATABASE_URL');
  const out = execFileSync('bash', [SCRIPT], { env: { ...process.env, PG_PORT: process.env.BENCH_PG_PORT ?? '54340', PG_DB: db, PG_FSYNC: 'on' }, encoding: 'utf8' });
  const url = /DATABASE_URL=(\S+)/.exec(out)?.[1];
  const stop = /PG_STOP='([^']+)'/.exec(out)?.[1];
  if (!url || !stop) throw new Error(`start-postgres.sh said:\n${out}`);
  return { url, stop: () => execSync(stop, { stdio: 'inherit' }) };
}
