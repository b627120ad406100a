/** The demo seed: the four documents, one account per role, each seeing what its role allows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { createApp } from '../src/app.ts';
import { DEMO_PASSWORD } from '../src/demo/accounts.ts';
import { isDemo, seedDemo } from '../src/demo/seed-demo.ts';
import { call, login } from './helpers.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
  await seedDemo(database.db);
  await seedDemo(database.db); // a second run changes nothing and does not fail
});
afterAll(async () => database.close());

const app = () => createApp({ db: database.db, kind: database.kind, demo: true });

describe('demo', () => {
  it('marks the database as a demo', async () => {
    expect(await isDemo(database.db)).toBe(true);
    expect(await (await call(app(), 'GET', '/api/health')).json()).toMatchObject({ ok: true, demo: true, database: database.kind });
  });

  it.each([
    // account, Pemda it sees, OPD list, role
    ['superadmin', ['kabupaten-kutai-kartanegara', 'kabupaten-paser'], null, 'superadmin'],
    ['admin-paser', ['kabupaten-paser'], ['bkpsdm'], 'admin_pemda'],
    ['evaluator-paser', ['kabupaten-paser'], ['bkpsdm'], 'evaluator'],
    ['perencana-paser', ['kabupaten-paser'], ['bkpsdm'], 'admin_opd'],
    ['operator-paser', ['kabupaten-paser'], ['bkpsdm'], 'operator'],
    ['pimpinan-paser', ['kabupaten-paser'], ['bkpsdm'], 'pimpinan'],
    ['admin-kukar', ['kabupaten-kutai-kartanegara'], null, 'admin_pemda'],
    ['perencana-kukar', ['kabupaten-kutai-kartanegara'], null, 'admin_opd'],
  ])('%s logs in and sees %j', async (username, pemda, opd, role) => {
    const a = app();
    const s = await login(a, username, DEMO_PASSWORD);
    const me = (await (await call(a, 'GET', '/api/auth/me', s)).json()) as { demo: boolean; user: { roles: { role: string }[] } };
    expect(me.demo).toBe(true);
    expect(me.user.roles.map((r) => r.role)).toEqual([role]);
    const list = (await (await call(a, 'GET', '/api/pemda', s)).json()) as { slug: string }[];
    const slugs = list.map((p) => p.slug);
    for (const p of pemda) expect(slugs).toContain(p);
    if (role !== 'superadmin') expect(slugs).toEqual(pemda);
    if (opd) {
      const opds = (await (await call(a, 'GET', '/api/pemda/kabupaten-paser/opd', s)).json()) as { slug: string; years: number[] }[];
      expect(opds.map((o) => [o.slug, o.years])).toEqual([['bkpsdm', [2020, 2024, 2025]]]);
    }
  });

  it('gives the operator a bidang of BKPSDM Paser', async () => {
    const a = app();
    const s = await login(a, 'operator-paser', DEMO_PASSWORD);
    const me = (await (await call(a, 'GET', '/api/auth/me', s)).json()) as { user: { roles: { unit: { name: string } | null }[] } };
    expect(me.user.roles[0]?.unit?.name).toBe('Bidang Pengadaan, Pemberhentian dan Informasi');
  });
});
