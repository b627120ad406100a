/**
 * A document made by `kinerja report` (recordReport) shows in the Pelaporan list with who, when and
 * the data version, downloads like a web job, and leaves one audit row.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema, type Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { createApp } from '../src/app.ts';
import type { ReportJobView } from '../src/usecases/reports/job-view.ts';
import { parseReportRequest, recordReport, reportJobsIdle } from '../src/usecases/reports/index.ts';
import { call, createTenant, login, type Session, type Tenant } from './helpers.ts';
import { docxText, importPaser, reportsBase } from './reports-helpers.ts';

let database: Database;
let app: ReturnType<typeof createApp>;
let t: Tenant;
let admin: Session;
const dir = mkdtempSync(join(tmpdir(), 'kinerja-reports-cli-'));
const NOW = new Date('2025-11-03T02:30:00Z');

beforeAll(async () => {
  process.env.KINERJA_REPORTS_DIR = dir;
  database = await testDatabase();
  app = createApp({ db: database.db, kind: database.kind, demo: false });
  t = await createTenant(database.db, 'cli');
  admin = await login(app, t.users.admin_opd.username);
  await importPaser(app, t, await login(app, t.users.admin_pemda.username));
});
afterAll(async () => {
  await reportJobsIdle();
  await database.close();
});

describe('a document made by the CLI', () => {
  it.each([
    // kind, format, year, a figure of the seed the file must hold
    ['lkjip', 'docx', 2024, '27.346.788.906'],
    ['pk', 'docx', 2025, '18.953.949.068'],
  ] as const)('%s %s %i: listed with who/when/data version, downloadable, audited once', async (kind, format, year, figure) => {
    const request = parseReportRequest({ kind, format, year: String(year) });
    const { job, produced } = await recordReport(database.db, { pemdaId: t.pemda.id, opdSlug: t.opd.slug }, request, {
      actor: { id: null, name: 'cli:operator' },
      dir,
      now: () => NOW,
    });
    expect(job).toMatchObject({ status: 'done', progress: 100, kind, format, year, requestedBy: { id: null, name: 'cli:operator' }, findingsCount: produced.findings.length });
    expect(job.dataVersion).toBe(produced.dataVersion);
    expect(job.finishedAt).toBe(NOW.toISOString());

    const list = (await (await call(app, 'GET', reportsBase(t), admin)).json()) as ReportJobView[];
    expect(list.find((j) => j.id === job.id)).toMatchObject({ status: 'done', requestedBy: { name: 'cli:operator' }, dataVersion: produced.dataVersion });

    const res = await call(app, 'GET', `${reportsBase(t)}/${job.id}/download`, admin);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(produced.buffer)).toBe(true);
    expect(await docxText(bytes)).toContain(figure);

    const audits = await database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entity, 'report_job'), eq(schema.auditLog.entityId, job.id)));
    expect(audits.map((a) => [a.action, a.actorName])).toEqual([['report.generate', 'cli:operator']]);
  }, 120_000);
});
