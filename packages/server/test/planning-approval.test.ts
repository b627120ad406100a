/**
 * plan.approve: the perencana (admin_opd) submits a plan document; approving and signing belong
 * to the pimpinan (kepala OPD) of that OPD and to admin_pemda. On PGlite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema, type Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { createApp } from '../src/app.ts';
import type { Role } from '../src/permissions.ts';
import { rightsFor } from '../src/usecases/planning/transition-version.ts';
import { call, createTenant, login, type Tenant } from './helpers.ts';

let database: Database;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  database = await testDatabase();
  app = createApp({ db: database.db, kind: database.kind, demo: false, loginAttemptsPerMinute: 10_000 });
});
afterAll(async () => database.close());

const base = (t: Tenant) => `/api/pemda/${t.pemda.slug}/opd/${t.opd.slug}/plans/${t.planYear}`;
type Who = Exclude<Role, 'superadmin'>;

/** A PK draft of the tenant, brought to `status` by the perencana (submit) and the pimpinan (approve). */
async function pkAt(t: Tenant, status: 'draft' | 'submitted' | 'approved'): Promise<string> {
  const perencana = await login(app, t.users.admin_opd.username);
  const res = await call(app, 'POST', `${base(t)}/versions`, perencana, { kind: 'pk', basis: 'DPA BKPSDM 2025', signed: '2025-01-02' });
  expect(res.status, await res.clone().text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  if (status === 'draft') return id;
  expect((await call(app, 'POST', `${base(t)}/versions/${id}/status`, perencana, { to: 'submitted' })).status).toBe(200);
  if (status === 'submitted') return id;
  const head = await login(app, t.users.pimpinan.username);
  expect((await call(app, 'POST', `${base(t)}/versions/${id}/status`, head, { to: 'approved' })).status).toBe(200);
  return id;
}

describe('rightsFor(from, to)', () => {
  it.each([
    ['draft', 'submitted', ['plan.edit']],
    ['submitted', 'approved', ['plan.approve']],
    ['approved', 'signed', ['plan.approve']],
    ['submitted', 'draft', ['plan.edit', 'plan.approve']],
  ])('%s → %s needs %j', (from, to, rights) => {
    expect(rightsFor(from, to)).toEqual(rights);
  });
});

describe('who moves a PK version', () => {
  it.each<[Who, 'draft' | 'submitted' | 'approved', string, number]>([
    ['admin_opd', 'draft', 'submitted', 200],
    ['pimpinan', 'draft', 'submitted', 403],
    ['admin_opd', 'submitted', 'approved', 403],
    ['pimpinan', 'submitted', 'approved', 200],
    ['admin_pemda', 'submitted', 'approved', 200],
    ['evaluator', 'submitted', 'approved', 403],
    ['operator', 'submitted', 'approved', 403],
    ['admin_opd', 'approved', 'signed', 403],
    ['pimpinan', 'approved', 'signed', 200],
    ['pimpinan', 'submitted', 'draft', 200],
    ['admin_opd', 'submitted', 'draft', 200],
  ])('%s: %s → %s answers %i', async (role, from, to, status) => {
    const t = await createTenant(database.db, 'pa');
    const id = await pkAt(t, from);
    const s = await login(app, t.users[role].username);
    const res = await call(app, 'POST', `${base(t)}/versions/${id}/status`, s, { to, note: 'Sesuai DPA 2025' });
    expect(res.status, await res.clone().text()).toBe(status);
    const [row] = await database.db.select().from(schema.planDocument).where(eq(schema.planDocument.id, id));
    expect(row?.status).toBe(status === 200 ? to : from);
  });

  it('the pimpinan of another Pemda cannot approve (its Pemda is not found for him)', async () => {
    const t = await createTenant(database.db, 'pb');
    const id = await pkAt(t, 'submitted');
    const other = await createTenant(database.db, 'pc');
    const s = await login(app, other.users.pimpinan.username);
    expect((await call(app, 'POST', `${base(t)}/versions/${id}/status`, s, { to: 'approved' })).status).toBe(404);
  });

  it('audits the approval under the pimpinan with the note', async () => {
    const t = await createTenant(database.db, 'pd');
    const id = await pkAt(t, 'approved');
    const rows = await database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.pemdaId, t.pemda.id), eq(schema.auditLog.entityId, id), eq(schema.auditLog.action, 'status.approved')));
    expect(rows.map((r) => r.actorName)).toEqual([t.users.pimpinan.username]);
    const s = await login(app, t.users.evaluator.username);
    const versions = (await (await call(app, 'GET', `${base(t)}/versions`, s)).json()) as { id: string; history: { from: string; to: string; by: string; note: string | null }[] }[];
    expect(versions.find((v) => v.id === id)?.history.map((h) => [h.from, h.to, h.by])).toEqual([
      ['draft', 'submitted', t.users.admin_opd.username],
      ['submitted', 'approved', t.users.pimpinan.username],
    ]);
  });
});
