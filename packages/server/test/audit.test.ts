/** Every mutating route of the catalog leaves exactly one audit row per changed row, in its Pemda. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema, type Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { createApp } from '../src/app.ts';
import { routes } from '../src/routes/catalog.ts';
import { call, createTenant, fixtureFor, login, type Session, type Tenant } from './helpers.ts';
import { planningCases, type AuditCase } from './audit-planning-cases.ts';
import { monitoringCases } from './realisasi-audit-cases.ts';

let database: Database;
let t: Tenant;
const app = () => createApp({ db: database.db, kind: database.kind, demo: false });

beforeAll(async () => {
  database = await testDatabase();
  t = await createTenant(database.db, 'au');
});
afterAll(async () => database.close());

const rowsOf = async () => database.db.select().from(schema.auditLog).where(eq(schema.auditLog.pemdaId, t.pemda.id));

type Case = AuditCase;

const cases: Case[] = [
  { route: 'POST /api/auth/login', run: (a) => call(a, 'POST', '/api/auth/login', null, { username: t.users.evaluator.username, password: 'rahasia-uji-123' }), entity: 'session', action: 'login' },
  { route: 'POST /api/auth/logout', run: (a, s) => call(a, 'POST', '/api/auth/logout', s), entity: 'session', action: 'logout' },
  { route: 'POST /api/pemda/:pemda/opd', run: (a, s) => call(a, 'POST', `/api/pemda/${t.pemda.slug}/opd`, s, { name: 'Dinas Pendidikan', abbr: 'Disdik' }), entity: 'opd', action: 'create' },
  {
    route: 'POST /api/pemda/:pemda/users',
    run: (a, s) =>
      call(a, 'POST', `/api/pemda/${t.pemda.slug}/users`, s, {
        username: `operator2-${t.pemda.slug}`,
        displayName: 'Operator Kedua',
        password: 'kata-sandi-panjang',
        roles: [{ role: 'operator', opd: 'bkpsdm', unit: t.unit.id }],
      }),
    entity: 'app_user',
    action: 'create',
  },
  { route: 'PATCH /api/pemda/:pemda/users/:id', run: (a, s) => call(a, 'PATCH', `/api/pemda/${t.pemda.slug}/users/${t.users.pimpinan.id}`, s, { displayName: 'Kepala Badan', roles: [{ role: 'pimpinan', opd: 'bkpsdm' }] }), entity: 'app_user', action: 'update' },
  { route: 'POST /api/pemda/:pemda/import', run: (a, s) => call(a, 'POST', `/api/pemda/${t.pemda.slug}/import`, s, fixtureFor('kabupaten-paser/paser-2020-iku-iki.json', t.pemda.name)), entity: 'plan', action: 'import' },
  // monitoring, in this order: a draft of 2025-Q2, its evidence, its submission, then the period windows
  ...monitoringCases(() => t, () => database),
  // planning workspace and reports, in order on the tenant's 2025 plan
  ...planningCases(() => t),
  { route: 'PUT /api/pemda/:pemda/rules/:year', run: (a, s) => call(a, 'PUT', `/api/pemda/${t.pemda.slug}/rules/2025`, s, { preset: 'inverse-ratio' }), entity: 'rule_set_assignment', action: 'assign' },
];

/** Routes not walked yet (their owners add a case above and remove them from here). */
const notYetWalked: string[] = [];

describe('audit', () => {
  it('covers every mutating route of the catalog (or lists it as not yet walked)', () => {
    const mutating = routes.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    expect([...cases.map((c) => c.route), ...notYetWalked].sort()).toEqual(mutating.sort());
  });

  it.each(cases.map((c) => [c.route, c] as const))('%s writes one audit row per changed row', async (_r, c) => {
    const a = app();
    const s = await login(a, t.users.admin_pemda.username);
    await c.setup?.(a, s);
    const before = new Set((await rowsOf()).map((r) => r.id));
    const res = await c.run(a, s);
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    const added = (await rowsOf()).filter((r) => !before.has(r.id));
    const counts: Record<string, number> = {};
    for (const r of added) counts[`${r.entity} ${r.action}`] = (counts[`${r.entity} ${r.action}`] ?? 0) + 1;
    expect(counts).toEqual(c.rows ?? { [`${c.entity} ${c.action}`]: c.count ?? 1 });
    expect(added.every((r) => r.pemdaId === t.pemda.id)).toBe(true);
    expect(JSON.stringify(added)).not.toMatch(/argon2/);
  });

  it('keeps before and after of a changed user, and lists rows by entity', async () => {
    const a = app();
    const s = await login(a, t.users.evaluator.username);
    const res = await call(a, 'GET', `/api/pemda/${t.pemda.slug}/audit?entity=app_user&limit=50`, s);
    expect(res.status).toBe(200);
    const rows = (await res.json()) as { entity: string; action: string; before: { displayName: string } | null; after: { displayName: string } }[];
    expect(rows.every((r) => r.entity === 'app_user')).toBe(true);
    const update = rows.find((r) => r.action === 'update');
    expect(update?.before?.displayName).toBe(t.users.pimpinan.username);
    expect(update?.after.displayName).toBe('Kepala Badan');
  });
});
