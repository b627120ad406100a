// Migrates the PostgreSQL named by DATABASE_URL once before the test files run in parallel
// (each PGlite test database migrates itself).
import { openDatabase } from '@kinerja/db';

export default async function setup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const database = await openDatabase({ url });
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
}
