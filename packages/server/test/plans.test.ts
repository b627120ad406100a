import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { createApp } from '../src/app.ts';
import { call, createTenant, fixtureFor, login, type Tenant } from './helpers.ts';

let database: Database;
let t: Tenant;
const LKJIP = 'kabupaten-paser/paser-2024-lkjip.json';
const app = () => createApp({ db: database.db, kind: database.kind, demo: false });

interface PlanViewBody {
  year: number;
  opd: { slug: string };
  nodes: { id: string; extId: string; budget: Record<string, number>; budgetRealization: Record<string, number>; absorption: Record<string, number | null>; capaian: number | null }[];
  indicators: { extId: string; annual: { target: unknown; realization: unknown; capaian: number | null; band: { code: string; label: string } | null } }[];
  findings: { ref: string; check: string; severity: string; printed: string | null }[];
}

beforeAll(async () => {
  database = await testDatabase();
  t = await createTenant(database.db, 'pl');
  const a = app();
  const s = await login(a, t.users.admin_pemda.username);
  const res = await call(a, 'POST', `/api/pemda/${t.pemda.slug}/import`, s, fixtureFor(LKJIP, t.pemda.name));
  expect(res.status).toBe(200);
});
afterAll(async () => database.close());

describe('plan view of the 2024 LKjIP of BKPSDM Paser', () => {
  it.each([
    // node, year, pagu, realisasi, serapan (Tabel 3.15 prints 89,58)
    ['S1', '2024', 11_243_148_006, 10_071_435_231, 89.58],
  ])('node %s: pagu, realisasi and serapan %s', async (extId, year, pagu, realisasi, serapan) => {
    const a = app();
    const s = await login(a, t.users.operator.username);
    const res = await call(a, 'GET', `/api/pemda/${t.pemda.slug}/opd/bkpsdm/plans/2024`, s);
    expect(res.status).toBe(200);
    const view = (await res.json()) as PlanViewBody;
    const node = view.nodes.find((n) => n.extId === extId);
    expect(node?.budget[year]).toBe(pagu);
    expect(node?.budgetRealization[year]).toBe(realisasi);
    expect(node?.absorption[year]).toBeCloseTo(serapan, 2);
  });

  it.each([
    // indicator, target, realisasi, capaian, band
    ['S1.I1', 71.51, 71.51, 100, 'ST'],
    ['T1.I1', 71, 71, 100, 'ST'],
  ])('indicator %s: target %s, realisasi %s → capaian %s (%s)', async (extId, target, realization, capaian, band) => {
    const a = app();
    const s = await login(a, t.users.pimpinan.username);
    const view = (await (await call(a, 'GET', `/api/pemda/${t.pemda.slug}/opd/bkpsdm/plans/2024`, s)).json()) as PlanViewBody;
    const x = view.indicators.find((i) => i.extId === extId);
    expect(x?.annual.target).toBe(target);
    expect(x?.annual.realization).toBe(realization);
    expect(x?.annual.capaian).toBeCloseTo(capaian, 6);
    expect(x?.annual.band?.code).toBe(band);
  });

  it('finds the sum contradiction of Program Kepegawaian Daerah (Tabel 1.6 prints 16.103.640.900)', async () => {
    const a = app();
    const s = await login(a, t.users.evaluator.username);
    const view = (await (await call(a, 'GET', `/api/pemda/${t.pemda.slug}/opd/bkpsdm/plans/2024`, s)).json()) as PlanViewBody;
    const p2 = view.nodes.find((n) => n.extId === 'P2');
    const f = view.findings.find((x) => x.ref === p2?.id && x.check === 'sum' && x.printed === '16.103.640.900');
    expect(f).toBeDefined();
  });

  it('answers findings, compute and the export download', async () => {
    const a = app();
    const s = await login(a, t.users.evaluator.username);
    const base = `/api/pemda/${t.pemda.slug}/opd/bkpsdm/plans/2024`;
    const findings = (await (await call(a, 'GET', `${base}/findings`, s)).json()) as { check: string }[];
    expect(findings.length).toBeGreaterThan(0);
    const compute = (await (await call(a, 'GET', `${base}/compute`, s)).json()) as { rules: string; year: number; indicators: { id: string }[] };
    expect(compute.rules).toBe('pemda-default');
    expect(compute.indicators.map((i) => i.id)).toContain('S1.I1');
    expect((await call(a, 'GET', `${base}/compute?rules=tidak-ada`, s)).status).toBe(400);
    const exp = await call(a, 'GET', `${base}/export`, s);
    expect(exp.headers.get('content-disposition')).toBe(`attachment; filename="${t.pemda.slug}-bkpsdm-2024.json"`);
    const d = (await exp.json()) as { format: string; year: number; indicators: unknown[] };
    expect([d.format, d.year, d.indicators.length]).toEqual(['kinerja-dataset/1', 2024, 68]);
  });

  it.each([
    ['a year without a plan', '2019', 404],
    ['a year that is not a number', 'dua', 400],
    ['an OPD that does not exist', null, 404],
  ])('answers %s with %s', async (_name, year, status) => {
    const a = app();
    const s = await login(a, t.users.admin_pemda.username);
    const path = year ? `/api/pemda/${t.pemda.slug}/opd/bkpsdm/plans/${year}` : `/api/pemda/${t.pemda.slug}/opd/tidak-ada/plans/2024`;
    expect((await call(a, 'GET', path, s)).status).toBe(status);
  });
});

describe('import', () => {
  it.each([
    ['again without replace', '', 'admin_pemda', 409],
    ['again with replace=true', '?replace=true', 'admin_pemda', 200],
    ['by the admin_opd of BKPSDM', '?replace=true', 'admin_opd', 200],
  ])('%s → %s', async (_name, query, role, status) => {
    const a = app();
    const s = await login(a, t.users[role as 'admin_pemda' | 'admin_opd'].username);
    const res = await call(a, 'POST', `/api/pemda/${t.pemda.slug}/import${query}`, s, fixtureFor(LKJIP, t.pemda.name));
    expect(res.status).toBe(status);
    if (status === 200) expect(await res.json()).toMatchObject({ opd: { slug: 'bkpsdm', years: [2024, 2025] }, year: 2024, counts: { indicators: 68 } });
  });

  it.each([
    ['a file of another Pemda', () => fixtureFor(LKJIP, 'Kabupaten Paser'), 'pemda.name'],
    ['a file with a bad period', () => ({ ...fixtureFor(LKJIP, t.pemda.name), year: 'dua ribu' }), 'year'],
  ])('refuses %s (400 with where)', async (_name, body, where) => {
    const a = app();
    const s = await login(a, t.users.admin_pemda.username);
    const res = await call(a, 'POST', `/api/pemda/${t.pemda.slug}/import`, s, body());
    expect(res.status).toBe(400);
    expect(((await res.json()) as { where: string }).where).toContain(where);
  });

  it('refuses the admin_opd of BKPSDM a file of a new OPD (403)', async () => {
    const a = app();
    const s = await login(a, t.users.admin_opd.username);
    const kukar = fixtureFor('kabupaten-kutai-kartanegara/kukar-2025-renja.json', t.pemda.name);
    const body = { ...kukar, opd: { ...(kukar.opd as object), name: 'Dinas Baru', abbr: 'DISBARU' } };
    expect((await call(a, 'POST', `/api/pemda/${t.pemda.slug}/import`, s, body)).status).toBe(403);
  });
});
