/**
 * P3: the Pemda dashboard route (GET /api/pemda/:pemda/dashboard/:year) of a Pemda with 60 OPD ×
 * 100 indicators × 12 months, server time in-process, on PostgreSQL and on PGlite.
 * PostgreSQL is filled with the COPY loader, PGlite through importDataset (the real import).
 */
import { importDataset, openDatabase, systemActor } from '@kinerja/db';
import { loadPemda } from './copy-load.ts';
import { generateOpdDataset } from './generate.ts';
import { adminApp, medianGet } from './in-process.ts';
import { benchPostgres } from './postgres.ts';
import { result, type Result } from './results.ts';
import { pemdaName } from './templates.ts';

const OPD = 60;
const INDICATORS = 100;
const PEMDA_INDEX = 900; // a Pemda of its own, apart from P4's
const slugOf = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export async function p3(): Promise<Result[]> {
  const out: Result[] = [];
  const pgServer = benchPostgres();
  try {
    const database = await openDatabase({ url: pgServer.url });
    await database.migrate();
    await loadPemda({ url: pgServer.url, from: PEMDA_INDEX, to: PEMDA_INDEX + 1, opd: OPD, indicators: INDICATORS });
    const app = await adminApp(database, slugOf(pemdaName(PEMDA_INDEX)));
    out.push(result('P3', 'pemda dashboard, PostgreSQL', await medianGet(app, `/api/pemda/${slugOf(pemdaName(PEMDA_INDEX))}/dashboard/2025`), 'ms', null, `${OPD} OPD × ${INDICATORS} indicators × 12 months`));
    await database.close();
  } finally {
    pgServer.stop();
  }
  const lite = await openDatabase({});
  await lite.migrate();
  for (let k = 0; k < OPD; k++) await importDataset(lite.db, generateOpdDataset(PEMDA_INDEX, k, { indicators: INDICATORS }), { actor: systemActor });
  const app = await adminApp(lite, slugOf(pemdaName(PEMDA_INDEX)));
  out.push(result('P3', 'pemda dashboard, PGlite', await medianGet(app, `/api/pemda/${slugOf(pemdaName(PEMDA_INDEX))}/dashboard/2025`), 'ms', null, `${OPD} OPD × ${INDICATORS} indicators × 12 months`));
  await lite.close();
  return out;
}
