/**
 * The planning workspace and report routes' cases of the audit walk (audit.test.ts). Each case
 * states how many audit rows the request must leave: one per changed row (three values → three
 * rows), one for a created plan or a deleted subtree (its rows listed inside that one entry).
 * They run in order on the tenant's 2025 plan: tree and value edits first, then the versions
 * (an approved version locks the plan until its Perubahan).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Hono } from 'hono';
import type { AppEnv } from '../src/http/context.ts';
import { call, type Session, type Tenant } from './helpers.ts';
import { waitForJob } from './reports-helpers.ts';

type App = Hono<AppEnv>;

export interface AuditCase {
  route: string;
  /** requests made before the audit rows are counted (their rows are not counted) */
  setup?: (a: App, s: Session) => Promise<void>;
  run: (a: App, s: Session) => Response | Promise<Response>;
  entity: string;
  action: string;
  /** how many rows of entity/action (default 1); `rows` instead for a request that changes several kinds */
  count?: number;
  rows?: Record<string, number>;
}

/** T-C.33 of seed 003 (Renja BKPSDM Kutai Kartanegara 2025): its three header rows, the urusan headings and the program row. */
const tc33 = readFileSync(new URL('../../domain/test/planning-fixtures/seed003-tc33.tsv', import.meta.url), 'utf8').split('\n').slice(0, 6).join('\n');

async function created(res: Response): Promise<string> {
  const text = await res.text();
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${text}`);
  return (JSON.parse(text) as { id: string }).id;
}

export function planningCases(tenant: () => Tenant): AuditCase[] {
  const opd = () => `/api/pemda/${tenant().pemda.slug}/opd/${tenant().opd.slug}`;
  const plan = () => `${opd()}/plans/2025`;
  const P = '/api/pemda/:pemda/opd/:opd';
  const ids = { node: '', child: '', indicator: '', version: '' };
  const addNode = async (a: App, s: Session, name: string, parentId?: string) =>
    created(await call(a, 'POST', `${plan()}/nodes`, s, { kind: parentId ? 'kegiatan' : 'program', name, ...(parentId ? { parentId } : {}) }));
  return [
    { route: `POST ${P}/plans`, run: (a, s) => call(a, 'POST', `${opd()}/plans`, s, { year: 2026, from: 2025 }), entity: 'plan', action: 'create' },
    { route: `POST ${P}/plans/:year/nodes`, run: (a, s) => call(a, 'POST', `${plan()}/nodes`, s, { kind: 'sasaran', name: 'Meningkatnya kualitas pelayanan kepegawaian' }), entity: 'plan_node', action: 'create' },
    {
      route: `PATCH ${P}/plans/:year/nodes/:node`,
      setup: async (a, s) => void (ids.node = await addNode(a, s, 'Program Kepegawaian Daerah')),
      run: (a, s) => call(a, 'PATCH', `${plan()}/nodes/${ids.node}`, s, { code: '5.03.02', name: 'Program Kepegawaian Daerah' }),
      entity: 'plan_node',
      action: 'update',
    },
    {
      // a node with a child: one entry for the deleted subtree, the child listed in it
      route: `DELETE ${P}/plans/:year/nodes/:node`,
      setup: async (a, s) => void (ids.child = await addNode(a, s, 'Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN', ids.node)),
      run: (a, s) => call(a, 'DELETE', `${plan()}/nodes/${ids.node}`, s),
      entity: 'plan_node',
      action: 'delete',
    },
    {
      route: `POST ${P}/plans/:year/indicators`,
      run: async (a, s) => {
        const res = await call(a, 'POST', `${plan()}/indicators`, s, { nodeId: tenant().nodeId, name: 'Indeks Profesionalitas ASN', unit: 'indeks', polarity: 'positive', aggregation: 'last' });
        ids.indicator = (JSON.parse(await res.clone().text()) as { id: string }).id;
        return res;
      },
      entity: 'indicator',
      action: 'create',
    },
    { route: `PATCH ${P}/plans/:year/indicators/:indicator`, run: (a, s) => call(a, 'PATCH', `${plan()}/indicators/${ids.indicator}`, s, { unit: 'nilai', iku: true }), entity: 'indicator', action: 'update' },
    { route: `DELETE ${P}/plans/:year/indicators/:indicator`, run: (a, s) => call(a, 'DELETE', `${plan()}/indicators/${ids.indicator}`, s), entity: 'indicator', action: 'delete' },
    {
      // three cells, one unchanged (target 2025 is already 71,51): two rows
      route: `PUT ${P}/plans/:year/values`,
      run: (a, s) =>
        call(a, 'PUT', `${plan()}/values`, s, {
          entries: [
            { indicatorId: tenant().indicatorId, kind: 'target', period: '2025', value: 71.51 },
            { indicatorId: tenant().indicatorId, kind: 'target', period: '2025-Q2', value: 71.51 },
            { indicatorId: tenant().indicatorId, kind: 'baseline', period: '2024', value: 70.2 },
          ],
        }),
      entity: '',
      action: '',
      rows: { 'indicator_value.target set': 1, 'indicator_value.baseline set': 1 },
    },
    {
      route: `PUT ${P}/plans/:year/budgets`,
      run: (a, s) =>
        call(a, 'PUT', `${plan()}/budgets`, s, {
          entries: [
            { nodeId: tenant().nodeId, period: '2025', pagu: 18_953_949_068 },
            { nodeId: tenant().nodeId, period: '2026', pagu: 13_792_806_535 },
            { nodeId: tenant().nodeId, period: '2027', pagu: 15_633_331_188 },
          ],
        }),
      entity: 'node_budget',
      action: 'set',
      count: 2,
    },
    {
      // under the sasaran: program 5.03.01 with its indicator (Nilai Sakip), targets 2025/2026 and pagu 2025/2026
      route: `POST ${P}/plans/:year/paste`,
      run: (a, s) => call(a, 'POST', `${plan()}/paste`, s, { text: tc33, underId: tenant().nodeId, confirm: true }),
      entity: '',
      action: '',
      rows: { 'plan_node create': 1, 'indicator create': 1, 'indicator_value.target set': 2, 'node_budget set': 2 },
    },
    {
      // the PK table exported, one target edited (71,51 → 75): one row
      route: `POST ${P}/plans/:year/xlsx`,
      run: async (a, s) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(await (await call(a, 'GET', `${plan()}/xlsx?table=pk`, s)).arrayBuffer());
        wb.worksheets[0]?.eachRow((row) => {
          if (row.getCell(3).value === 'Nilai SAKIP BKPSDM') row.getCell(4).value = 75;
        });
        const file = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
        return call(a, 'POST', `${plan()}/xlsx`, s, { table: 'pk', file, confirm: true });
      },
      entity: 'indicator_value.target',
      action: 'set',
    },
    { route: `PUT ${P}/plans/:year/narratives/:kind`, run: (a, s) => call(a, 'PUT', `${plan()}/narratives/lkjip`, s, { section: 'kata-pengantar', text: 'Puji syukur kami panjatkan …' }), entity: 'report_narrative', action: 'narrative.save' },
    {
      route: `POST ${P}/plans/:year/versions`,
      run: async (a, s) => {
        const res = await call(a, 'POST', `${plan()}/versions`, s, { kind: 'pk' });
        ids.version = (JSON.parse(await res.clone().text()) as { id: string }).id;
        return res;
      },
      entity: 'plan_document',
      action: 'create',
    },
    { route: `PATCH ${P}/plans/:year/versions/:version`, run: (a, s) => call(a, 'PATCH', `${plan()}/versions/${ids.version}`, s, { basis: 'RKT 2025', signed: '2025-01-02' }), entity: 'plan_document', action: 'update' },
    { route: `POST ${P}/plans/:year/versions/:version/status`, run: (a, s) => call(a, 'POST', `${plan()}/versions/${ids.version}/status`, s, { to: 'submitted' }), entity: 'plan_document', action: 'status.submitted' },
    {
      route: `POST ${P}/plans/:year/versions/:version/perubahan`,
      setup: async (a, s) => {
        const res = await call(a, 'POST', `${plan()}/versions/${ids.version}/status`, s, { to: 'approved' });
        if (res.status !== 200) throw new Error(`setup: ${res.status} ${await res.text()}`);
      },
      run: (a, s) => call(a, 'POST', `${plan()}/versions/${ids.version}/perubahan`, s, { basis: 'RKT Perubahan dan RKPD Perubahan Tahun 2025', signed: '2025-10-21' }),
      entity: 'plan_document',
      action: 'perubahan',
    },
    {
      // the job is awaited: producing the file writes no further audit row
      route: `POST ${P}/reports`,
      run: async (a, s) => {
        process.env.KINERJA_REPORTS_DIR = mkdtempSync(join(tmpdir(), 'kinerja-reports-'));
        const res = await call(a, 'POST', `${opd()}/reports`, s, { kind: 'pk', year: 2025, format: 'xlsx' });
        const { job } = JSON.parse(await res.clone().text()) as { job: { id: string } };
        await waitForJob(a, tenant(), s, job.id);
        return res;
      },
      entity: 'report_job',
      action: 'report.generate',
    },
  ];
}
