/**
 * `restorePemda`: a `kinerja-backup/1` document into a database where its Pemda does not exist,
 * in one transaction, keeping every id. Audit rows keep their ids unless another Pemda's rows
 * already use them (then they are renumbered, in order).
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { KinerjaError } from '@kinerja/domain';
import { writeAudit, type Actor } from '../audit.ts';
import type { Db, Executor } from '../client.ts';
import { msg } from '../messages.ts';
import { findPemdaBySlug } from '../tenant.ts';
import type { BackupRow, PemdaBackup } from './backup-pemda.ts';
import { backupTables, queryRows } from './tables.ts';

export interface RestoreOptions {
  actor: Actor;
}

export interface RestoreResult {
  pemdaId: string;
  pemdaSlug: string;
  counts: Record<string, number>;
}

const rowSchema = z.record(z.string(), z.unknown());
const backupSchema = z.object({
  format: z.literal('kinerja-backup/1'),
  pemda: z.object({ id: z.string().uuid(), slug: z.string().min(1), name: z.string() }),
  rows: z.record(z.string(), z.array(rowSchema)),
  shared: z.object({ rule_set: z.array(rowSchema) }).optional(),
});

async function insertRows(tx: Executor, table: string, rows: BackupRow[], withoutId = false): Promise<void> {
  if (rows.length === 0) return;
  const t = sql.identifier(table);
  const json = JSON.stringify(rows);
  if (!withoutId) {
    await tx.execute(sql`insert into ${t} select * from jsonb_populate_recordset(null::${t}, ${json}::jsonb)`);
    return;
  }
  const cols = Object.keys(rows[0] ?? {}).filter((c) => c !== 'id');
  const list = sql.join(cols.map((c) => sql.identifier(c)), sql`, `);
  await tx.execute(
    sql`insert into ${t} (${list}) select ${list} from jsonb_populate_recordset(null::${t}, ${json}::jsonb) order by id`,
  );
}

async function restoreAudit(tx: Executor, rows: BackupRow[]): Promise<void> {
  if (rows.length === 0) return;
  const ids = rows.map((r) => Number(r.id)).filter(Number.isSafeInteger);
  const taken = await queryRows<{ n: number | string }>(
    tx,
    sql`select count(*) as n from audit_log where id in (select (x::text)::bigint from jsonb_array_elements(${JSON.stringify(ids)}::jsonb) x)`,
  );
  const clash = Number(taken[0]?.n ?? 0) > 0;
  await insertRows(tx, 'audit_log', rows, clash);
  if (!clash) {
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('audit_log', 'id'), greatest((select max(id) from audit_log), 1))`,
    );
  }
}

export async function restorePemda(db: Db, input: unknown, opts: RestoreOptions): Promise<RestoreResult> {
  const parsed = backupSchema.safeParse(input);
  if (!parsed.success) throw new KinerjaError('invalid', msg.badBackup, 'format');
  const backup = parsed.data as PemdaBackup;
  return db.transaction(async (tx) => {
    if (await findPemdaBySlug(tx, backup.pemda.slug)) {
      throw new KinerjaError('conflict', msg.pemdaExists(backup.pemda.slug), 'pemda');
    }
    const usernames = (backup.rows.app_user ?? []).map((u) => String(u.username));
    if (usernames.length > 0) {
      const taken = await queryRows<{ username: string }>(
        tx,
        sql`select username from app_user where username in (select jsonb_array_elements_text(${JSON.stringify(usernames)}::jsonb))`,
      );
      if (taken.length > 0) throw new KinerjaError('conflict', msg.usernameTaken(taken.map((t) => t.username)), 'app_user');
    }
    await insertSharedRuleSets(tx, backup.shared?.rule_set ?? []);
    const tables = await backupTables(tx);
    const unknown = Object.keys(backup.rows).filter((t) => !tables.includes(t));
    if (unknown.length > 0) throw new KinerjaError('invalid', msg.badBackup, `rows.${unknown[0]}`);
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const rows = backup.rows[table] ?? [];
      counts[table] = rows.length;
      if (table === 'audit_log') await restoreAudit(tx, rows);
      else await insertRows(tx, table, rows);
    }
    await writeAudit(tx, {
      pemdaId: backup.pemda.id,
      actor: opts.actor,
      action: 'restore',
      entity: 'pemda',
      entityId: backup.pemda.id,
      after: counts,
    });
    return { pemdaId: backup.pemda.id, pemdaSlug: backup.pemda.slug, counts };
  });
}

async function insertSharedRuleSets(tx: Executor, rows: BackupRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(
    sql`insert into rule_set select * from jsonb_populate_recordset(null::rule_set, ${JSON.stringify(rows)}::jsonb) on conflict do nothing`,
  );
}
