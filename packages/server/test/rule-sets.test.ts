/**
 * Rule sets stored per Pemda and year (issue #4): the default, assigning a preset, saving a custom
 * set as a new version, one audit row per change, every view recomputed on the next read, and the
 * rights (admin_pemda only; another Pemda's → 404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema, type Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { createApp } from '../src/app.ts';
import { call, createTenant, fixtureFor, login, type Session, type Tenant } from './helpers.ts';

let database: Database;
let t: Tenant;
let other: Tenant;
const app = () => createApp({ db: database.db, kind: database.kind, demo: false });
const LKJIP = 'kabupaten-paser/paser-2024-lkjip.json';

interface RuleSetBody {
  year: number;
  key: string;
  version: number;
  source: 'preset' | 'custom';
  assigned: boolean;
  params: { capaianCap: number | null; capaianBands: string; negativeFormula: string };
  changed: { by: string | null; at: string; reason: string | null } | null;
  canManage: boolean;
}
interface Fig {
  capaian: number | null;
}
interface OpdDash {
  rules: { id: string; version: number };
  sasaran: (Fig & { name: string })[];
  opd: Fig;
}
interface PlanViewBody {
  rules: string;
  rulesVersion: number;
  nodes: (Fig & { extId: string })[];
}

let admin: Session;
const base = () => `/api/pemda/${t.pemda.slug}`;
const put = (s: Session, year: number, body: unknown) => call(app(), 'PUT', `${base()}/rules/${year}`, s, body);
const auditOf = async (year: number) =>
  database.db
    .select()
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.pemdaId, t.pemda.id), eq(schema.auditLog.entity, 'rule_set_assignment'), eq(schema.auditLog.entityId, String(year))));

beforeAll(async () => {
  database = await testDatabase();
  t = await createTenant(database.db, 'rs');
  other = await createTenant(database.db, 'rso');
  admin = await login(app(), t.users.admin_pemda.username);
  const res = await call(app(), 'POST', `${base()}/import`, admin, fixtureFor(LKJIP, t.pemda.name));
  if (res.status !== 200) throw new Error(`import: ${res.status} ${await res.text()}`);
});
afterAll(async () => database.close());

describe('a year without a stored rule set', () => {
  it.each(['admin_pemda', 'evaluator', 'operator'] as const)('reads as pemda-default version 1 (%s)', async (role) => {
    const s = await login(app(), t.users[role].username);
    const res = await call(app(), 'GET', `${base()}/rules/2023`, s);
    expect(res.status).toBe(200);
    const body = (await res.json()) as RuleSetBody;
    expect(body).toMatchObject({ year: 2023, key: 'pemda-default', version: 1, source: 'preset', assigned: false, changed: null, canManage: role === 'admin_pemda' });
    expect(body.params.negativeFormula).toBe('two_minus_ratio');
  });
});

describe('assigning a preset', () => {
  it('stores it for the year, writes one audit row with before/after, and is idempotent', async () => {
    const res = await put(admin, 2022, { preset: 'bands-integer', reason: 'Keputusan rapat evaluasi' });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ key: 'bands-integer', version: 1, source: 'preset', assigned: true, params: { capaianBands: 'round_then_integer' } });
    const rows = await auditOf(2022);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'assign',
      actorName: t.users.admin_pemda.username,
      reason: 'Keputusan rapat evaluasi',
      before: { key: 'pemda-default', version: 1, stored: false },
      after: { key: 'bands-integer', version: 1, stored: true, newVersion: true },
    });
    const again = await put(admin, 2022, { preset: 'bands-integer' });
    expect(again.status).toBe(200);
    expect(await auditOf(2022)).toHaveLength(1);
    const read = (await (await call(app(), 'GET', `${base()}/rules/2022`, admin)).json()) as RuleSetBody;
    expect(read.changed).toMatchObject({ by: t.users.admin_pemda.username, reason: 'Keputusan rapat evaluasi' });
  });

  it.each([
    [{ preset: 'tidak-ada' }, 'rules'],
    [{}, 'preset'],
    [{ preset: 'bands-integer', params: { capaianCap: 100 } }, 'preset'],
    [{ params: { capaianCap: '100' } }, 'capaianCap'],
    [{ params: { kapCapaian: 100 } }, 'kapCapaian'],
    [{ key: 'legacy-renja', params: { capaianCap: 100 } }, 'key'],
  ])('refuses %j (400 at %s), nothing stored', async (body, where) => {
    const before = await auditOf(2021);
    const res = await put(admin, 2021, body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { where?: string }).where).toBe(where);
    expect(await auditOf(2021)).toHaveLength(before.length);
  });
});

describe('custom sets are new versions, never changed in place', () => {
  it('saves kustom v1, then v2 with other params; v1 stays as it was', async () => {
    const v1 = (await (await put(admin, 2020, { key: 'kustom', base: 'pemda-default', params: { capaianCap: 120 } })).json()) as RuleSetBody;
    expect(v1).toMatchObject({ key: 'kustom', version: 1, source: 'custom', params: { capaianCap: 120 } });
    const v2 = (await (await put(admin, 2020, { key: 'kustom', params: { capaianCap: 110 } })).json()) as RuleSetBody;
    expect(v2).toMatchObject({ key: 'kustom', version: 2, params: { capaianCap: 110 } });
    const list = (await (await call(app(), 'GET', `${base()}/rules`, admin)).json()) as {
      presets: { key: string }[];
      custom: { key: string; version: number; params: { capaianCap: number | null } }[];
      years: { year: number; key: string; version: number }[];
    };
    expect(list.presets.map((p) => p.key)).toEqual(expect.arrayContaining(['pemda-default', 'legacy-renja', 'bands-integer', 'inverse-ratio']));
    expect(list.custom.map((c) => [c.key, c.version, c.params.capaianCap])).toEqual([
      ['kustom', 2, 110],
      ['kustom', 1, 120],
    ]);
    expect(list.years).toEqual(expect.arrayContaining([{ year: 2020, key: 'kustom', version: 2 }, { year: 2022, key: 'bands-integer', version: 1 }]));
  });
});

describe('every view recomputes with the year’s rule set (BKPSDM Paser 2024)', () => {
  const read = async () => {
    const s = await login(app(), t.users.pimpinan.username);
    const dash = (await (await call(app(), 'GET', `${base()}/opd/bkpsdm/dashboard/2024`, s)).json()) as OpdDash;
    const plan = (await (await call(app(), 'GET', `${base()}/opd/bkpsdm/plans/2024`, s)).json()) as PlanViewBody;
    const compute = (await (await call(app(), 'GET', `${base()}/opd/bkpsdm/plans/2024/compute`, s)).json()) as { rules: string; rulesVersion: number };
    return { dash, plan, compute };
  };

  it('capaian capped at 100: sasaran S2 100,97 → 99,65 % on the next read of the dashboard and the plan view', async () => {
    const before = await read();
    expect(before.dash.rules).toEqual({ id: 'pemda-default', version: 1 });
    expect([before.plan.rules, before.plan.rulesVersion]).toEqual(['pemda-default', 1]);
    expect(before.plan.nodes.find((n) => n.extId === 'S2')?.capaian).toBeCloseTo(100.97, 2);
    const opdBefore = before.dash.opd.capaian ?? NaN;

    const res = await put(admin, 2024, { key: 'paser-2024', base: 'pemda-default', params: { capaianCap: 100 }, reason: 'Capaian di atas 100 % tidak dihitung' });
    expect(res.status).toBe(200);

    const after = await read();
    expect(after.dash.rules).toEqual({ id: 'paser-2024', version: 1 });
    expect([after.plan.rules, after.plan.rulesVersion]).toEqual(['paser-2024', 1]);
    expect([after.compute.rules, after.compute.rulesVersion]).toEqual(['paser-2024', 1]);
    expect(after.plan.nodes.find((n) => n.extId === 'S2')?.capaian).toBeCloseTo(99.65, 2);
    expect(after.dash.opd.capaian).toBeLessThan(opdBefore);
    expect(after.dash.opd.capaian).toBeLessThanOrEqual(100);
  });

  it('an explicit ?rules= preset still overrides the stored set', async () => {
    const s = await login(app(), t.users.evaluator.username);
    const c = (await (await call(app(), 'GET', `${base()}/opd/bkpsdm/plans/2024/compute?rules=legacy-renja`, s)).json()) as { rules: string };
    expect(c.rules).toBe('legacy-renja');
  });
});

describe('rights', () => {
  it.each(['admin_opd', 'evaluator', 'operator', 'pimpinan'] as const)('%s may read but not change (403)', async (role) => {
    const s = await login(app(), t.users[role].username);
    expect((await call(app(), 'GET', `${base()}/rules/2025`, s)).status).toBe(200);
    expect((await put(s, 2025, { preset: 'inverse-ratio' })).status).toBe(403);
    expect(await auditOf(2025)).toHaveLength(0);
  });

  it('the admin of another Pemda gets 404 and changes nothing', async () => {
    const s = await login(app(), other.users.admin_pemda.username);
    expect((await call(app(), 'GET', `${base()}/rules/2025`, s)).status).toBe(404);
    expect((await call(app(), 'GET', `${base()}/rules`, s)).status).toBe(404);
    const res = await put(s, 2025, { preset: 'inverse-ratio' });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain(t.pemda.name);
    expect(await auditOf(2025)).toHaveLength(0);
  });
});
