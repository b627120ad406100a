/** Late entries after a window's close: per OPD and per Pemda, notices per responsible user, outbox, reruns. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema, type Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { call, login } from './helpers.ts';
import { appWith, Clock, createMonitoringTenant, type MonitoringTenant } from './realisasi-setup.ts';

interface Late {
  window: { state: string };
  items: { indicator: { name: string }; unit: { name: string } | null; status: string }[];
  byOpd: { slug: string; count: number }[];
}

let database: Database;
let t: MonitoringTenant;
const clock = new Clock(new Date('2025-07-05T02:00:00Z'));
const app = () => appWith(database, clock);
const SAKIP = 'Nilai SAKIP BKPSDM';
const DIKLAT = 'Persentase ASN yang mengikuti pendidikan dan pelatihan formal';

beforeAll(async () => {
  database = await testDatabase();
  t = await createMonitoringTenant(database, 'lt');
  const admin = await login(app(), t.users.admin_pemda.username);
  await call(app(), 'POST', `/api/pemda/${t.pemda.slug}/periods/2025/defaults`, admin, { kind: 'quarter' });
  // the operator of Bidang Pengembangan submits its TW II in time (seed 000: TW II target 25)
  const op2 = await login(app(), t.otherOperator.username);
  const base = `/api/pemda/${t.pemda.slug}/opd/bkpsdm/realisasi/2025`;
  // Σ to date 25 of 10 + 25 = 71,43 % < 75: the narrative is required
  const narrative = { obstacles: 'Diklat TW I diundur ke TW III', follow_up: 'Jadwal ulang dengan BPSDM Provinsi' };
  const saved = await call(app(), 'PUT', base, op2, { indicator: t.otherIndicatorId, period: '2025-Q2', value: 25, narrative });
  if (saved.status !== 200) throw new Error(`save: ${saved.status}`);
  await call(app(), 'POST', `${base}/workflow`, op2, { indicator: t.otherIndicatorId, period: '2025-Q2', action: 'submit' });
  // Bidang Uji only saves a draft
  const op = await login(app(), t.users.operator.username);
  await call(app(), 'PUT', base, op, { indicator: t.indicatorId, period: '2025-Q2', value: '71,51' });
});
afterAll(async () => database.close());

const late = async (username: string, path: string): Promise<Late> => {
  const s = await login(app(), username);
  const res = await call(app(), 'GET', path, s);
  expect(res.status).toBe(200);
  return (await res.json()) as Late;
};

describe('late entries', () => {
  it('is empty while the window is open', async () => {
    const l = await late(t.users.admin_opd.username, `/api/pemda/${t.pemda.slug}/opd/bkpsdm/late/2025?period=2025-Q2`);
    expect(l.window.state).toBe('open');
    expect(l.items).toEqual([]);
  });

  it.each([
    ['admin_opd, its OPD', () => t.users.admin_opd.username, 'opd', [[SAKIP, 'Bidang Uji', 'kosong'], [DIKLAT, 'Bidang Pengembangan', 'kosong']]],
    ['operator, its unit only', () => t.users.operator.username, 'opd', [[SAKIP, 'Bidang Uji', 'kosong']]],
    ['admin_pemda, the whole Pemda', () => t.users.admin_pemda.username, 'pemda', [[SAKIP, 'Bidang Uji', 'kosong'], [DIKLAT, 'Bidang Pengembangan', 'kosong']]],
  ])('after the close of TW III: %s', async (_n, username, scope, expected) => {
    clock.set('2025-10-11T00:00:00Z'); // TW III closed on 10 October (WITA)
    const path = scope === 'opd' ? `/api/pemda/${t.pemda.slug}/opd/bkpsdm/late/2025?period=2025-Q3` : `/api/pemda/${t.pemda.slug}/late/2025?period=2025-Q3`;
    const l = await late(username(), path);
    expect(l.window.state).toBe('closed');
    expect(l.items.map((i) => [i.indicator.name, i.unit?.name, i.status])).toEqual(expected);
  });

  it('TW II: only the draft of Bidang Uji is late (Bidang Pengembangan submitted)', async () => {
    clock.set('2025-07-11T00:00:00Z');
    const l = await late(t.users.admin_pemda.username, `/api/pemda/${t.pemda.slug}/late/2025?period=2025-Q2`);
    expect(l.items.map((i) => [i.indicator.name, i.status])).toEqual([[SAKIP, 'draft']]);
    expect(l.byOpd).toEqual([{ slug: 'bkpsdm', name: 'Badan Kepegawaian', count: 1 }]);
  });

  it('notify: one notice and one e-mail per responsible user, not repeated on a rerun', async () => {
    clock.set('2025-10-11T00:00:00Z');
    const admin = await login(app(), t.users.admin_pemda.username);
    const notify = async () => (await (await call(app(), 'POST', `/api/pemda/${t.pemda.slug}/late/2025/notify`, admin, { period: '2025-Q3' })).json()) as { late: number; notices: number; emails: number };
    expect(await notify()).toMatchObject({ late: 2, notices: 2, emails: 2 });
    expect(await notify()).toMatchObject({ late: 2, notices: 0, emails: 0 });
    const mails = await database.db.select().from(schema.outbox).where(eq(schema.outbox.pemdaId, t.pemda.id));
    expect(mails.map((m) => m.userId).sort()).toEqual([t.users.operator.id, t.otherOperator.id].sort());
    expect(mails.every((m) => m.status === 'pending')).toBe(true);
  });

  it('the operator reads its notice and marks it read', async () => {
    const s = await login(app(), t.users.operator.username);
    const list = (await (await call(app(), 'GET', `/api/pemda/${t.pemda.slug}/notices?unread=1`, s)).json()) as { id: string; title: string; body: string }[];
    expect(list.map((n) => n.title)).toEqual(['Realisasi periode 2025-Q3 belum diajukan']);
    expect(list[0]?.body).toContain(SAKIP);
    expect(list[0]?.body).not.toContain(DIKLAT);
    const res = await call(app(), 'POST', `/api/pemda/${t.pemda.slug}/notices/read`, s, { ids: list.map((n) => n.id) });
    expect(((await res.json()) as { updated: number }).updated).toBe(1);
    const unread = (await (await call(app(), 'GET', `/api/pemda/${t.pemda.slug}/notices?unread=1`, s)).json()) as unknown[];
    expect(unread).toEqual([]);
  });

  it('a user cannot mark another user’s notice read', async () => {
    const [n] = await database.db.select().from(schema.notice).where(eq(schema.notice.userId, t.otherOperator.id));
    const s = await login(app(), t.users.operator.username);
    const res = await call(app(), 'POST', `/api/pemda/${t.pemda.slug}/notices/read`, s, { ids: [n?.id] });
    expect(((await res.json()) as { updated: number }).updated).toBe(0);
  });

  it('the Pemda dashboard counts the late entries of the period', async () => {
    clock.set('2025-10-11T00:00:00Z');
    const s = await login(app(), t.users.admin_pemda.username);
    const p = (await (await call(app(), 'GET', `/api/pemda/${t.pemda.slug}/dashboard/2025?period=2025-Q3`, s)).json()) as { late: { state: string; total: number }; opds: { opd: { slug: string }; late: number }[] };
    expect(p.late).toEqual({ state: 'closed', total: 2 });
    expect(p.opds.map((o) => [o.opd.slug, o.late])).toEqual([['bkpsdm', 2]]);
  });
});
