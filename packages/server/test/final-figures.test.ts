/**
 * Issue #6: every figure counts final realisations only. Nilai SAKIP BKPSDM (seed 000: target 71,51
 * every quarter, aggregation last, Q1 = 70 stored as approved): a Q2 realisation of 71,90 changes
 * neither the plan view, compute nor a generated document while it is a draft or submitted; once
 * verified it does. The dataset export keeps every value, whatever its status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema, type Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import type { Dataset } from '@kinerja/domain';
import { generateReport } from '@kinerja/documents';
import { call, login } from './helpers.ts';
import { appWith, Clock, createMonitoringTenant, type MonitoringTenant } from './realisasi-setup.ts';
import { xlsxText } from './reports-helpers.ts';
import { produceReport } from '../src/usecases/reports/produce-report.ts';
import { parseReportRequest } from '../src/usecases/reports/report-request.ts';
import { PENDING_CODE } from '../src/usecases/figures/pending-finding.ts';

interface View {
  pending: number;
  indicators: {
    id: string;
    realizations: Record<string, number | string | null>;
    annual: { realization: number | string | null; capaian: number | null };
    periods: Record<string, { realization: number | string | null }>;
  }[];
}
interface Compute {
  pending: number;
  indicators: { id: string; annual: { realization: number | string | null } }[];
}

let database: Database;
let t: MonitoringTenant;
const clock = new Clock(new Date('2025-07-05T02:00:00Z'));
const app = () => appWith(database, clock);
const base = () => `/api/pemda/${t.pemda.slug}/opd/bkpsdm`;

beforeAll(async () => {
  database = await testDatabase();
  t = await createMonitoringTenant(database, 'ff');
});
afterAll(async () => database.close());

async function planView(): Promise<View['indicators'][number] & { pending: number }> {
  const s = await login(app(), t.users.evaluator.username);
  const view = (await (await call(app(), 'GET', `${base()}/plans/2025`, s)).json()) as View;
  const x = view.indicators.find((i) => i.id === t.indicatorId);
  if (!x) throw new Error('Nilai SAKIP not in the plan view');
  return { ...x, pending: view.pending };
}

async function computed(): Promise<{ realization: number | string | null; pending: number }> {
  const s = await login(app(), t.users.evaluator.username);
  const c = (await (await call(app(), 'GET', `${base()}/plans/2025/compute`, s)).json()) as Compute;
  return { realization: c.indicators.find((i) => i.id === 'S1.I1')?.annual.realization ?? null, pending: c.pending };
}

/** Evaluasi Triwulan II as XLSX through the one generation path; the dataset it was built from kept. */
async function document(): Promise<{ dataset: Dataset; text: string; pendingLines: string[] }> {
  let used: Dataset | undefined;
  const produced = await produceReport(
    database.db,
    { pemdaId: t.pemda.id, opdSlug: 'bkpsdm' },
    parseReportRequest({ kind: 'evaluasi-triwulan', year: 2025, format: 'xlsx', period: '2025-Q2' }),
    {
      generatedAt: '2025-07-05T02:00:00.000Z',
      generate: (dataset, opts, format) => {
        used = dataset;
        return generateReport(dataset, opts, format);
      },
    },
  );
  if (!used) throw new Error('generate not called');
  return { dataset: used, text: await xlsxText(produced.buffer), pendingLines: produced.findings.filter((f) => f.code === PENDING_CODE).map((f) => f.message) };
}

describe('a Q2 realisation of Nilai SAKIP (71,90) through the workflow', () => {
  it('before any entry: Q1 = 70 → capaian 70 / 71,51 = 97,89 %, nothing pending', async () => {
    const x = await planView();
    expect(x.annual.realization).toBe(70);
    expect(x.annual.capaian).toBeCloseTo((70 / 71.51) * 100, 6);
    expect(x.pending).toBe(0);
  });

  it.each([
    // step, user, status after, annual realisation counted, capaian, pending
    ['save', 'operator', 'draft', 70, (70 / 71.51) * 100, 1],
    ['submit', 'operator', 'submitted', 70, (70 / 71.51) * 100, 1],
    ['verify', 'admin_opd', 'verified', 71.9, (71.9 / 71.51) * 100, 0],
    ['approve', 'pimpinan', 'approved', 71.9, (71.9 / 71.51) * 100, 0],
  ] as const)('%s by %s (%s) → plan view and compute count %s, capaian %s, pending %s', async (step, user, status, realization, capaian, pending) => {
    const s = await login(app(), t.users[user].username);
    const res =
      step === 'save'
        ? await call(app(), 'PUT', `${base()}/realisasi/2025`, s, { indicator: t.indicatorId, period: '2025-Q2', value: '71,90' })
        : await call(app(), 'POST', `${base()}/realisasi/2025/workflow`, s, { indicator: t.indicatorId, period: '2025-Q2', action: step });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { realisasi?: { status: string } }).realisasi?.status).toBe(status);
    const x = await planView();
    expect(x.annual.realization).toBe(realization);
    expect(x.annual.capaian).toBeCloseTo(capaian, 6);
    expect(x.periods['2025-Q2']?.realization ?? null).toBe(realization === 70 ? null : 71.9);
    expect(x.realizations['2025-Q2']).toBe(71.9); // the stored value, whatever its status
    expect(x.pending).toBe(pending);
    expect(await computed()).toEqual({ realization, pending });
  });
});

describe('a generated document and the export (the Q2 row saved above)', () => {
  it.each([
    // status of the Q2 realisation, in the document's dataset, pending lines
    ['submitted', false, ['1 realisasi belum final (draf, diajukan atau ditolak) tidak dihitung; hanya realisasi terverifikasi/disetujui yang dihitung.']],
    ['approved', true, []],
  ] as const)('Q2 %s → in the document: %s', async (status, counted, lines) => {
    const v = schema.indicatorValue;
    await database.db
      .update(v)
      .set({ status })
      .where(and(eq(v.indicatorId, t.indicatorId), eq(v.kind, 'realization'), eq(v.period, '2025-Q2')));
    const doc = await document();
    expect(doc.dataset.indicators.find((i) => i.id === 'S1.I1')?.realizations?.['2025-Q2']).toBe(counted ? 71.9 : undefined);
    expect(doc.text.includes('71,9')).toBe(counted);
    expect(doc.pendingLines).toEqual(lines);
    const s = await login(app(), t.users.evaluator.username);
    const exported = (await (await call(app(), 'GET', `${base()}/plans/2025/export`, s)).json()) as Dataset;
    expect(exported.indicators.find((i) => i.id === 'S1.I1')?.realizations?.['2025-Q2']).toBe(71.9);
  });
});
