/**
 * The demo: the four source documents of /demo and one account per role. Safe to run again: a
 * plan or an account that exists is left alone. Marks the database as a demo with an audit row
 * (entity `demo`), which /api/health and /api/auth/me report.
 */
import { readFile } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { findOpd, findPemdaBySlug, findPlan, importDataset, schema, slugify, systemActor, validateDataset, writeAudit, type Db } from '@kinerja/db';
import { hashPassword } from '../auth/password.ts';
import { DEMO_ACCOUNTS, DEMO_FILES, DEMO_PASSWORD, type DemoAccount } from './accounts.ts';

export const DEMO_DIR = new URL('../../../../demo/', import.meta.url);

export async function isDemo(db: Db): Promise<boolean> {
  const rows = await db.select({ id: schema.auditLog.id }).from(schema.auditLog).where(eq(schema.auditLog.entity, 'demo')).limit(1);
  return rows.length > 0;
}

/**
 * The demo's working year: its plans are imported as drafts (the source's Renaksi Perubahan 2025 is
 * signed) so the demo journey can edit the tree, submit and approve the PK and make a Perubahan.
 * Earlier years keep the source's state: signed documents are signed and lock their plan.
 */
export const DEMO_WORKING_YEAR = 2025;

async function importFile(db: Db, file: string): Promise<void> {
  const d = validateDataset(JSON.parse(await readFile(new URL(file, DEMO_DIR), 'utf8')));
  const p = await findPemdaBySlug(db, slugify(d.pemda.name));
  const o = p ? await findOpd(db, p.id, slugify(d.opd.abbr || d.opd.name)) : undefined;
  if (p && o && (await findPlan(db, p.id, o.id, d.year))) return;
  await importDataset(db, d, { actor: systemActor, documentStatus: d.year >= DEMO_WORKING_YEAR ? 'draft' : 'source' });
}

async function createAccount(db: Db, a: DemoAccount, passwordHash: string): Promise<void> {
  const [taken] = await db.select({ id: schema.appUser.id }).from(schema.appUser).where(eq(schema.appUser.username, a.username));
  if (taken) return;
  const pemda = a.pemda ? await findPemdaBySlug(db, a.pemda) : undefined;
  if (a.pemda && !pemda) throw new Error(`demo: Pemda ${a.pemda} tidak ada`);
  const opd = pemda && a.opd ? await findOpd(db, pemda.id, a.opd) : undefined;
  if (a.opd && !opd) throw new Error(`demo: OPD ${a.opd} tidak ada`);
  const [unit] =
    opd && a.unit
      ? await db
          .select({ id: schema.unit.id })
          .from(schema.unit)
          .where(and(eq(schema.unit.opdId, opd.id), eq(schema.unit.name, a.unit)))
      : [];
  if (a.unit && !unit) throw new Error(`demo: unit ${a.unit} tidak ada`);
  await db.transaction(async (tx) => {
    const [u] = await tx
      .insert(schema.appUser)
      .values({ pemdaId: pemda?.id ?? null, username: a.username, displayName: a.displayName, passwordHash })
      .returning();
    if (!u) throw new Error('insert app_user returned nothing');
    await tx
      .insert(schema.roleAssignment)
      .values({ pemdaId: pemda?.id ?? null, userId: u.id, role: a.role, opdId: opd?.id ?? null, unitId: unit?.id ?? null });
    await writeAudit(tx, {
      pemdaId: pemda?.id ?? null,
      actor: systemActor,
      action: 'create',
      entity: 'app_user',
      entityId: u.id,
      after: { username: a.username, displayName: a.displayName, roles: [{ role: a.role, opd: a.opd ?? null, unit: unit?.id ?? null }] },
      reason: 'data demo',
    });
  });
}

export async function seedDemo(db: Db): Promise<void> {
  for (const file of DEMO_FILES) await importFile(db, file);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of DEMO_ACCOUNTS) await createAccount(db, a, passwordHash);
  if (!(await isDemo(db))) await writeAudit(db, { pemdaId: null, actor: systemActor, action: 'seed', entity: 'demo', reason: 'data demo' });
}
