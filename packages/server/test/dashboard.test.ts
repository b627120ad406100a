/**
 * Dashboards recompute from the stored data: BKPSDM Paser 2024 (seed 001) imported, its figures
 * equal the domain engine's (not the printed ones where they differ), and an edit shows at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
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
  node: string;
  name: string;
  target: number | string | null;
  realization: number | string | null;
  renstra: { capaian: number | null };
  lastYear: { realization: number | string | null } | null;
  comparisons: { label: string; gap: number | null }[];
  trend: { period: string; capaian: number | null }[];
}
interface Node extends Fig {
  id: string;
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

interface PemdaDash {
  year: number;
  period: string;
  rules: { id: string };
  opds: (Fig & { efficiency: number | null; pagu: number; realisasi: number; renstra: { capaian: number | null } })[];
  references: { indicator: { name: string }; label: string; gap: number | null }[];
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

  it('shows for BKPSDM Paser 2024 the recomputed OPD figures of the OPD dashboard (not the printed "105 %")', async () => {
    const s = await login(app(), t.users.evaluator.username);
    const p = (await (await call(app(), 'GET', `/api/pemda/${t.pemda.slug}/dashboard/2024`, s)).json()) as PemdaDash;
    const row = p.opds[0];
    expect([row?.capaian, row?.efficiency, row?.pagu, row?.realisasi]).toEqual([d.opd.capaian, d.opd.efficiency, d.opd.pagu, d.opd.realisasi]);
    expect(row?.capaian).toBeCloseTo(100.4857, 4);
    expect(row?.band?.code).toBe('ST');
    // Renstra roll-up: sasaran mean of the indicators' capaian against the Renstra end target
    const bySasaran = d.sasaran.map((x) => d.indicators.filter((i) => i.node === x.id).map((i) => i.renstra.capaian).filter((c): c is number => c !== null));
    const means = bySasaran.filter((c) => c.length > 0).map((c) => c.reduce((a, b) => a + b, 0) / c.length);
    expect(row?.renstra.capaian).toBeCloseTo(means.reduce((a, b) => a + b, 0) / means.length, 9);
    expect([p.year, p.period, p.rules.id]).toEqual([2024, '2024', 'pemda-default']);
  });

  it.each([
    // indicator, reference, realisation − reference
    ['Nilai SAKIP Perangkat Daerah', 'Realisasi BKPSDM Kota Samarinda Tahun 2024 (Tabel 3.9)', 4.01],
    ['Nilai SAKIP Perangkat Daerah', 'Realisasi BKD Prov. Kaltim (Tabel 3.10)', -8.49],
    ['Hasil penilaian mandiri penerapan sistem merit', 'Target Nasional Tahun 2024 (Tabel 3.8)', -3.5],
    ['Hasil penilaian mandiri penerapan sistem merit', 'Realisasi BKPSDM Kota Samarinda Tahun 2024 (Tabel 3.9)', -15.5],
  ])('compares %s with "%s": %s', async (name, label, gap) => {
    const s = await login(app(), t.users.evaluator.username);
    const p = (await (await call(app(), 'GET', `/api/pemda/${t.pemda.slug}/dashboard/2024`, s)).json()) as PemdaDash;
    const r = p.references.find((x) => x.indicator.name === name && x.label === label);
    expect(r?.gap).toBeCloseTo(gap, 9);
  });

  it.each(['admin_opd', 'operator', 'pimpinan'] as const)('is refused to %s (403)', async (role) => {
    const s = await login(app(), t.users[role].username);
    expect((await call(app(), 'GET', `/api/pemda/${t.pemda.slug}/dashboard/2024`, s)).status).toBe(403);
  });
});

describe('XLSX export of each view', () => {
  it.each([
    // view, path, sheet, row, expected cells (from column 1)
    ['Pemda', (slug: string) => `/api/pemda/${slug}/dashboard/2024/xlsx`, 'Perangkat Daerah', 5, [1, 'Badan Kepegawaian']],
    ['OPD', (slug: string) => `/api/pemda/${slug}/opd/bkpsdm/dashboard/2024/xlsx`, 'Sasaran', 4, ['Kode', 'Nama', 'Capaian (%)']],
  ] as const)('%s dashboard: sheet %s, row %s', async (_view, path, sheet, row, cells) => {
    const s = await login(app(), t.users.evaluator.username);
    const res = await call(app(), 'GET', path(t.pemda.slug), s);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet(sheet);
    expect(String(ws?.getRow(2).getCell(1).value)).toContain('Tahun 2024 · periode 2024 · aturan pemda-default versi 1');
    expect(cells.map((_, i) => ws?.getRow(row).getCell(i + 1).value)).toEqual(cells);
  });

  it('the Pemda sheet carries the recomputed OPD capaian as a number', async () => {
    const s = await login(app(), t.users.evaluator.username);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await call(app(), 'GET', `/api/pemda/${t.pemda.slug}/dashboard/2024/xlsx`, s)).arrayBuffer());
    expect(wb.getWorksheet('Perangkat Daerah')?.getRow(5).getCell(3).value).toBeCloseTo(d.opd.capaian ?? 0, 9);
  });
});

describe('only final figures, never stale', () => {
  const path = () => `/api/pemda/${t.pemda.slug}/opd/bkpsdm`;
  const dash = async (username: string) =>
    (await (await call(app(), 'GET', `${path()}/dashboard/2025`, await login(app(), username))).json()) as OpdDash & {
      pending: { indicator: { id: string }; period: string; status: string; value: number | null }[];
    };
  const pemdaDash = async () =>
    (await (await call(app(), 'GET', `/api/pemda/${t.pemda.slug}/dashboard/2025`, await login(app(), t.users.evaluator.username))).json()) as {
      opds: { capaian: number | null; pending: { submitted: number; draft: number } }[];
    };
  const sakip = (x: OpdDash) => x.indicators.find((i) => i.id === t.indicatorId);
  const step = async (username: string, action: string) => {
    const res = await call(app(), 'POST', `${path()}/realisasi/2025/workflow`, await login(app(), username), { indicator: t.indicatorId, period: '2025-Q2', action });
    expect(res.status).toBe(200);
  };
  const Q1 = (70 / 71.51) * 100;

  it.each([
    // step, who, capaian of Nilai SAKIP 2025 after it, pending status shown apart, Pemda pending {submitted, draft}
    ['draft saved (71,51 for TW II)', 'operator', Q1, 'draft', { submitted: 0, draft: 1 }],
    ['submitted', 'operator', Q1, 'submitted', { submitted: 1, draft: 0 }],
    ['verified', 'admin_opd', 100, null, { submitted: 0, draft: 0 }],
    ['approved', 'pimpinan', 100, null, { submitted: 0, draft: 0 }],
  ] as const)('%s (by %s) → capaian %s, shown apart: %s', async (label, who, capaian, pending, pemdaPending) => {
    const user = t.users[who].username;
    if (label.startsWith('draft')) {
      const res = await call(app(), 'PUT', `${path()}/realisasi/2025`, await login(app(), user), { indicator: t.indicatorId, period: '2025-Q2', value: '71,51' });
      expect(res.status).toBe(200);
    } else {
      const actions: Record<string, string> = { submitted: 'submit', verified: 'verify', approved: 'approve' };
      await step(user, actions[label] ?? label);
    }
    const d2 = await dash(t.users.pimpinan.username);
    expect(sakip(d2)?.capaian).toBeCloseTo(capaian, 9);
    expect(d2.pending.filter((p) => p.indicator.id === t.indicatorId).map((p) => [p.period, p.status, p.value])).toEqual(pending ? [['2025-Q2', pending, 71.51]] : []);
    const p = await pemdaDash();
    expect(p.opds[0]?.pending).toEqual(pemdaPending);
  });

  it('the trend shows the final quarters only', async () => {
    expect(sakip(await dash(t.users.operator.username))?.trend.map((p) => [p.period, p.capaian])).toEqual([
      ['2025-Q1', Q1],
      ['2025-Q2', 100],
      ['2025-Q3', null],
      ['2025-Q4', null],
    ]);
  });
});
