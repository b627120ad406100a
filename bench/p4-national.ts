/**
 * P4: a national-size database (542 Pemda × 40 OPD × 100 indicators × 12 months) on PostgreSQL,
 * loaded with COPY. BENCH_P4_PEMDA sets how many Pemda are loaded (default a fraction, 14 = 1/39,
 * within the bench's machine-time budget); load time and disk are extrapolated linearly to 542.
 * Then: one OPD's plan view (GET …/plans/:year, server time in-process) and importing one more
 * whole Pemda (40 OPD through importDataset, the real import with validation and audit).
 */
import { sql } from 'drizzle-orm';
import { importDataset, openDatabase, systemActor } from '@kinerja/db';
import { loadPemda } from './copy-load.ts';
import { generateOpdDataset } from './generate.ts';
import { adminApp, medianGet } from './in-process.ts';
import { benchPostgres } from './postgres.ts';
import { result, timed, type Result } from './results.ts';
import { pemdaName } from './templates.ts';

const NATIONAL = 542;
const OPD = 40;
const INDICATORS = 100;
const slugOf = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export async function p4(): Promise<Result[]> {
  const n = Number(process.env.BENCH_P4_PEMDA ?? 14);
  const pgServer = benchPostgres();
  try {
    const database = await openDatabase({ url: pgServer.url });
    await database.migrate();
    const size0 = await dbSize(database.db);
    const load = await timed(() => loadPemda({ url: pgServer.url, from: 0, to: n, opd: OPD, indicators: INDICATORS }));
    await database.db.execute(sql`analyze`);
    const bytes = (await dbSize(database.db)) - size0;
    const scale = NATIONAL / n;
    const note = n === NATIONAL ? 'full size' : `${n} of ${NATIONAL} Pemda loaded, extrapolated ×${scale.toFixed(1)}`;
    const rows = load.value.indicator_value ?? 0;

    const target = Math.floor(n / 2);
    const app = await adminApp(database, slugOf(pemdaName(target)));
    const view = await medianGet(app, `/api/pemda/${slugOf(pemdaName(target))}/opd/dinkes/plans/2025`);

    const fresh = NATIONAL + 1;
    const imported = await timed(async () => {
      for (let k = 0; k < OPD; k++) await importDataset(database.db, generateOpdDataset(fresh, k, { indicators: INDICATORS }), { actor: systemActor });
    });
    await database.close();
    return [
      result('P4', 'COPY load (measured part)', load.ms / 1000, 's', null, `${n} Pemda, ${rows} indicator values`),
      result('P4', 'COPY load, national (extrapolated)', (load.ms / 1000 / 60) * scale, 'min', null, note),
      result('P4', 'disk, national (extrapolated)', (bytes / 2 ** 30) * scale, 'GiB', null, note),
      result('P4', 'one OPD plan view', view, 'ms', null, `on ${n} Pemda`),
      result('P4', 'import one Pemda (40 OPD)', imported.ms / 1000, 's', null, `on ${n} Pemda, importDataset × 40`),
    ];
  } finally {
    pgServer.stop();
  }
}

async function dbSize(db: Awaited<ReturnType<typeof openDatabase>>['db']): Promise<number> {
  const r = (await db.execute(sql`select pg_database_size(current_database()) as n`)) as unknown as { rows: { n: string | number }[] };
  return Number(r.rows[0]?.n ?? 0);
}
