/** Official documents: generation jobs (queued, run in this process), downloads, findings, narratives. */
import { Hono } from 'hono';
import { requireUser, type AppContext, type AppEnv, type Services } from '../http/context.ts';
import { readJson } from '../http/read-json.ts';
import type { RouteSpec } from './catalog.ts';
import type { PlanRef } from '../usecases/plans/resolve-plan.ts';
import type { JobRef, OpdRef } from '../usecases/reports/find-job.ts';
import { requestReport } from '../usecases/reports/request-report.ts';
import { listReports } from '../usecases/reports/list-reports.ts';
import { getReport } from '../usecases/reports/get-report.ts';
import { downloadReport } from '../usecases/reports/download-report.ts';
import { reportFindings } from '../usecases/reports/report-findings.ts';
import { getNarratives } from '../usecases/reports/get-narratives.ts';
import { narrativeInput, saveNarrative } from '../usecases/reports/save-narrative.ts';
import { reportRequestInput } from '../usecases/reports/report-request.ts';
import { createReportRunner } from '../usecases/reports/report-runner.ts';
import { reportsDir } from '../usecases/reports/report-store.ts';

const OPD = '/api/pemda/:pemda/opd/:opd';
const GENERATE = 'admin_pemda, evaluator; admin_opd dan pimpinan untuk OPD-nya sendiri';

export const reportCatalog: readonly RouteSpec[] = [
  { method: 'POST', path: `${OPD}/reports`, summary: 'Membuat dokumen resmi (PK, Rencana Aksi, Renja, evaluasi triwulan, LKjIP) sebagai tugas latar (202)', access: 'tenant', who: GENERATE, body: reportRequestInput },
  { method: 'GET', path: `${OPD}/reports`, summary: 'Dokumen yang pernah dibuat (siapa, kapan, versi data, jumlah temuan, status)', access: 'tenant' },
  { method: 'GET', path: `${OPD}/reports/:report`, summary: 'Status dan kemajuan satu tugas pembuatan dokumen', access: 'tenant' },
  { method: 'GET', path: `${OPD}/reports/:report/download`, summary: 'Mengunduh dokumen yang sudah selesai dibuat', access: 'tenant', download: true },
  { method: 'GET', path: `${OPD}/reports/:report/findings`, summary: 'Temuan (data yang tidak konsisten) saat dokumen dibuat', access: 'tenant' },
  { method: 'GET', path: `${OPD}/plans/:year/narratives/:kind`, summary: 'Bagian narasi dokumen (mis. LKjIP: kata pengantar, Bab I, Bab IV)', access: 'tenant' },
  { method: 'PUT', path: `${OPD}/plans/:year/narratives/:kind`, summary: 'Menyimpan satu bagian narasi', access: 'tenant', who: 'admin_pemda; admin_opd untuk OPD-nya sendiri', body: narrativeInput },
];

const opdRef = (c: AppContext): OpdRef => ({ pemdaSlug: c.req.param('pemda') ?? '', opdSlug: c.req.param('opd') ?? '' });
const jobRef = (c: AppContext): JobRef => ({ ...opdRef(c), reportId: c.req.param('report') ?? '' });
const planRef = (c: AppContext): PlanRef => ({ ...opdRef(c), year: c.req.param('year') ?? '' });

export function reportRoutes(svc: Services): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const dir = reportsDir();
  const runner = createReportRunner(svc.db, { dir, now: svc.now });
  const base = '/:pemda/opd/:opd/reports';
  r.post(base, async (c) => {
    const user = requireUser(c);
    return c.json(await requestReport(svc.db, user, opdRef(c), await readJson(c), runner), 202);
  });
  r.get(base, async (c) => c.json(await listReports(svc.db, requireUser(c), opdRef(c), runner)));
  r.get(`${base}/:report`, async (c) => c.json(await getReport(svc.db, requireUser(c), jobRef(c))));
  r.get(`${base}/:report/findings`, async (c) => c.json(await reportFindings(svc.db, requireUser(c), jobRef(c))));
  r.get(`${base}/:report/download`, async (c) => {
    const file = await downloadReport(svc.db, requireUser(c), jobRef(c), dir);
    return new Response(file.body, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.size),
        'Content-Disposition': `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
  const narratives = '/:pemda/opd/:opd/plans/:year/narratives/:kind';
  r.get(narratives, async (c) => c.json(await getNarratives(svc.db, requireUser(c), planRef(c), c.req.param('kind'))));
  r.put(narratives, async (c) => {
    const user = requireUser(c);
    return c.json(await saveNarrative(svc.db, user, planRef(c), c.req.param('kind'), await readJson(c)));
  });
  return r;
}
