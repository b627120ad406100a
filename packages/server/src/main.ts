/**
 * `npm start`: listens at once (the web app's files answer, /api says "menyiapkan …" with 503),
 * then opens the database (PGlite in ./data unless DATABASE_URL), migrates, seeds the demo on an
 * empty database, and hands every request to the full app; shuts down cleanly on SIGINT/SIGTERM.
 * The database and the app are imported only after listening: their modules take most of the
 * start-up's compile time.
 */
import { relative } from 'node:path';
import { serve } from '@hono/node-server';
import type { Database } from '@kinerja/db';
import { loadConfig } from './config.ts';
import { startingApp, type StartPhase } from './http/starting.ts';

type Fetch = (request: Request, env?: unknown) => Response | Promise<Response>;

async function main(): Promise<void> {
  const config = loadConfig();
  let phase: StartPhase = 'database';
  let handle: Fetch = startingApp(config.webDir, () => phase).fetch;
  let database: Database | undefined;

  let stopping = false;
  const server = serve({ fetch: (request, env) => handle(request, env), port: config.port, hostname: config.host }, (info) => {
    console.log(`kinerja: menyiapkan http://localhost:${info.port} …`);
  });
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`kinerja: berhenti (${signal}) …`);
    server.close(() => {
      (database ? database.close() : Promise.resolve()).then(
        () => process.exit(0),
        (e: unknown) => {
          console.error(e);
          process.exit(1);
        },
      );
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  // the app's modules load (tsx compiles them) while the database opens
  const appModule = import('./app.ts');
  appModule.catch(() => undefined);
  const { openDefaultDatabase, schema } = await import('@kinerja/db');
  database = await openDefaultDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const { db } = database;
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('./demo/accounts.ts');
  const { isDemo, seedDemo } = await import('./demo/seed-demo.ts');
  const empty = (await db.select({ id: schema.pemda.id }).from(schema.pemda).limit(1)).length === 0;
  if (config.demo === 'on' || (config.demo === 'auto' && empty)) {
    phase = 'demo';
    console.log('kinerja: memuat data demo …');
    await seedDemo(db);
  }
  const demo = config.demo !== 'off' && (await isDemo(db));
  const { createApp } = await appModule;
  const app = createApp({
    db,
    kind: database.kind,
    demo,
    webDir: config.webDir,
    sessionTtlMs: config.sessionTtlMs,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
  });
  if (stopping) return;
  handle = app.fetch;
  const rel = relative(process.cwd(), database.location);
  const dir = rel.startsWith('..') ? database.location : `./${rel}`;
  const where = database.kind === 'pglite' ? `PGlite ${dir}` : `PostgreSQL ${database.location}`;
  console.log(`kinerja berjalan di http://localhost:${config.port} (${where})`);
  if (demo) {
    console.log(`MODE DEMO: akun contoh, semuanya dengan kata sandi "${DEMO_PASSWORD}":`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(16)} ${a.role}${a.opd ? ` (${a.opd})` : ''}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
