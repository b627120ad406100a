/**
 * Two first saves of the same realisation at the same moment (PostgreSQL only: PGlite serves one
 * connection, so requests never overlap there): no 500 from the unique index — each answers 200
 * (it won, or it came second and updated) or 409 with a clear message; one row, one audit row per
 * accepted save.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { call, login } from './helpers.ts';
import { appWith, auditRows, Clock, createMonitoringTenant, valueRows, type MonitoringTenant } from './realisasi-setup.ts';

const onPostgres = Boolean(process.env.DATABASE_URL);
let database: Database;
let t: MonitoringTenant;
const clock = new Clock(new Date('2025-07-05T02:00:00Z'));
const app = () => appWith(database, clock);

beforeAll(async () => {
  if (!onPostgres) return;
  database = await testDatabase();
  t = await createMonitoringTenant(database, 'rc');
});
afterAll(async () => {
  if (onPostgres) await database.close();
});

describe.skipIf(!onPostgres)('concurrent first saves on PostgreSQL', () => {
  it.each([
    // period, values sent at once
    ['2025-Q3', ['71,51', '71,5']],
    ['2025-Q4', ['71,51', '71,51', '70', '72']],
  ])('%s: %j at once → only 200 or 409, one row, one audit row per 200', async (period, sent) => {
    const s = await login(app(), t.users.operator.username);
    const path = `/api/pemda/${t.pemda.slug}/opd/bkpsdm/realisasi/2025`;
    const responses = await Promise.all(sent.map((value) => call(app(), 'PUT', path, s, { indicator: t.indicatorId, period, value })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((x) => x === 200 || x === 409)).toBe(true);
    expect(statuses).toContain(200);
    for (const r of responses.filter((x) => x.status === 409)) {
      expect(((await r.json()) as { detail?: string; title?: string }).title ?? '').toMatch(/disimpan oleh pengguna lain|tidak/i);
    }
    const rows = (await valueRows(database, t.pemda.id)).filter((r) => r.period === period && r.indicatorId === t.indicatorId);
    expect(rows).toHaveLength(1);
    const audits = (await auditRows(database, t.pemda.id, 'realisasi')).filter((a) => a.entityId === rows[0]?.id);
    expect(audits).toHaveLength(statuses.filter((x) => x === 200).length);
  });
});
