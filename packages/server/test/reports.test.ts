/**
 * Official documents through the API on the imported Paser fixtures: a job per document, its
 * progress, the file downloaded and opened again (the key figures are in it), the list, the
 * findings and the LKjIP narratives that end up in the document.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { createApp } from '../src/app.ts';
import type { ReportJobView } from '../src/usecases/reports/job-view.ts';
import { reportJobsIdle } from '../src/usecases/reports/index.ts';
import { call, createTenant, fixtureFor, login, type Session, type Tenant } from './helpers.ts';
import { fileText, importPaser, reportsBase, waitForJob } from './reports-helpers.ts';

const KUKAR_2025 = 'kabupaten-kutai-kartanegara/kukar-2025-renja.json';

let database: Database;
let app: ReturnType<typeof createApp>;
let t: Tenant;
let admin: Session;
/** a second Pemda holding the Kutai Kartanegara Renja 2025 (the seed of the T-C.29 … T-C.33 tables) */
let kukar: Tenant;
let kukarAdmin: Session;

beforeAll(async () => {
  process.env.KINERJA_REPORTS_DIR = mkdtempSync(join(tmpdir(), 'kinerja-reports-'));
  database = await testDatabase();
  app = createApp({ db: database.db, kind: database.kind, demo: false });
  t = await createTenant(database.db, 'rep');
  admin = await login(app, t.users.admin_opd.username);
  await importPaser(app, t, await login(app, t.users.admin_pemda.username));
  kukar = await createTenant(database.db, 'kukar');
  kukarAdmin = await login(app, kukar.users.admin_opd.username);
  const imported = await call(app, 'POST', `/api/pemda/${kukar.pemda.slug}/import?replace=true`, await login(app, kukar.users.admin_pemda.username), fixtureFor(KUKAR_2025, kukar.pemda.name));
  if (imported.status !== 200) throw new Error(await imported.text());
});
afterAll(async () => {
  await reportJobsIdle();
  await database.close();
});

const MAGIC: Record<string, string> = { docx: 'PK', xlsx: 'PK', pdf: '%PDF' };

async function generate(body: Record<string, unknown>, s: Session = admin, tenant: Tenant = t): Promise<{ job: ReportJobView; bytes: Buffer; res: Response }> {
  const started = await call(app, 'POST', reportsBase(tenant), s, body);
  expect(started.status, await started.clone().text()).toBe(202);
  const { job: queued } = (await started.json()) as { job: ReportJobView };
  expect(queued).toMatchObject({ status: 'queued', progress: 0, kind: body.kind, format: body.format });
  const job = await waitForJob(app, tenant, s, queued.id);
  expect(job.error).toBeNull();
  expect(job.status).toBe('done');
  const res = await call(app, 'GET', `${reportsBase(tenant)}/${job.id}/download`, s);
  expect(res.status).toBe(200);
  return { job, bytes: Buffer.from(await res.arrayBuffer()), res };
}

describe('a generated document', () => {
  // [kind, year, format, the download name, figures the file must show, more of the request]
  const cases: [string, number, string, string, string[], Record<string, string>?][] = [
    ['lkjip', 2024, 'docx', 'LKjIP-BKPSDM-2024.docx', ['71,51', '27.346.788.906']],
    ['lkjip', 2024, 'xlsx', 'LKjIP-BKPSDM-2024.xlsx', ['71,51', '27.346.788.906']],
    ['lkjip', 2024, 'pdf', 'LKjIP-BKPSDM-2024.pdf', ['71,51', '27.346.788.906']],
    ['pk', 2025, 'docx', 'PK-Perubahan-BKPSDM-2025.docx', ['71,51', '18.953.949.068', 'LISWANDI, SP']],
    ['pk', 2025, 'pdf', 'PK-Perubahan-BKPSDM-2025.pdf', ['18.953.949.068']],
    ['renaksi', 2025, 'docx', 'Rencana-Aksi-Perubahan-BKPSDM-2025.docx', ['Nilai SAKIP Perangkat Daerah', '3.094.837.985']],
    ['renaksi', 2025, 'xlsx', 'Rencana-Aksi-Perubahan-BKPSDM-2025.xlsx', ['Nilai SAKIP Perangkat Daerah', '18.953.949.068']],
    ['evaluasi-triwulan', 2025, 'docx', 'Evaluasi-Triwulan-BKPSDM-2025-Q2.docx', ['TRIWULAN II TAHUN 2025', '10.022.791.347'], { period: '2025-Q2', unit: 'Sekretariat' }],
  ];

  it.each(cases)('%s %i %s → %s with its key figures', async (kind, year, format, fileName, figures, more) => {
    const { job, bytes, res } = await generate({ kind, year, format, ...more });
    expect(bytes.subarray(0, MAGIC[format]?.length).toString('latin1')).toBe(MAGIC[format]);
    expect(res.headers.get('content-disposition')).toContain(`filename="${fileName}"`);
    expect(res.headers.get('content-type')).toContain(format === 'pdf' ? 'application/pdf' : 'openxmlformats');
    expect(job).toMatchObject({ progress: 100, fileName, size: bytes.length });
    expect(job.dataVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(job.requestedBy?.name).toBe(t.users.admin_opd.username);
    const text = await fileText(format, bytes);
    if (text !== null) for (const figure of figures) expect(text).toContain(figure);
  });

  it.each([
    ['xlsx', 'Renja-BKPSDM-2025.xlsx'],
    ['docx', 'Renja-BKPSDM-2025.docx'],
  ])('renja 2025 of Kutai Kartanegara as %s → %s with the total pagu 32.743.331.188', async (format, fileName) => {
    const { job, bytes } = await generate({ kind: 'renja', year: 2025, format }, kukarAdmin, kukar);
    expect(job.fileName).toBe(fileName);
    expect(await fileText(format, bytes)).toContain('32.743.331.188');
  });

  it('lists its findings: the printed budget realisation 24.914.147.619 of the 2024 LKjIP differs from the rows', async () => {
    const { job } = await generate({ kind: 'lkjip', year: 2024, format: 'docx' });
    const findings = (await (await call(app, 'GET', `${reportsBase(t)}/${job.id}/findings`, admin)).json()) as { printed: string | null }[];
    expect(findings.length).toBe(job.findingsCount);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.printed?.includes('24.914.147.619'))).toBe(true);
  });

  it('has the same data version when the data did not change', async () => {
    const a = await generate({ kind: 'pk', year: 2025, format: 'docx' });
    const b = await generate({ kind: 'pk', year: 2025, format: 'xlsx' });
    expect(a.job.dataVersion).toBe(b.job.dataVersion);
    const other = await generate({ kind: 'lkjip', year: 2024, format: 'xlsx' });
    expect(other.job.dataVersion).not.toBe(a.job.dataVersion);
  });

  it('appears in the list with who, when, data version and findings count, newest first', async () => {
    const { job } = await generate({ kind: 'renaksi', year: 2025, format: 'pdf' });
    const list = (await (await call(app, 'GET', reportsBase(t), admin)).json()) as ReportJobView[];
    expect(list[0]).toMatchObject({ id: job.id, status: 'done', dataVersion: job.dataVersion, findingsCount: job.findingsCount });
    expect(list[0]?.requestedBy?.name).toBe(t.users.admin_opd.username);
    expect(Date.parse(list[0]?.createdAt ?? '')).not.toBeNaN();
  });
});

describe('LKjIP narratives', () => {
  const path = (): string => `/api/pemda/${t.pemda.slug}/opd/${t.opd.slug}/plans/2024/narratives/lkjip`;

  it('lists the sections the LKjIP model reads, empty at first', async () => {
    const view = (await (await call(app, 'GET', path(), admin)).json()) as { sections: { id: string; text: string }[] };
    expect(view.sections.map((s) => s.id)).toEqual([
      'kata-pengantar', 'ikhtisar', 'latar-belakang', 'gambaran-organisasi', 'isu-strategis', 'renstra', 'capaian', 'pembanding', 'penutup',
    ]);
  });

  it('saves a section (who and when), and the next LKjIP prints it', async () => {
    const text = 'Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya LKjIP BKPSDM Kabupaten Paser Tahun 2024.';
    const res = await call(app, 'PUT', path(), admin, { section: 'kata-pengantar', text });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: 'kata-pengantar', text, updatedBy: t.users.admin_opd.username });
    const again = await call(app, 'PUT', path(), admin, { section: 'penutup', text: 'Demikian laporan ini disusun.' });
    expect(again.status).toBe(200);
    const view = (await (await call(app, 'GET', path(), admin)).json()) as { sections: { id: string; text: string; updatedAt: string | null }[] };
    expect(view.sections.find((s) => s.id === 'kata-pengantar')?.text).toBe(text);
    expect(view.sections.find((s) => s.id === 'ikhtisar')?.updatedAt).toBeNull();
    const { bytes } = await generate({ kind: 'lkjip', year: 2024, format: 'docx' });
    const docx = (await fileText('docx', bytes)) ?? '';
    expect(docx).toContain(text);
    expect(docx).toContain('Demikian laporan ini disusun.');
  });

  it.each([
    [{ section: 'bab-v', text: 'x' }, 400, 'section'],
    [{ section: 'penutup' }, 400, 'text'],
    [{ section: 'penutup', text: 'x'.repeat(50_001) }, 400, 'text'],
  ] as const)('refuses %j → %i at %s', async (body, status, where) => {
    const res = await call(app, 'PUT', path(), admin, body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { where?: string }).where).toBe(where);
  });

  it('has no sections for a document without narrative (400)', async () => {
    expect((await call(app, 'GET', path().replace(/lkjip$/, 'pk'), admin)).status).toBe(400);
  });
});

describe('a refused request', () => {
  it.each([
    [{ kind: 'laporan-tahunan', year: 2024, format: 'docx' }, 400, 'kind'],
    [{ kind: 'lkjip', year: 2024, format: 'odt' }, 400, 'format'],
    [{ kind: 'evaluasi-triwulan', year: 2025, format: 'xlsx' }, 400, 'period'],
    [{ kind: 'evaluasi-triwulan', year: 2025, format: 'xlsx', period: '2024-Q3' }, 400, 'period'],
    [{ kind: 'evaluasi-triwulan', year: 2025, format: 'xlsx', period: '2025-Q5' }, 400, 'period'],
    [{ kind: 'evaluasi-triwulan', year: 2025, format: 'xlsx', period: '2025-Q3', unit: 'Bidang Fiktif' }, 400, 'unit'],
    [{ kind: 'lkjip', year: 2019, format: 'pdf' }, 404, 'year'],
  ] as const)('%j → %i at %s, no job', async (body, status, where) => {
    const before = ((await (await call(app, 'GET', reportsBase(t), admin)).json()) as unknown[]).length;
    const res = await call(app, 'POST', reportsBase(t), admin, body);
    expect(res.status).toBe(status);
    const problem = (await res.json()) as { where?: string; title: string };
    expect(problem.where).toBe(where);
    expect(problem.title).toMatch(/[a-z]/);
    expect(((await (await call(app, 'GET', reportsBase(t), admin)).json()) as unknown[]).length).toBe(before);
  });

  it('download of an unknown job → 404, a malformed id → 400; another OPD → 403 for admin_opd', async () => {
    expect((await call(app, 'GET', `${reportsBase(t)}/00000000-0000-4000-8000-000000000000/download`, admin)).status).toBe(404);
    expect((await call(app, 'GET', `${reportsBase(t)}/bukan-uuid`, admin)).status).toBe(400);
    expect((await call(app, 'GET', `/api/pemda/${t.pemda.slug}/opd/${t.otherOpd.slug}/reports`, admin)).status).toBe(403);
  });
});
