/**
 * Dashboards recompute from the stored data: BKPSDM Paser 2024 (seed 001) imported, its figures
 * equal the domain engine's (not the printed ones where they differ), and an edit shows at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { call, fixtureFor, login } from './helpers.ts';
import { appWith, Clock, createMonitoringTenant, type MonitoringTenant } from './realisasi-setup.ts';

interface Fig {
  capaian: number | null;
  band: { code: string } | null;
}
interface Ind extends Fig {
  id: string;
  name: string;
  target: number | string | null;
  realization: number | string | null;
  renstra: { capaian: number | null };
  lastYear: { realization: number | string | null } | null;
  comparisons: { label: string; gap: number | null }[];
  trend: { period: string; capaian: number | null }[];
}
interface Node extends Fig {
  name: string;
  absorption: number | null;
  efficiency: number | null;
}
interface OpdDash {
  year: number;
  period: string;
  rules: { id: string; version: number };
  indicators: Ind[];
  sasaran: Node[];
  programs: Node[];
  opd: Fig & { pagu: number; realisasi: number; absorption: number; efficiency: number | null };
  bands: Record<string, number>;
}

let database: Database;
let t: MonitoringTenant;
let d: OpdDash;
const clock = new Clock(new Date('2025-05-02T02:00:00Z'));
const app = () => appWith(database, clock);

beforeAll(async () => {
  database = await testDatabase();
  t = await createMonitoringTenant(database, 'db');
  const s = await login(app(), t.users.admin_pemda.username);
  const res = await call(app(), 'POST', `/api/pemda/${t.pemda.slug}/import`, s, fixtureFor('kabupaten-paser/paser-2024-lkjip.json', t.pemda.name));
  if (res.status !== 200) throw new Error(`import: ${res.status} ${await res.text()}`);
  const op = await login(app(), t.users.pimpinan.username);
  d = (await (await call(app(), 'GET', `/api/pemda/${t.pemda.slug}/opd/bkpsdm/dashboard/2024`, op)).json()) as OpdDash;
});
afterAll(async () => database.close());

const ind = (name: string): Ind => {
  const x = d.indicators.find((i) => i.name.startsWith(name));
  if (!x) throw new Error(`no indicator ${name}`);
  return x;
};

describe('OPD dashboard, BKPSDM Paser 2024', () => {
  it('names the year, the period and the rule set', () => {
    expect([d.year, d.period, d.rules.id]).toEqual([2024, '2024', 'pemda-default']);
  });

  it.each([
    // name, target, realisasi, capaian, band
    ['Nilai SAKIP Perangkat Daerah', 71.51, 71.51, 100, 'ST'],
    ['Hasil penilaian mandiri penerapan sistem merit', 250, 246.5, 98.6, 'ST'],
    ['Indeks Survei Kepuasan Pegawai', 80, 81.62, 102.025, 'ST'],
    ['Indeks Profesionalitas ASN', 71, 71, 100, 'ST'],
  ])('%s: T %s, R %s → capaian %s (%s)', (name, target, realization, capaian, band) => {
    const i = ind(name);
    expect([i.target, i.realization]).toEqual([target, realization]);
    expect(i.capaian).toBeCloseTo(capaian, 6);
    expect(i.band?.code).toBe(band);
  });

  it('compares Nilai SAKIP with last year, the Renstra end target and the references', () => {
    const i = ind('Nilai SAKIP Perangkat Daerah');
    expect(i.lastYear?.realization).toBe(65.18);
    expect(i.renstra.capaian).toBeCloseTo((71.51 / 75) * 100, 6); // 95,35 (printed 94,66)
    expect(i.comparisons.map((c) => Math.round((c.gap ?? 0) * 100) / 100)).toEqual([4.01, -8.49]); // Samarinda 67,5; Kaltim 80
  });

  it('OPD serapan = Σ program realisasi / Σ pagu = 24.914.147.619 / 27.346.788.906 = 91,10 %', () => {
    expect([d.opd.pagu, d.opd.realisasi]).toEqual([27_346_788_906, 24_914_147_619]);
    expect(d.opd.absorption).toBeCloseTo(91.1047, 3);
  });

  it.each([
    // sasaran, capaian (annual PK basis), serapan, efisiensi = capaian / serapan
    ['Meningkatnya Akuntabilitas Kinerja', 100, 89.578, 1.1163],
    ['Meningkatnya Kualitas Tata Kelola', null, 92.170, null],
  ])('sasaran %s: capaian %s, serapan %s, efisiensi %s', (name, capaian, absorption, efficiency) => {
    const s = d.sasaran.find((x) => x.name.startsWith(name));
    expect(s?.absorption).toBeCloseTo(absorption, 2);
    if (capaian !== null) expect(s?.capaian).toBeCloseTo(capaian, 6);
    if (efficiency !== null) expect(s?.efficiency).toBeCloseTo(efficiency, 4);
  });

  it('counts every indicator in one band or none', () => {
    const total = Object.values(d.bands).reduce((a, b) => a + b, 0);
    expect(total).toBe(d.indicators.length);
    expect(d.bands.ST).toBeGreaterThan(0);
  });
});

describe('Pemda dashboard', () => {
  it('puts every OPD with a plan of the year side by side, ranked', async () => {
    const s = await login(app(), t.users.evaluator.username);
    const res = await call(app(), 'GET', `/api/pemda/${t.pemda.slug}/dashboard/2024`, s);
    expect(res.status).toBe(200);
    const p = (await res.json()) as { opds: { rank: number; opd: { slug: string }; capaian: number; absorption: number }[]; bands: Record<string, number> };
    expect(p.opds.map((o) => [o.rank, o.opd.slug])).toEqual([[1, 'bkpsdm']]);
    expect(p.opds[0]?.capaian).toBeCloseTo(d.opd.capaian ?? 0, 9);
    expect(p.opds[0]?.absorption).toBeCloseTo(91.1047, 3);
    expect(p.bands).toEqual(d.bands);
  });

  it.each(['admin_opd', 'operator', 'pimpinan'] as const)('is refused to %s (403)', async (role) => {
    const s = await login(app(), t.users[role].username);
    expect((await call(app(), 'GET', `/api/pemda/${t.pemda.slug}/dashboard/2024`, s)).status).toBe(403);
  });
});

describe('never stale', () => {
  it('a saved realisation changes the dashboard at once (Nilai SAKIP 2025: 70 → 71,51)', async () => {
    const s = await login(app(), t.users.operator.username);
    const dash = async () => (await (await call(app(), 'GET', `/api/pemda/${t.pemda.slug}/opd/bkpsdm/dashboard/2025`, s)).json()) as OpdDash;
    const sakip = (x: OpdDash) => x.indicators.find((i) => i.id === t.indicatorId);
    expect(sakip(await dash())?.capaian).toBeCloseTo((70 / 71.51) * 100, 9);
    const res = await call(app(), 'PUT', `/api/pemda/${t.pemda.slug}/opd/bkpsdm/realisasi/2025`, s, { indicator: t.indicatorId, period: '2025-Q2', value: '71,51' });
    expect(res.status).toBe(200);
    const after = sakip(await dash());
    expect(after?.capaian).toBe(100);
    expect(after?.trend.map((p) => [p.period, p.capaian])).toEqual([
      ['2025-Q1', (70 / 71.51) * 100],
      ['2025-Q2', 100],
      ['2025-Q3', null],
      ['2025-Q4', null],
    ]);
  });
});
