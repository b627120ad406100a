/**
 * The default database of the server and the CLI: PostgreSQL when a URL is given (option or
 * DATABASE_URL), otherwise PGlite in a data directory (option, KINERJA_DATA_DIR, or ./data) that is
 * created when absent and locked for this process. Migrated on open.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase, type Database } from './client.ts';
import { acquireDirLock } from './lock.ts';

export interface DefaultDatabaseOptions {
  dataDir?: string | undefined;
  url?: string | undefined;
}

export async function openDefaultDatabase(opts: DefaultDatabaseOptions = {}): Promise<Database> {
  const url = opts.url ?? process.env.DATABASE_URL;
  if (url) {
    const database = await openDatabase({ url });
    try {
      await database.migrate();
    } catch (e) {
      await database.close();
      throw e;
    }
    return database;
  }
  const dir = resolve(opts.dataDir ?? process.env.KINERJA_DATA_DIR ?? './data');
  mkdirSync(dir, { recursive: true });
  const lock = acquireDirLock(dir);
  let database: Database;
  try {
    database = await openDatabase({ dataDir: dir });
  } catch (e) {
    lock.release();
    throw e;
  }
  try {
    await database.migrate();
  } catch (e) {
    await database.close();
    lock.release();
    throw e;
  }
  const close = database.close;
  return {
    ...database,
    close: async () => {
      try {
        await close();
      } finally {
        lock.release();
      }
    },
  };
}
