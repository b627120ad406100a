/** Row counts of one Pemda in every table that carries `pemda_id`: what a failed write must leave unchanged. */
import { sql } from 'drizzle-orm';
import type { Executor } from '@kinerja/db';

const rowsOf = async <T>(db: Executor, q: ReturnType<typeof sql>): Promise<T[]> => ((await db.execute(q)) as unknown as { rows: T[] }).rows;

export async function tenantTables(db: Executor): Promise<string[]> {
  const r = await rowsOf<{ table_name: string }>(
    db,
    sql`select distinct table_name from information_schema.columns where column_name = 'pemda_id' and table_schema = current_schema() order by table_name`,
  );
  return r.map((x) => x.table_name);
}

/** `{ table: count }` of the rows of `pemdaId` in one query (sessions excluded: logins are not data). */
export async function tenantCounts(db: Executor, pemdaId: string, tables: readonly string[]): Promise<Record<string, number>> {
  const parts = tables
    .filter((t) => t !== 'session')
    .map((t) => sql`select ${t} as t, count(*) as n from ${sql.identifier(t)} where pemda_id = ${pemdaId}`);
  parts.push(sql`select 'pemda' as t, count(*) as n from pemda where id = ${pemdaId}`);
  const rows = await rowsOf<{ t: string; n: number | string }>(db, sql.join(parts, sql` union all `));
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}

export async function pemdaIdOfSlug(db: Executor, slug: string): Promise<string | undefined> {
  const [r] = await rowsOf<{ id: string }>(db, sql`select id from pemda where slug = ${slug}`);
  return r?.id;
}
