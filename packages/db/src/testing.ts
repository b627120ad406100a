import { openDatabase, type Database } from './client.ts';

/**
 * A migrated database for one test file: the PostgreSQL of DATABASE_URL when set (migrated once by
 * the global setup; tests share it, so each creates its own Pemda and never assumes an empty
 * database), otherwise a fresh PGlite in memory. Open it once per file (beforeAll): PGlite takes
 * a few seconds to start.
 */
export async function testDatabase(): Promise<Database> {
  const database = await openDatabase({ url: process.env.DATABASE_URL, poolSize: 5 });
  if (database.kind === 'pglite') await database.migrate();
  return database;
}

/** A slug no other test uses. */
export const uniqueSlug = (prefix: string): string => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
