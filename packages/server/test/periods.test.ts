/** Period windows: the default-window helper, locking (423), reopen with a reason (audited) — on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { defaultWindow } from '../src/usecases/periods/default-windows.ts';
import { call, login } from './helpers.ts';
import { appWith, auditRows, Clock, createMonitoringTenant, type MonitoringTenant } from './realisasi-setup.ts';

describe('defaultWindow', () => {
  it.each([
    // a triwulan closes 10 days after the quarter, at local midnight (WITA = UTC+8 by default)
    ['2025-Q1', {}, '2024-12-31T16:00:00.000Z', '2025-04-10T16:00:00.000Z'],
    ['2025-Q4', {}, '2025-09-30T16:00:00.000Z', '2026-01-10T16:00:00.000Z'],
    ['2025-S1', {}, '2024-12-31T16:00:00.000Z', '2025-07-10T16:00:00.000Z'],
    ['2025-02', {}, '2025-01-31T16:00:00.000Z', '2025-03-10T16:00:00.000Z'],
    ['2024', { graceDays: 58 }, '2023-12-31T16:00:00.000Z', '2025-02-27T16:00:00.000Z'],
    ['2025-Q2', { utcOffsetMinutes: 420, graceDays: 0 }, '2025-03-31T17:00:00.000Z', '2025-06-30T17:00:00.000Z'],
  ])('%s %j opens %s, closes %s', (period, opts, opens, closes) => {
    const w = defaultWindow(period, opts);
    expect(w.opensAt.toISOString()).toBe(opens);
    expect(w.closesAt.toISOString()).toBe(closes);
  });
});

describe('locking and reopening', () => {
  let database: Database;
  let t: MonitoringTenant;
  const clock = new Clock(new Date('2025-04-05T02:00:00Z'));
  const app = () => appWith(database, clock);
  const put = (s: { cookie: string; csrf: string }) =>
    call(app(), 'PUT', `/api/pemda/${t.pemda.slug}/opd/bkpsdm/realisasi/2025`, s, { indicator: t.indicatorId, period: '2025-Q2', value: '71,51' });
  const periods = () => `/api/pemda/${t.pemda.slug}/periods/2025`;

  beforeAll(async () => {
    database = await testDatabase();
    t = await createMonitoringTenant(database, 'pl');
  });
  afterAll(async () => database.close());

  it('only admin_pemda sets windows', async () => {
    for (const role of ['evaluator', 'admin_opd', 'operator', 'pimpinan'] as const) {
      const s = await login(app(), t.users[role].username);
      expect((await call(app(), 'POST', `${periods()}/defaults`, s, { kind: 'quarter' })).status, role).toBe(403);
    }
    const s = await login(app(), t.users.admin_pemda.username);
    const res = await call(app(), 'POST', `${periods()}/defaults`, s, { kind: 'quarter' });
    expect(res.status).toBe(200);
    const list = (await (await call(app(), 'GET', periods(), s)).json()) as { period: string; state: string }[];
    expect(list.map((w) => [w.period, w.state])).toEqual([
      ['2025-Q1', 'open'], // 5 April: Q1 still open until 10 April
      ['2025-Q2', 'open'],
      ['2025-Q3', 'not_open'],
      ['2025-Q4', 'not_open'],
    ]);
  });

  it.each([
    ['2025-06-15T00:00:00Z', 200],
    ['2025-07-10T15:59:00Z', 200], // last minute of 10 July, WITA
    ['2025-07-10T16:00:00Z', 423],
    ['2025-03-31T15:00:00Z', 423], // before the quarter opens
  ])('entry at %s → %i', async (at, status) => {
    clock.set(at);
    const s = await login(app(), t.users.operator.username);
    const res = await put(s);
    expect(res.status).toBe(status);
    if (status === 423) expect(((await res.json()) as { title: string }).title).toMatch(/Periode 2025-Q2 (sudah ditutup|belum dibuka)/);
  });

  it('the grid says the period is closed', async () => {
    clock.set('2025-08-01T00:00:00Z');
    const s = await login(app(), t.users.operator.username);
    const body = (await (await call(app(), 'GET', `/api/pemda/${t.pemda.slug}/opd/bkpsdm/realisasi/2025?period=2025-Q2`, s)).json()) as { window: { state: string } };
    expect(body.window.state).toBe('closed');
  });

  it('reopen needs a reason and a future end, is audited, and opens entry until then', async () => {
    clock.set('2025-08-01T00:00:00Z');
    const admin = await login(app(), t.users.admin_pemda.username);
    const op = await login(app(), t.users.operator.username);
    const reopen = (body: unknown) => call(app(), 'POST', `${periods()}/reopen`, admin, body);
    expect((await reopen({ period: '2025-Q2', until: '2025-08-05T00:00:00Z', reason: '' })).status).toBe(400);
    expect((await reopen({ period: '2025-Q2', until: '2025-07-01T00:00:00Z', reason: 'Koreksi data BKN' })).status).toBe(400);
    const pimpinan = await login(app(), t.users.pimpinan.username);
    expect((await call(app(), 'POST', `${periods()}/reopen`, pimpinan, { period: '2025-Q2', until: '2025-08-05T00:00:00Z', reason: 'Koreksi data BKN' })).status).toBe(403);
    const before = await auditRows(database, t.pemda.id, 'period_window');
    const res = await reopen({ period: '2025-Q2', until: '2025-08-05T00:00:00Z', reason: 'Koreksi data BKN' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { state: string }).state).toBe('reopened');
    const added = (await auditRows(database, t.pemda.id, 'period_window')).filter((a) => !before.some((b) => b.id === a.id));
    expect(added.map((a) => [a.action, a.reason])).toEqual([['reopen', 'Koreksi data BKN']]);
    expect((await put(op)).status).toBe(200);
    clock.set('2025-08-05T00:00:01Z');
    expect((await put(await login(app(), t.users.operator.username))).status).toBe(423);
  });

  it('workflow steps after the close: submit is locked, verification is not', async () => {
    clock.set('2025-08-02T00:00:00Z');
    const admin = await login(app(), t.users.admin_pemda.username);
    await call(app(), 'POST', `${periods()}/reopen`, admin, { period: '2025-Q2', until: '2025-08-03T00:00:00Z', reason: 'Pengajuan susulan' });
    const op = await login(app(), t.users.operator.username);
    const wf = (s: { cookie: string; csrf: string }, action: string) =>
      call(app(), 'POST', `/api/pemda/${t.pemda.slug}/opd/bkpsdm/realisasi/2025/workflow`, s, { indicator: t.indicatorId, period: '2025-Q2', action });
    expect((await wf(op, 'submit')).status).toBe(200);
    clock.set('2025-08-10T00:00:00Z');
    const adminOpd = await login(app(), t.users.admin_opd.username);
    expect((await wf(adminOpd, 'verify')).status).toBe(200);
  });
});
