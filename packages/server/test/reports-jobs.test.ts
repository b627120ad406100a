/**
 * The life of a job beside the happy path: a renderer that throws leaves a failed job with an
 * Indonesian message and no file; a restart marks the stale jobs of another process failed.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema, type Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { KinerjaError } from '@kinerja/domain';
import type { GeneratedReport } from '@kinerja/documents';
import { createApp } from '../src/app.ts';
import type { SessionUser } from '../src/permissions.ts';
import { reportJobsIdle } from '../src/usecases/reports/index.ts';
import { reportMessages } from '../src/usecases/reports/messages.ts';
import { recoverStaleJobs, STALE_MS } from '../src/usecases/reports/recover-jobs.ts';
import { createReportRunner } from '../src/usecases/reports/report-runner.ts';
import { requestReport } from '../src/usecases/reports/request-report.ts';
import { call, createTenant, login, type Tenant } from './helpers.ts';
import { importPaser, reportsBase } from './reports-helpers.ts';

let database: Database;
let t: Tenant;
let user: SessionUser;

beforeAll(async () => {
  process.env.KINERJA_REPORTS_DIR = mkdtempSync(join(tmpdir(), 'kinerja-reports-'));
  database = await testDatabase();
  t = await createTenant(database.db, 'job');
  const app = createApp({ db: database.db, kind: database.kind, demo: false });
  await importPaser(app, t, await login(app, t.users.admin_pemda.username));
  user = { id: t.users.admin_opd.id, username: t.users.admin_opd.username, displayName: t.users.admin_opd.username, pemdaId: t.pemda.id, roles: [{ role: 'admin_opd', pemdaId: t.pemda.id, opdId: t.opd.id, unitId: null }] };
});
afterAll(async () => {
  await reportJobsIdle();
  await database.close();
});

const jobRow = async (id: string) => {
  const [row] = await database.db.select().from(schema.reportJob).where(eq(schema.reportJob.id, id));
  return row;
};

describe('a job whose generation fails', () => {
  const thrower = (e: unknown) => async (): Promise<GeneratedReport> => {
    throw e;
  };
  it.each([
    ['a renderer crash', new TypeError('Cannot read properties of undefined'), `${reportMessages.failed} (rincian teknis: Cannot read properties of undefined)`],
    ['a KinerjaError of the model', new KinerjaError('invalid', 'Jenis dokumen "renja" belum tersedia.', 'kind'), 'Jenis dokumen "renja" belum tersedia.'],
  ])('%s → failed, the message recorded, no file left', async (_what, error, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-reports-fail-'));
    const runner = createReportRunner(database.db, { dir, now: () => new Date(), generate: thrower(error) });
    const { job } = await requestReport(database.db, user, { pemdaSlug: t.pemda.slug, opdSlug: t.opd.slug }, { kind: 'pk', year: 2025, format: 'docx' }, runner);
    await reportJobsIdle();
    const row = await jobRow(job.id);
    expect(row).toMatchObject({ status: 'failed', error: message, storagePath: null, fileName: null });
    expect(row?.finishedAt).not.toBeNull();
    expect(readdirSync(dir, { recursive: true }).filter((f) => !String(f).match(/^[0-9a-f-]{36}$/))).toEqual([]);
  });

  it('shows as failed through the API, and its download is refused (409)', async () => {
    const runner = createReportRunner(database.db, { dir: mkdtempSync(join(tmpdir(), 'kinerja-r-')), now: () => new Date(), generate: thrower(new Error('pdfmake')) });
    const { job } = await requestReport(database.db, user, { pemdaSlug: t.pemda.slug, opdSlug: t.opd.slug }, { kind: 'lkjip', year: 2024, format: 'pdf' }, runner);
    await reportJobsIdle();
    const app = createApp({ db: database.db, kind: database.kind, demo: false });
    const s = await login(app, t.users.admin_opd.username);
    const view = (await (await call(app, 'GET', `${reportsBase(t)}/${job.id}`, s)).json()) as { status: string; error: string };
    expect(view.status).toBe('failed');
    expect(view.error).toContain('Pembuatan dokumen gagal');
    expect((await call(app, 'GET', `${reportsBase(t)}/${job.id}/download`, s)).status).toBe(409);
  });
});

describe('after a restart', () => {
  const insertJob = async (status: string, worker: string, ageMs: number) => {
    const at = new Date(Date.now() - ageMs);
    const [row] = await database.db
      .insert(schema.reportJob)
      .values({ pemdaId: t.pemda.id, opdId: t.opd.id, year: 2024, kind: 'lkjip', format: 'pdf', status, progress: 40, worker, createdAt: at, updatedAt: at })
      .returning();
    if (!row) throw new Error('no job');
    return row.id;
  };

  it.each([
    ['running', 'proses-lama', STALE_MS + 60_000, 'failed'],
    ['queued', 'proses-lama', STALE_MS + 60_000, 'failed'],
    ['running', 'proses-lama', 1_000, 'running'],
    ['running', 'proses-ini', STALE_MS + 60_000, 'running'],
    ['done', 'proses-lama', STALE_MS + 60_000, 'done'],
  ])('a %s job of %s, last beat %i ms ago → %s', async (status, worker, age, expected) => {
    const id = await insertJob(status, worker, age);
    await recoverStaleJobs(database.db, new Date(), 'proses-ini');
    const row = await jobRow(id);
    expect(row?.status).toBe(expected);
    if (expected === 'failed') expect(row?.error).toBe(reportMessages.stale);
    await database.db.update(schema.reportJob).set({ status: 'done' }).where(eq(schema.reportJob.id, id));
  });

  it('the list marks them failed for the user', async () => {
    const id = await insertJob('running', 'proses-lama', STALE_MS * 3);
    const app = createApp({ db: database.db, kind: database.kind, demo: false });
    const s = await login(app, t.users.pimpinan.username);
    const list = (await (await call(app, 'GET', reportsBase(t), s)).json()) as { id: string; status: string; error: string | null }[];
    expect(list.find((j) => j.id === id)).toMatchObject({ status: 'failed', error: reportMessages.stale });
  });
});
