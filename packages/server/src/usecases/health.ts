import { sql } from 'drizzle-orm';
import type { Db } from '@kinerja/db';
import { readFileSync } from 'node:fs';

export const version: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface Health {
  ok: true;
  database: 'pglite' | 'postgres';
  demo: boolean;
  version: string;
}

/** Answers only when the database answers. */
export async function health(db: Db, kind: 'pglite' | 'postgres', demo: boolean): Promise<Health> {
  await db.execute(sql`select 1`);
  return { ok: true, database: kind, demo, version };
}
