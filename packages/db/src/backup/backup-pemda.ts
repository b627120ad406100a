/**
 * `backupPemda`: every row of one Pemda in every table (users with their password hashes, roles,
 * plans, nodes, closure, values, budgets, documents, audit, rule sets) as one JSON document.
 */
import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../client.ts';
import { getPemda } from '../tenant.ts';
import { ORDER, backupTables, queryRows } from './tables.ts';

export type BackupRow = Record<string, unknown>;

export interface PemdaBackup {
  format: 'kinerja-backup/1';
  pemda: { id: string; slug: string; name: string };
  /** `<table>: rows` as `to_jsonb` gives them (snake_case columns, timestamps in UTC) */
  rows: Record<string, BackupRow[]>;
  /** rows of other owners that the Pemda's rows refer to: built-in rule sets */
  shared: { rule_set: BackupRow[] };
}

async function tableRows(tx: Executor, table: string, pemdaId: string): Promise<BackupRow[]> {
  const t = sql.identifier(table);
  const where = table === 'pemda' ? sql`t.id = ${pemdaId}` : sql`t.pemda_id = ${pemdaId}`;
  const order = sql.join(
    (ORDER[table] ?? ['id']).map((c) => sql`t.${sql.identifier(c)}`),
    sql`, `,
  );
  const rows = await queryRows<{ row: BackupRow }>(tx, sql`select to_jsonb(t) as row from ${t} t where ${where} order by ${order}`);
  return rows.map((r) => r.row);
}

export async function backupPemda(db: Db, pemdaSlug: string): Promise<PemdaBackup> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone to 'UTC'`);
    const p = await getPemda(tx, pemdaSlug);
    const rows: Record<string, BackupRow[]> = {};
    for (const table of await backupTables(tx)) rows[table] = await tableRows(tx, table, p.id);
    const shared = await queryRows<{ row: BackupRow }>(
      tx,
      sql`select to_jsonb(r) as row from rule_set r
          where r.pemda_id is null and r.id in (select rule_set_id from rule_set_assignment where pemda_id = ${p.id})
          order by r.id`,
    );
    return {
      format: 'kinerja-backup/1',
      pemda: { id: p.id, slug: p.slug, name: p.name },
      rows,
      shared: { rule_set: shared.map((r) => r.row) },
    };
  });
}
