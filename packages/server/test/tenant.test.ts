/**
 * The tenant rule, walked over EVERY route of the catalog: a user of Pemda B asking for Pemda A's
 * resources gets 404 and none of A's data; a role of A without the right gets 403.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema, type Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { createApp } from '../src/app.ts';
import { routes, type RouteSpec } from '../src/routes/catalog.ts';
import type { Role } from '../src/permissions.ts';
import { call, createTenant, fixtureFor, login, type Tenant } from './helpers.ts';

let database: Database;
let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  database = await testDatabase();
  a = await createTenant(database.db, 'ta');
  b = await createTenant(database.db, 'tb');
});
afterAll(async () => database.close());

const key = (r: RouteSpec): string => `${r.method} ${r.path}`;

/** A valid body for every route that takes one (the walk fails when a new route has none). */
const bodies: Record<string, (t: Tenant) => unknown> = {
  'POST /api/pemda/:pemda/opd': () => ({ name: 'Dinas Pendidikan', abbr: 'Disdik' }),
  'POST /api/pemda/:pemda/import': (t) => fixtureFor('kabupaten-paser/paser-2020-iku-iki.json', t.pemda.name),
  'POST /api/pemda/:pemda/users': () => ({ username: `baru-${Math.random().toString(36).slice(2, 8)}`, displayName: 'Baru', password: 'sepuluh-karakter', roles: [{ role: 'evaluator' }] }),
  'PATCH /api/pemda/:pemda/users/:id': () => ({ displayName: 'Nama Baru' }),
  'PUT /api/pemda/:pemda/opd/:opd/realisasi/:year': (t) => ({ indicator: t.indicatorId, period: '2025-Q2', value: '70,5' }),
  'POST /api/pemda/:pemda/opd/:opd/realisasi/:year/workflow': (t) => ({ indicator: t.indicatorId, period: '2025-Q1', action: 'reject', comment: 'Data belum lengkap' }),
  // the tenant has no sub kegiatan: the use case answers 404/400 after the tenant and right checks
  'PUT /api/pemda/:pemda/opd/:opd/anggaran/:year': (t) => ({ node: t.nodeId, period: '2025', realisasi: 'bukan angka' }),
  'PUT /api/pemda/:pemda/periods/:year': () => ({ period: '2025-Q4', opensAt: '2025-10-01T00:00:00+08:00', closesAt: '2026-01-11T00:00:00+08:00' }),
  'POST /api/pemda/:pemda/periods/:year/defaults': () => ({ kind: 'quarter' }),
  'POST /api/pemda/:pemda/periods/:year/reopen': () => ({ period: '2025-Q1', until: '2099-01-01T00:00:00Z', reason: 'Perbaikan data BKN' }),
  'POST /api/pemda/:pemda/late/:year/notify': () => ({ period: '2025-Q1' }),
  'POST /api/pemda/:pemda/notices/read': () => ({ ids: ['00000000-0000-4000-8000-000000000000'] }),
  // planning workspace: path ids stay `:node`, `:indicator`, `:version` (400 after the tenant and right checks)
  'POST /api/pemda/:pemda/opd/:opd/plans': () => ({ year: 2025 }),
  'POST /api/pemda/:pemda/opd/:opd/plans/:year/nodes': () => ({ kind: 'sasaran', name: 'Meningkatnya kualitas tata kelola ASN' }),
  'PATCH /api/pemda/:pemda/opd/:opd/plans/:year/nodes/:node': () => ({ name: 'Nama baru' }),
  'POST /api/pemda/:pemda/opd/:opd/plans/:year/indicators': (t) => ({ nodeId: t.nodeId, name: 'Nilai SAKIP', unit: 'Nilai' }),
  'PATCH /api/pemda/:pemda/opd/:opd/plans/:year/indicators/:indicator': () => ({ unit: 'Indeks' }),
  'PUT /api/pemda/:pemda/opd/:opd/plans/:year/values': (t) => ({ entries: [{ indicatorId: t.indicatorId, kind: 'target', period: '2025-Q1', value: 70 }] }),
  'PUT /api/pemda/:pemda/opd/:opd/plans/:year/budgets': (t) => ({ entries: [{ nodeId: t.nodeId, period: '2026', pagu: 1_000_000 }] }),
  'POST /api/pemda/:pemda/opd/:opd/plans/:year/versions': () => ({ kind: 'pk' }),
  'PATCH /api/pemda/:pemda/opd/:opd/plans/:year/versions/:version': () => ({ basis: 'DPA 2025' }),
  'POST /api/pemda/:pemda/opd/:opd/plans/:year/versions/:version/status': () => ({ to: 'submitted' }),
  'POST /api/pemda/:pemda/opd/:opd/plans/:year/versions/:version/perubahan': () => ({ basis: 'RKPD Perubahan 2025', signed: '2025-10-21' }),
  'POST /api/pemda/:pemda/opd/:opd/plans/:year/paste': () => ({ text: 'No.\tProgram\tIndikator\tTarget\n1\tProgram A\tJumlah\t5' }),
  'POST /api/pemda/:pemda/opd/:opd/plans/:year/xlsx': () => ({ table: 'pk', file: 'bm90LWFuLXhsc3g=' }),
  // reports: a format the server refuses (400) after the tenant and right checks, so no job runs
  'POST /api/pemda/:pemda/opd/:opd/reports': () => ({ kind: 'pk', year: 2025, format: 'odt' }),
  'PUT /api/pemda/:pemda/opd/:opd/plans/:year/narratives/:kind': () => ({ section: 'penutup', text: 'Demikian.' }),
  'PUT /api/pemda/:pemda/rules/:year': () => ({ preset: 'bands-integer' }),
};

/** Roles of the same Pemda that must be refused (403) on a route. */
const forbidden: Record<string, Role[]> = {
  'POST /api/pemda/:pemda/opd/:opd/plans': ['evaluator', 'operator', 'pimpinan'],
  'POST /api/pemda/:pemda/opd/:opd/plans/:year/nodes': ['evaluator', 'operator', 'pimpinan'],
  'PATCH /api/pemda/:pemda/opd/:opd/plans/:year/nodes/:node': ['evaluator', 'operator', 'pimpinan'],
  'DELETE /api/pemda/:pemda/opd/:opd/plans/:year/nodes/:node': ['evaluator', 'operator', 'pimpinan'],
  'POST /api/pemda/:pemda/opd/:opd/plans/:year/indicators': ['evaluator', 'operator', 'pimpinan'],
  'PUT /api/pemda/:pemda/opd/:opd/plans/:year/values': ['evaluator', 'operator', 'pimpinan'],
  'POST /api/pemda/:pemda/opd/:opd/plans/:year/versions/:version/perubahan': ['evaluator', 'operator', 'pimpinan'],
  'POST /api/pemda/:pemda/opd/:opd/plans/:year/paste': ['evaluator', 'operator', 'pimpinan'],
  'POST /api/pemda/:pemda/opd': ['evaluator', 'admin_opd', 'operator', 'pimpinan'],
  'POST /api/pemda/:pemda/import': ['evaluator', 'operator', 'pimpinan'],
  'GET /api/pemda/:pemda/users': ['evaluator', 'admin_opd', 'operator', 'pimpinan'],
  'POST /api/pemda/:pemda/users': ['evaluator', 'admin_opd', 'operator', 'pimpinan'],
  'PATCH /api/pemda/:pemda/users/:id': ['evaluator', 'admin_opd', 'operator', 'pimpinan'],
  'GET /api/pemda/:pemda/audit': ['admin_opd', 'operator', 'pimpinan'],
  'PUT /api/pemda/:pemda/periods/:year': ['evaluator', 'admin_opd', 'operator', 'pimpinan'],
  'POST /api/pemda/:pemda/periods/:year/reopen': ['evaluator', 'admin_opd', 'operator', 'pimpinan'],
  'POST /api/pemda/:pemda/late/:year/notify': ['evaluator', 'admin_opd', 'operator', 'pimpinan'],
  'GET /api/pemda/:pemda/dashboard/:year': ['admin_opd', 'operator', 'pimpinan'],
  'GET /api/pemda/:pemda/late/:year': ['admin_opd', 'operator', 'pimpinan'],
  'POST /api/pemda/:pemda/opd/:opd/reports': ['operator'],
  'PUT /api/pemda/:pemda/opd/:opd/plans/:year/narratives/:kind': ['evaluator', 'operator', 'pimpinan'],
  'PUT /api/pemda/:pemda/rules/:year': ['evaluator', 'admin_opd', 'operator', 'pimpinan'],
};

const pathFor = (r: RouteSpec, t: Tenant, opdSlug = t.opd.slug): string =>
  r.path
    .replace(':pemda', t.pemda.slug)
    .replace(':opd', opdSlug)
    .replace(':year', String(t.planYear))
    .replace(':id', t.users.operator.id);

const tenantRoutes = routes.filter((r) => r.access === 'tenant');

describe('the route catalog', () => {
  it('is exactly what the app serves under /api', () => {
    const app = createApp({ db: database.db, kind: database.kind, demo: false });
    const served = new Set(
      app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`),
    );
    expect([...served].sort()).toEqual(routes.map(key).sort());
  });

  it('has a sample body for every route that takes one', () => {
    for (const r of routes.filter((x) => x.body && x.access === 'tenant')) expect(bodies[key(r)], key(r)).toBeDefined();
  });
});

describe('a user of Pemda B on Pemda A', () => {
  it.each(tenantRoutes.map((r) => [key(r), r] as const))('%s → 404 without data', async (_k, r) => {
    const app = createApp({ db: database.db, kind: database.kind, demo: false });
    const s = await login(app, b.users.admin_pemda.username);
    const auditBefore = await database.db.select().from(schema.auditLog).where(eq(schema.auditLog.pemdaId, a.pemda.id));
    const res = await call(app, r.method, pathFor(r, a), s, bodies[key(r)]?.(a));
    expect(res.status).toBe(404);
    const text = await res.text();
    for (const secret of [a.pemda.id, a.pemda.name, a.opd.id, a.users.operator.id, a.users.operator.username, 'Nilai SAKIP']) {
      expect(text).not.toContain(secret);
    }
    const auditAfter = await database.db.select().from(schema.auditLog).where(eq(schema.auditLog.pemdaId, a.pemda.id));
    expect(auditAfter.length).toBe(auditBefore.length);
  });

  it.each(tenantRoutes.map((r) => [key(r), r] as const))('%s → allowed for its own admin_pemda (not 404/403)', async (_k, r) => {
    const app = createApp({ db: database.db, kind: database.kind, demo: false });
    const s = await login(app, b.users.admin_pemda.username);
    const res = await call(app, r.method, pathFor(r, b), s, bodies[key(r)]?.(b));
    expect([403, 404]).not.toContain(res.status);
  });
});

describe('roles without the right → 403', () => {
  const cases = tenantRoutes.flatMap((r) => (forbidden[key(r)] ?? []).map((role) => [key(r), role, r] as const));
  it.each(cases)('%s as %s', async (_k, role, r) => {
    const app = createApp({ db: database.db, kind: database.kind, demo: false });
    const s = await login(app, a.users[role as Exclude<Role, 'superadmin'>].username);
    const res = await call(app, r.method, pathFor(r, a), s, bodies[key(r)]?.(a));
    expect(res.status).toBe(403);
  });

  it.each(['admin_opd', 'operator', 'pimpinan'] as const)('%s cannot read another OPD of its Pemda', async (role) => {
    const app = createApp({ db: database.db, kind: database.kind, demo: false });
    const s = await login(app, a.users[role].username);
    expect((await call(app, 'GET', `/api/pemda/${a.pemda.slug}/opd/${a.otherOpd.slug}`, s)).status).toBe(403);
    const list = (await (await call(app, 'GET', `/api/pemda/${a.pemda.slug}/opd`, s)).json()) as { slug: string }[];
    expect(list.map((o) => o.slug)).toEqual(['bkpsdm']);
  });
});
