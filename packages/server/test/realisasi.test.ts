/**
 * Realisasi entry: the unit-scoped grid, one-row saves with live capaian and the narrative rule,
 * permissions between units, and the full workflow with its audit rows — on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema, type Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { call, login } from './helpers.ts';
import { appWith, auditRows, Clock, createMonitoringTenant, valueRows, type MonitoringTenant } from './realisasi-setup.ts';

interface Row {
  indicator: { id: string; name: string };
  realisasi: { value: number | null; status: string; narrative: Record<string, string> | null } | null;
  live: { capaian: number | null; progress: number | null; band: { code: string } | null };
  needsNarrative: string | null;
  editable: boolean;
  rejectComment: string | null;
}
interface Grid {
  period: string;
  rows: Row[];
  window: { state: string };
}

let database: Database;
let t: MonitoringTenant;
const clock = new Clock(new Date('2025-07-05T02:00:00Z'));
const app = () => appWith(database, clock);
const grid = (slug = 'bkpsdm') => `/api/pemda/${t.pemda.slug}/opd/${slug}/realisasi/2025`;

beforeAll(async () => {
  database = await testDatabase();
  t = await createMonitoringTenant(database, 'rl');
});
afterAll(async () => database.close());

describe('the grid', () => {
  it.each([
    ['operator', () => t.users.operator.username, ['Nilai SAKIP BKPSDM']],
    ['operator of the other unit', () => t.otherOperator.username, ['Persentase ASN yang mengikuti pendidikan dan pelatihan formal']],
    ['admin_opd', () => t.users.admin_opd.username, ['Nilai SAKIP BKPSDM', 'Persentase ASN yang mengikuti pendidikan dan pelatihan formal']],
    ['pimpinan', () => t.users.pimpinan.username, ['Nilai SAKIP BKPSDM', 'Persentase ASN yang mengikuti pendidikan dan pelatihan formal']],
  ])('%s sees only its rows', async (_who, username, names) => {
    const s = await login(app(), username());
    const res = await call(app(), 'GET', `${grid()}?period=2025-Q1`, s);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Grid;
    expect(body.rows.map((r) => r.indicator.name)).toEqual(names);
  });

  it('shows the stored Q1 realisation with its live capaian (70 / 71,51 = 97,89 %, band ST)', async () => {
    const s = await login(app(), t.users.operator.username);
    const body = (await (await call(app(), 'GET', `${grid()}?period=2025-Q1`, s)).json()) as Grid;
    const row = body.rows[0];
    expect(row?.realisasi?.value).toBe(70);
    expect(row?.live.capaian).toBeCloseTo(97.888, 3);
    expect(row?.live.band?.code).toBe('ST');
    expect(row?.editable).toBe(false); // imported values are approved
    expect(body.window.state).toBe('unset');
  });

  it('refuses a period of another year', async () => {
    const s = await login(app(), t.users.operator.username);
    const res = await call(app(), 'GET', `${grid()}?period=2024-Q1`, s);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { where: string }).where).toBe('period');
  });
});

describe('saving one row', () => {
  it.each([
    // seed 000: Nilai SAKIP 71,51 every quarter (last) — capaian periode = R / 71,51
    ['71,51', null, 200, null],
    ['50', null, 400, 'narrative.obstacles'], // 69,92 % < 75
    ['50', { obstacles: 'Penilaian AKIP tertunda', follow_up: 'Asistensi dengan Inspektorat' }, 200, null],
    ['110', null, 400, 'narrative.success_factors'], // 153,82 % > 150
    ['tujuh puluh', null, 400, 'value'],
  ])('Q2 value %s, narrative %j → %i %s', async (value, narrative, status, where) => {
    const s = await login(app(), t.users.operator.username);
    const res = await call(app(), 'PUT', grid(), s, { indicator: t.indicatorId, period: '2025-Q2', value, ...(narrative ? { narrative } : {}) });
    expect(res.status).toBe(status);
    const body = (await res.json()) as Row & { where?: string; title?: string };
    if (where) {
      expect(body.where).toBe(where);
      expect(body.title).toMatch(/Capaian periode|angka/);
    } else expect(body.realisasi?.status).toBe('draft');
  });

  it('saves the value typed in Indonesian and returns the live figures', async () => {
    const s = await login(app(), t.users.operator.username);
    const res = await call(app(), 'PUT', grid(), s, { indicator: t.indicatorId, period: '2025-Q2', value: '71,51' });
    const row = (await res.json()) as Row;
    expect(row.realisasi?.value).toBe(71.51);
    expect(row.live.capaian).toBe(100);
    expect(row.live.progress).toBe(100);
  });

  it('leaves every other row untouched and writes one audit row with before and after', async () => {
    const s = await login(app(), t.otherOperator.username);
    const before = await valueRows(database, t.pemda.id);
    const auditBefore = await auditRows(database, t.pemda.id, 'realisasi');
    // seed 000 diklat formal: TW I target 10, realisasi 10 → 100 %
    const res = await call(app(), 'PUT', grid(), s, { indicator: t.otherIndicatorId, period: '2025-Q1', value: 10 });
    expect(res.status).toBe(200);
    const after = await valueRows(database, t.pemda.id);
    expect(after.filter((r) => before.some((b) => b.id === r.id))).toEqual(before);
    expect(after.length).toBe(before.length + 1);
    const added = (await auditRows(database, t.pemda.id, 'realisasi')).filter((a) => !auditBefore.some((b) => b.id === a.id));
    expect(added.map((a) => [a.action, a.actorName])).toEqual([['create', t.otherOperator.username]]);
    expect(added[0]?.after).toMatchObject({ period: '2025-Q1', value: '10', status: 'draft' });
  });

  const writers: [string, number, () => string, () => string][] = [
    ['operator writing the other unit', 403, () => t.users.operator.username, () => t.otherIndicatorId],
    ['other operator writing Nilai SAKIP', 403, () => t.otherOperator.username, () => t.indicatorId],
    ['pimpinan (approves, does not enter)', 403, () => t.users.pimpinan.username, () => t.indicatorId],
    ['evaluator', 403, () => t.users.evaluator.username, () => t.indicatorId],
    ['operator, an indicator of no plan', 404, () => t.users.operator.username, () => '00000000-0000-4000-8000-000000000000'],
  ];
  it.each(writers)('%s → %i', async (_n, status, username, indicator) => {
    const s = await login(app(), username());
    const res = await call(app(), 'PUT', grid(), s, { indicator: indicator(), period: '2025-Q3', value: '71,51' });
    expect(res.status).toBe(status);
  });

  it('an operator cannot read the other unit through the history either', async () => {
    const s = await login(app(), t.users.operator.username);
    const res = await call(app(), 'GET', `${grid()}/history?indicator=${t.otherIndicatorId}&period=2025-Q1`, s);
    expect(res.status).toBe(403);
  });
});

describe('the workflow', () => {
  const step = async (username: string, action: string, comment?: string, period = '2025-Q3') => {
    const s = await login(app(), username);
    return call(app(), 'POST', `${grid()}/workflow`, s, { indicator: t.indicatorId, period, action, ...(comment ? { comment } : {}) });
  };

  it('draft → submitted → rejected with a reason → submitted → verified → approved, each step recorded and audited', async () => {
    const s = await login(app(), t.users.operator.username);
    expect((await call(app(), 'PUT', grid(), s, { indicator: t.indicatorId, period: '2025-Q3', value: '71,51' })).status).toBe(200);
    const auditBefore = await auditRows(database, t.pemda.id, 'realisasi');
    const steps: [string, string, string | undefined, number, string | null][] = [
      [t.users.admin_opd.username, 'verify', undefined, 409, null], // still a draft
      [t.users.operator.username, 'submit', undefined, 200, 'submitted'],
      [t.users.operator.username, 'verify', undefined, 403, null],
      [t.users.pimpinan.username, 'approve', undefined, 409, null], // not verified yet
      [t.users.admin_opd.username, 'reject', undefined, 400, null], // a reason is required
      [t.users.admin_opd.username, 'reject', 'Lampirkan LHE AKIP sebagai bukti', 200, 'draft'],
      [t.users.operator.username, 'submit', undefined, 200, 'submitted'],
      [t.users.admin_opd.username, 'verify', undefined, 200, 'verified'],
      [t.users.admin_opd.username, 'approve', undefined, 403, null],
      [t.users.pimpinan.username, 'approve', undefined, 200, 'approved'],
    ];
    for (const [user, action, comment, status, to] of steps) {
      const res = await step(user, action, comment);
      expect(res.status, `${user} ${action}`).toBe(status);
      if (to) expect(((await res.json()) as Row).realisasi?.status).toBe(to);
    }
    const history = (await (await call(app(), 'GET', `${grid()}/history?indicator=${t.indicatorId}&period=2025-Q3`, s)).json()) as { action: string; to: string; comment: string | null }[];
    expect(history.map((h) => [h.action, h.to])).toEqual([
      ['submit', 'submitted'],
      ['reject', 'draft'],
      ['submit', 'submitted'],
      ['verify', 'verified'],
      ['approve', 'approved'],
    ]);
    expect(history[1]?.comment).toBe('Lampirkan LHE AKIP sebagai bukti');
    const added = (await auditRows(database, t.pemda.id, 'realisasi')).filter((a) => !auditBefore.some((b) => b.id === a.id));
    expect(added.map((a) => a.action)).toEqual(['submit', 'reject', 'submit', 'verify', 'approve']);
    expect(added[1]?.reason).toBe('Lampirkan LHE AKIP sebagai bukti');
  });

  it('an approved row can no longer be changed by the operator (409)', async () => {
    const s = await login(app(), t.users.operator.username);
    const res = await call(app(), 'PUT', grid(), s, { indicator: t.indicatorId, period: '2025-Q3', value: '80' });
    expect(res.status).toBe(409);
  });

  it('the grid shows the reason of a rejection while the row is back in draft', async () => {
    const s = await login(app(), t.users.operator.username);
    await call(app(), 'PUT', grid(), s, { indicator: t.indicatorId, period: '2025-Q4', value: '71,51' });
    expect((await step(t.users.operator.username, 'submit', undefined, '2025-Q4')).status).toBe(200);
    expect((await step(t.users.admin_opd.username, 'reject', 'Angka belum sesuai LHE', '2025-Q4')).status).toBe(200);
    const body = (await (await call(app(), 'GET', `${grid()}?period=2025-Q4`, s)).json()) as Grid;
    expect(body.rows[0]?.rejectComment).toBe('Angka belum sesuai LHE');
    expect(body.rows[0]?.editable).toBe(true);
    const [v] = await database.db
      .select()
      .from(schema.indicatorValue)
      .where(and(eq(schema.indicatorValue.indicatorId, t.indicatorId), eq(schema.indicatorValue.period, '2025-Q4'), eq(schema.indicatorValue.kind, 'realization')));
    expect(v?.status).toBe('draft');
  });
});
