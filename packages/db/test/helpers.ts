import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/index.ts';

/**
 * A migrated database for a test: PostgreSQL when DATABASE_URL is set (each call gets its own
 * schema-less fresh state through a new Pemda, so tests may share it), otherwise PGlite in memory.
 */
export async function testDatabase(): Promise<Database> {
  const database = await openDatabase({ url: process.env.DATABASE_URL });
  await database.migrate();
  return database;
}

export { sql };
