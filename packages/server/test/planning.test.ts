/**
 * The planning workspace end to end over HTTP, on PGlite and on the shared PostgreSQL: versions
 * and Perubahan (draft-only edits, frozen snapshots, diff), permissions, paste preview vs confirm,
 * code rules and the XLSX round trip.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { schema, type Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import type { Dataset, PlanDiff } from '@kinerja/domain';
import { createApp } from '../src/app.ts';
import { call, createTenant, login, type Session, type Tenant } from './helpers.ts';

let database: Database;
let app: ReturnType<typeof createApp>;
const tabel24 = readFileSync(new URL('../../domain/test/planning-fixtures/seed000-tabel-2-4.tsv', import.meta.url), 'utf8');
const tc33 = readFileSync(new URL('../../domain/test/planning-fixtures/seed003-tc33.tsv', import.meta.url), 'utf8');
/** Tabel 2.4 without the four rows whose schedule overflows into a 13th column (bad cells). */
const tabel24Clean = tabel24
  .split('\n')
  .filter((_, i) => ![9, 10, 11, 12].includes(i + 1))
  .join('\n');

beforeAll(async () => {
  database = await testDatabase();
  app = createApp({ db: database.db, kind: database.kind, demo: false, loginAttemptsPerMinute: 10_000 });
});
afterAll(async () => database.close());

const base = (t: Tenant) => `/api/pemda/${t.pemda.slug}/opd/${t.opd.slug}/plans/${t.planYear}`;
const json = async <T>(res: Response, status = 200): Promise<T> => {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
};
interface Workspace { plan: Dataset; versions: { id: string; status: string; versionNo: number; frozen: boolean }[]; canEdit: boolean }
const workspace = async (t: Tenant, s: Session) => json<Workspace>(await call(app, 'GET', `${base(t)}/workspace`, s));
const countNodes = async (t: Tenant) => (await database.db.select().from(schema.planNode).where(eq(schema.planNode.planId, t.planId))).length;

describe('versions and Perubahan', () => {
  it('edits only drafts, freezes the approved version, and diffs the Perubahan', async () => {
    const t = await createTenant(database.db, 'pv');
    const s = await login(app, t.users.admin_opd.username);
    const pk = await json<{ id: string }>(await call(app, 'POST', `${base(t)}/versions`, s, { kind: 'pk' }), 201);
    const ws = await workspace(t, s);
    const ind = ws.plan.indicators[0];
    if (!ind) throw new Error('tenant plan has an indicator');
    await json(await call(app, 'PUT', `${base(t)}/values`, s, { entries: [{ indicatorId: ind.id, kind: 'target', period: '2025-Q4', value: 71.51 }] }));
    await json(await call(app, 'POST', `${base(t)}/versions/${pk.id}/status`, s, { to: 'submitted' }));
    const head = await login(app, t.users.pimpinan.username);
    await json(await call(app, 'POST', `${base(t)}/versions/${pk.id}/status`, head, { to: 'approved' }));

    const locked = await call(app, 'PUT', `${base(t)}/values`, s, { entries: [{ indicatorId: ind.id, kind: 'target', period: '2025', value: 75 }] });
    expect(locked.status).toBe(409);
    expect(((await locked.json()) as { title: string }).title).toMatch(/PK versi 1 sudah disetujui.*Buat Perubahan/);
    expect((await workspace(t, s)).canEdit).toBe(false);

    const noBasis = await call(app, 'POST', `${base(t)}/versions/${pk.id}/perubahan`, s, { signed: '2025-10-21' });
    expect(noBasis.status).toBe(400);
    const basis = 'RKT Perubahan dan RKPD Perubahan Tahun 2025';
    const v2 = await json<{ id: string; versionNo: number; revision: string }>(
      await call(app, 'POST', `${base(t)}/versions/${pk.id}/perubahan`, s, { basis, signed: '2025-10-21' }),
      201,
    );
    expect(v2).toMatchObject({ versionNo: 2, revision: 'perubahan' });
    await json(await call(app, 'PUT', `${base(t)}/values`, s, { entries: [{ indicatorId: ind.id, kind: 'target', period: '2025', value: 75 }] }));

    const old = await json<Dataset>(await call(app, 'GET', `${base(t)}/versions/${pk.id}/content`, s));
    expect(old.indicators[0]?.targets?.['2025']).toBe(71.51);
    const d = await json<{ diff: PlanDiff }>(await call(app, 'GET', `${base(t)}/diff?from=${pk.id}&to=${v2.id}`, s));
    expect(d.diff.values.map((v) => [v.entity, v.period, v.before, v.after])).toEqual([['target', '2025', 71.51, 75]]);

    const audit = await database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.pemdaId, t.pemda.id), eq(schema.auditLog.action, 'perubahan')));
    expect(audit.map((a) => a.reason)).toEqual([basis]);
    const versions = (await workspace(t, s)).versions.map((v) => [v.versionNo, v.status, v.frozen]);
    expect(versions).toEqual([[1, 'approved', true], [2, 'draft', false]]);
  });

  it.each([
    ['draft', 'approved'],
    ['draft', 'signed'],
  ])('refuses %s → %s (409)', async (_from, to) => {
    const t = await createTenant(database.db, 'pt');
    const s = await login(app, t.users.admin_opd.username);
    const v = await json<{ id: string }>(await call(app, 'POST', `${base(t)}/versions`, s, { kind: 'renaksi' }), 201);
    const head = await login(app, t.users.pimpinan.username);
    expect((await call(app, 'POST', `${base(t)}/versions/${v.id}/status`, head, { to })).status).toBe(409);
  });
});

describe('permissions: only the OPD admin (and admin_pemda) edit; others read', () => {
  it.each([
    ['admin_opd', 201],
    ['admin_pemda', 201],
    ['evaluator', 403],
    ['operator', 403],
    ['pimpinan', 403],
  ] as const)('%s adding a node → %i', async (role, status) => {
    const t = await createTenant(database.db, 'pp');
    const s = await login(app, t.users[role].username);
    const res = await call(app, 'POST', `${base(t)}/nodes`, s, { kind: 'sasaran', name: 'Meningkatnya kualitas tata kelola ASN' });
    expect(res.status).toBe(status);
    expect((await call(app, 'GET', `${base(t)}/workspace`, s)).status).toBe(200);
  });

  it('admin_opd of another OPD gets 403', async () => {
    const t = await createTenant(database.db, 'po');
    const s = await login(app, t.users.admin_opd.username);
    const other = `/api/pemda/${t.pemda.slug}/opd/${t.otherOpd.slug}/plans`;
    expect((await call(app, 'POST', other, s, { year: 2026 })).status).toBe(403);
  });
});

describe('tree edits: codes checked against the parent', () => {
  it.each([
    ['5.03.01.2.01', 201, undefined],
    ['5.03.02.2.01', 400, 'code'],
    ['5.03.01', 400, 'code'],
  ])('kegiatan %s under program 5.03.01 → %i', async (code, status, where) => {
    const t = await createTenant(database.db, 'pc');
    const s = await login(app, t.users.admin_opd.username);
    const prog = await json<{ id: string }>(await call(app, 'POST', `${base(t)}/nodes`, s, { kind: 'program', code: '5.03.01', name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota' }), 201);
    const res = await call(app, 'POST', `${base(t)}/nodes`, s, { kind: 'kegiatan', parentId: prog.id, code, name: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah' });
    expect(res.status).toBe(status);
    if (where) expect(((await res.json()) as { where: string }).where).toBe(where);
  });

  it('moves a subtree and keeps the closure table right', async () => {
    const t = await createTenant(database.db, 'pm');
    const s = await login(app, t.users.admin_opd.username);
    const a = await json<{ id: string }>(await call(app, 'POST', `${base(t)}/nodes`, s, { kind: 'sasaran', name: 'A' }), 201);
    const b = await json<{ id: string }>(await call(app, 'POST', `${base(t)}/nodes`, s, { kind: 'sasaran', name: 'B' }), 201);
    const p = await json<{ id: string }>(await call(app, 'POST', `${base(t)}/nodes`, s, { kind: 'program', parentId: a.id, name: 'P' }), 201);
    const k = await json<{ id: string }>(await call(app, 'POST', `${base(t)}/nodes`, s, { kind: 'kegiatan', parentId: p.id, name: 'K' }), 201);
    await json(await call(app, 'PATCH', `${base(t)}/nodes/${p.id}`, s, { parentId: b.id }));
    const ancestors = await database.db.select().from(schema.planNodeClosure).where(eq(schema.planNodeClosure.descendantId, k.id));
    expect(ancestors.sort((x, y) => x.depth - y.depth).map((r) => [r.ancestorId, r.depth])).toEqual([[k.id, 0], [p.id, 1], [b.id, 2]]);
    expect((await call(app, 'PATCH', `${base(t)}/nodes/${b.id}`, s, { parentId: k.id })).status).toBe(400);
  });
});

describe('paste from Word/Excel', () => {
  it('previews without saving, refuses bad cells whole, saves on confirm, and a second paste changes nothing', async () => {
    const t = await createTenant(database.db, 'ps');
    const s = await login(app, t.users.admin_opd.username);
    const before = await countNodes(t);
    const preview = await json<{ rows: unknown[]; errors: unknown[]; saved: null }>(await call(app, 'POST', `${base(t)}/paste`, s, { text: tabel24 }));
    expect(preview.errors).toHaveLength(3);
    expect(preview.saved).toBeNull();
    expect(await countNodes(t)).toBe(before);

    const bad = await call(app, 'POST', `${base(t)}/paste`, s, { text: tabel24, confirm: true });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { where: string }).where).toBe('baris 10, kolom 21');
    expect(await countNodes(t)).toBe(before);

    const saved = await json<{ saved: { nodesAdded: number; indicatorsAdded: number; valuesChanged: number } }>(
      await call(app, 'POST', `${base(t)}/paste`, s, { text: tabel24Clean, confirm: true }),
    );
    expect(saved.saved.nodesAdded).toBeGreaterThan(40);
    const plan = (await workspace(t, s)).plan;
    const sakip = plan.indicators.find((i) => i.name === 'Nilai SAKIP Perangkat Daerah');
    expect(sakip?.targets?.['2025']).toBe(71.51);
    expect(sakip?.targets?.['2025-07']).toBe(71.51);
    const kp = plan.indicators.find((i) => i.name === 'Jumlah Pengelolaan Kenaikan Pangkat ASN');
    expect(kp?.targets?.['2025-03']).toBe(250);
    const again = await json<{ saved: Record<string, number> }>(await call(app, 'POST', `${base(t)}/paste`, s, { text: tabel24Clean, confirm: true }));
    expect(again.saved).toEqual({ nodesAdded: 0, nodesUpdated: 0, indicatorsAdded: 0, indicatorsUpdated: 0, valuesChanged: 0 });
  });

  it('pastes seed 003 T-C.33 with codes, lokasi, sumber dana and prakiraan maju', async () => {
    const t = await createTenant(database.db, 'pr');
    const s = await login(app, t.users.admin_opd.username);
    await json(await call(app, 'POST', `${base(t)}/paste`, s, { text: tc33, confirm: true }));
    const plan = (await workspace(t, s)).plan;
    const n = plan.nodes.find((x) => x.code === '5.03.01.2.01.01');
    expect(n).toMatchObject({ kind: 'subkegiatan', location: 'Kab. Kukar', budget: { '2025': 450_000_000, '2026': 65_000_000 }, raw: { sumber_dana: 'APBD' } });
    expect(plan.nodes.find((x) => x.code === '5.03.01')?.budget?.['2025']).toBe(15_633_331_188);
  });
});

describe('XLSX round trip', () => {
  const toBase64 = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');

  it.each(['renaksi', 'pk'] as const)('%s: export → import changes nothing; one edited cell changes one value', async (table) => {
    const t = await createTenant(database.db, 'px');
    const s = await login(app, t.users.admin_opd.username);
    await json(await call(app, 'POST', `${base(t)}/paste`, s, { text: tabel24Clean, confirm: true }));
    const before = (await workspace(t, s)).plan;
    const res = await call(app, 'GET', `${base(t)}/xlsx?table=${table}`, s);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const same = await json<{ saved: Record<string, number>; errors: unknown[] }>(
      await call(app, 'POST', `${base(t)}/xlsx`, s, { table, file: await toBase64(wb), confirm: true }),
    );
    expect(same.errors).toEqual([]);
    expect(same.saved).toEqual({ nodesAdded: 0, nodesUpdated: 0, indicatorsAdded: 0, indicatorsUpdated: 0, valuesChanged: 0 });

    const ws = wb.worksheets[0];
    if (!ws) throw new Error('sheet');
    let edited = false;
    ws.eachRow((row) => {
      if (!edited && row.getCell(3).value === 'Nilai SAKIP Perangkat Daerah') {
        row.getCell(4).value = 75;
        edited = true;
      }
    });
    expect(edited).toBe(true);
    const one = await json<{ saved: Record<string, number> }>(await call(app, 'POST', `${base(t)}/xlsx`, s, { table, file: await toBase64(wb), confirm: true }));
    expect(one.saved.valuesChanged).toBe(1);
    const after = (await workspace(t, s)).plan;
    const { diffPlans } = await import('@kinerja/domain');
    const d = diffPlans(before, after);
    expect(d.values.map((v) => [v.label, v.period, v.before, v.after])).toEqual([['Nilai SAKIP Perangkat Daerah', '2025', 71.51, 75]]);
    expect(d.nodes).toEqual([]);
    expect(d.indicators).toEqual([]);
  });

  it.each(['renja', 'iku', 'renstra'] as const)('%s downloads as a workbook', async (table) => {
    const t = await createTenant(database.db, 'py');
    const s = await login(app, t.users.evaluator.username);
    const res = await call(app, 'GET', `${base(t)}/xlsx?table=${table}`, s);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
  });
});
