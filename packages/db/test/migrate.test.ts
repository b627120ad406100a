import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/index.ts';
import { testDatabase } from '../src/testing.ts';

describe('migrations', () => {
  it('migrate an empty database and are idempotent', async () => {
    const database = await testDatabase();
    await database.migrate();
    const rows = await database.db.execute(sql`select count(*)::int as n from information_schema.tables where table_name = 'plan_node'`);
    expect(Number((rows as unknown as { rows: { n: number | string }[] }).rows[0]?.n)).toBe(1);
    await database.close();
  });

  it('opens PGlite in memory by default', async () => {
    const database = await openDatabase({});
    expect(database.kind).toBe('pglite');
    await database.close();
  });
});
