/**
 * `npm start`: opens the database (PGlite in ./data unless DATABASE_URL), migrates, seeds the demo
 * on an empty database, serves /api and the web app, and shuts down cleanly on SIGINT/SIGTERM.
 */
import { relative } from 'node:path';
import { serve } from '@hono/node-server';
import { openDefaultDatabase, schema } from '@kinerja/db';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/accounts.ts';
import { isDemo, seedDemo } from './demo/seed-demo.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDefaultDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const { db } = database;
  const empty = (await db.select({ id: schema.pemda.id }).from(schema.pemda).limit(1)).length === 0;
  if (config.demo === 'on' || (config.demo === 'auto' && empty)) {
    console.log('kinerja: memuat data demo …');
    await seedDemo(db);
  }
  const demo = config.demo !== 'off' && (await isDemo(db));
  const app = createApp({
    db,
    kind: database.kind,
    demo,
    webDir: config.webDir,
    sessionTtlMs: config.sessionTtlMs,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
  });
  const rel = relative(process.cwd(), database.location);
  const dir = rel.startsWith('..') ? database.location : `./${rel}`;
  const where = database.kind === 'pglite' ? `PGlite ${dir}` : `PostgreSQL ${database.location}`;
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    console.log(`kinerja berjalan di http://localhost:${info.port} (${where})`);
    if (demo) {
      console.log(`MODE DEMO: akun contoh, semuanya dengan kata sandi "${DEMO_PASSWORD}":`);
      for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(16)} ${a.role}${a.opd ? ` (${a.opd})` : ''}`);
    }
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`kinerja: berhenti (${signal}) …`);
    server.close(() => {
      database.close().then(
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
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
