/**
 * The tables a Pemda backup holds, in the order a restore inserts them (parents before children).
 * Tables added later that carry `pemda_id` are found in the catalogue and appended.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client.ts';

export const BACKUP_TABLES = [
  'pemda',
  'opd',
  'unit',
  'jabatan',
  'app_user',
  'role_assignment',
  'rule_set',
  'rule_set_assignment',
  'plan',
  'plan_document',
  'plan_node',
  'plan_node_closure',
  'node_budget',
  'indicator',
  'indicator_value',
  'audit_log',
] as const;

/** Sessions are login tokens, not data: never backed up. */
const NEVER = new Set(['session']);

/** Deterministic row order per table. */
export const ORDER: Record<string, string[]> = {
  plan_node_closure: ['ancestor_id', 'descendant_id'],
  rule_set_assignment: ['year'],
};

/** Rows of a raw query, the same on PGlite and node-postgres. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function backupTables(db: Executor): Promise<string[]> {
  const found = await queryRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.columns
        where column_name = 'pemda_id' and table_schema = current_schema() order by table_name`,
  );
  const known = new Set<string>(BACKUP_TABLES);
  const extra = found.map((r) => r.table_name).filter((t) => !known.has(t) && !NEVER.has(t));
  return [...BACKUP_TABLES, ...extra];
}
