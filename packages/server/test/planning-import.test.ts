/**
 * The XLSX round trip and the paste preview, on PGlite and on the shared PostgreSQL: the preview
 * lists exactly what the save would change and saves nothing; an emptied cell clears the stored
 * value; export → import unchanged changes nothing; export → edit two cells → import changes
 * exactly those two values (seed 000 Tabel 2.4, BKPSDM Paser 2025).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { schema, type Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { diffPlans, type Dataset, type PlanDiff } from '@kinerja/domain';
import { createApp } from '../src/app.ts';
import { call, createTenant, login, type Session, type Tenant } from './helpers.ts';

let database: Database;
let app: ReturnType<typeof createApp>;
const fixture = (name: string) => readFileSync(new URL(`../../domain/test/planning-fixtures/${name}`, import.meta.url), 'utf8');
/** The first page of Tabel 2.4 (sasaran A, its program and the Sekretariat kegiatan) without the four rows whose schedule overflows into a 13th column. */
const tabel24 = fixture('seed000-tabel-2-4.tsv')
  .split('\n')
  .filter((_, i) => i + 1 <= 27 && ![9, 10, 11, 12].includes(i + 1))
  .join('\n');
const tc33 = fixture('seed003-tc33.tsv');

beforeAll(async () => {
  database = await testDatabase();
  app = createApp({ db: database.db, kind: database.kind, demo: false, loginAttemptsPerMinute: 10_000 });
});
afterAll(async () => database.close());

const base = (t: Tenant) => `/api/pemda/${t.pemda.slug}/opd/${t.opd.slug}/plans/${t.planYear}`;
const json = async <T>(res: Response, status = 200): Promise<T> => {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
};
interface Answer { rows: { row: number; indicator: string | null }[]; saved: Record<string, number> | null; changes: PlanDiff | null; errors: { row: number; column: number; message: string }[] }
const plan = async (t: Tenant, s: Session) => (await json<{ plan: Dataset }>(await call(app, 'GET', `${base(t)}/workspace`, s))).plan;
const toBase64 = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
const valueChanges = (d: PlanDiff | null) => (d?.values ?? []).map((v) => [v.entity, v.label, v.period, v.before, v.after]);
const auditCount = async (t: Tenant) => (await database.db.select().from(schema.auditLog).where(eq(schema.auditLog.pemdaId, t.pemda.id))).length;

/** A tenant whose plan holds seed 003's T-C.33 (coded, for the Renja) or seed 000's Tabel 2.4. */
async function seeded(prefix: string, table: string) {
  const t = await createTenant(database.db, prefix);
  const s = await login(app, t.users.admin_opd.username);
  await json(await call(app, 'POST', `${base(t)}/paste`, s, { text: table === 'renja' ? tc33 : tabel24, confirm: true }));
  return { t, s };
}

async function download(t: Tenant, s: Session, table: string): Promise<ExcelJS.Workbook> {
  const res = await call(app, 'GET', `${base(t)}/xlsx?table=${table}`, s);
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

/** Sets column `col` (1-based) of the first row whose column 3 is `indicator`. */
function edit(wb: ExcelJS.Workbook, indicator: string, col: number, value: number | null) {
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('sheet');
  let done = false;
  ws.eachRow((row) => {
    if (done || row.getCell(3).value !== indicator) return;
    row.getCell(col).value = value;
    done = true;
  });
  expect(done, indicator).toBe(true);
}

type Edit = [indicator: string, column: number, value: number | null];
type Change = [entity: string, label: string, period: string, before: number | string | null, after: number | string | null];

describe('XLSX import: emptied cells clear, unedited cells stay', () => {
  it.each<[string, string, Edit[], Change[]]>([
    ['renaksi', 'unchanged', [], []],
    ['pk', 'unchanged', [], []],
    ['renja', 'unchanged', [], []],
    [
      'renaksi',
      'one target changed, one month emptied',
      [['Nilai SAKIP Perangkat Daerah', 4, 75], ['Indeks Kepuasan Pelayanan Sekretariat', 11, null]],
      [['target', 'Nilai SAKIP Perangkat Daerah', '2025', 71.51, 75], ['target', 'Indeks Kepuasan Pelayanan Sekretariat', '2025-03', 77, null]],
    ],
    [
      'pk',
      'one target emptied, one pagu emptied',
      [['Nilai SAKIP Perangkat Daerah', 4, null], ['Indeks Kepuasan Pelayanan Sekretariat', 6, null]],
      [['budget', 'Program Penunjang urusan Pemerintah Daerah Lainnya', '2025', 10_022_791_347, null], ['target', 'Nilai SAKIP Perangkat Daerah', '2025', 71.51, null]],
    ],
    [
      'renja',
      'next year target emptied, next year pagu changed',
      [['Jumlah Dokumen Perencanaan Perangkat Daerah', 10, null], ['Jumlah Dokumen Perencanaan Perangkat Daerah', 11, 70_000_000]],
      [
        ['budget', '5.03.01.2.01.01 Penyusunan Dokumen Perencanaan Perangkat Daerah', '2026', 65_000_000, 70_000_000],
        ['target', 'Jumlah Dokumen Perencanaan Perangkat Daerah', '2026', 6, null],
      ],
    ],
  ])('%s, %s: the preview and the save change exactly the edited cells', { timeout: 180_000 }, async (table, _name, edits, expected) => {
    const { t, s } = await seeded('pi', table);
    const before = await plan(t, s);
    const wb = await download(t, s, table);
    for (const [indicator, col, value] of edits) edit(wb, indicator, col, value);
    const file = await toBase64(wb);
    const audits = await auditCount(t);

    const preview = await json<Answer>(await call(app, 'POST', `${base(t)}/xlsx`, s, { table, file }));
    expect(preview.errors).toEqual([]);
    expect(preview.saved).toBeNull();
    // the first data row as Excel numbers it: 2 title rows and the layout's header rows above it
    expect(preview.rows[0]?.row).toBe({ renaksi: 6, pk: 4, renja: 5 }[table]);
    expect(valueChanges(preview.changes)).toEqual(expected);
    expect(diffPlans(before, await plan(t, s)).values).toEqual([]);
    expect(await auditCount(t)).toBe(audits);

    const done = await json<Answer>(await call(app, 'POST', `${base(t)}/xlsx`, s, { table, file, confirm: true }));
    expect(done.saved?.valuesChanged).toBe(expected.length);
    const d = diffPlans(before, await plan(t, s));
    expect(valueChanges(d)).toEqual(expected);
    expect([d.nodes, d.indicators]).toEqual([[], []]);
    expect(await auditCount(t)).toBe(audits + expected.length);
  });
});

describe('paste preview', () => {
  it('lists the rows it would add without saving, and a refused row as an error', { timeout: 180_000 }, async () => {
    const t = await createTenant(database.db, 'pp');
    const s = await login(app, t.users.admin_opd.username);
    const before = await plan(t, s);
    const preview = await json<Answer>(await call(app, 'POST', `${base(t)}/paste`, s, { text: tabel24 }));
    expect(preview.saved).toBeNull();
    const added = preview.changes?.indicators.filter((i) => i.change === 'added') ?? [];
    expect(added.map((i) => i.label)).toEqual(preview.rows.filter((r) => r.indicator).map((r) => r.indicator));
    expect(valueChanges(preview.changes)).toContainEqual(['target', 'Nilai SAKIP Perangkat Daerah', '2025', null, 71.51]);
    expect(diffPlans(before, await plan(t, s))).toMatchObject({ nodes: [], indicators: [], values: [] });

    const misplaced = await json<Answer>(await call(app, 'POST', `${base(t)}/paste`, s, { text: 'No.\tKegiatan\tIndikator Kinerja\tTarget\n1.1.\tPenyusunan\tJumlah Dokumen\t16' }));
    expect(misplaced.changes).toBeNull();
    expect(misplaced.errors.map((e) => e.row)).toEqual([2]);
  });
});
