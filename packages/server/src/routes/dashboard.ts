/** Dashboards: one OPD's figures of a year, and every OPD of the Pemda side by side; each also as XLSX. */
import { Hono } from 'hono';
import { requireUser, type AppContext, type AppEnv, type Services } from '../http/context.ts';
import { getOpdDashboard } from '../usecases/dashboard/get-opd-dashboard.ts';
import { getPemdaDashboard } from '../usecases/dashboard/get-pemda-dashboard.ts';
import { dashboardQuery } from '../usecases/dashboard/get-opd-dashboard.ts';
import { opdDashboardXlsx, pemdaDashboardXlsx } from '../usecases/dashboard/export-xlsx.ts';
import type { RouteSpec } from './catalog.ts';

/** The catalog entries of these routes (catalog.ts spreads them into the route list). */
export const dashboardCatalog: readonly RouteSpec[] = [
  { method: 'GET', path: '/api/pemda/:pemda/opd/:opd/dashboard/:year', summary: 'Dasbor kinerja perangkat daerah (dihitung ulang dari realisasi final)', access: 'tenant', query: dashboardQuery },
  { method: 'GET', path: '/api/pemda/:pemda/opd/:opd/dashboard/:year/xlsx', summary: 'Unduh dasbor perangkat daerah sebagai Excel', access: 'tenant', query: dashboardQuery, download: true },
  { method: 'GET', path: '/api/pemda/:pemda/dashboard/:year', summary: 'Dasbor Pemda: semua perangkat daerah, peringkat, sebaran predikat, keterlambatan', access: 'tenant', who: 'admin_pemda, evaluator', query: dashboardQuery },
  { method: 'GET', path: '/api/pemda/:pemda/dashboard/:year/xlsx', summary: 'Unduh dasbor Pemda sebagai Excel', access: 'tenant', who: 'admin_pemda, evaluator', query: dashboardQuery, download: true },
];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function xlsx(c: AppContext, fileName: string, bytes: Uint8Array): Response {
  c.header('Content-Type', XLSX);
  c.header('Content-Disposition', `attachment; filename="${fileName}"`);
  c.header('Cache-Control', 'no-store');
  return c.body(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

export function dashboardRoutes(svc: Services): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const opdRef = (c: AppContext) => ({ pemdaSlug: c.req.param('pemda') ?? '', opdSlug: c.req.param('opd') ?? '', year: c.req.param('year') ?? '' });
  r.get('/:pemda/opd/:opd/dashboard/:year', async (c) => c.json(await getOpdDashboard(svc.db, requireUser(c), opdRef(c), c.req.query())));
  r.get('/:pemda/opd/:opd/dashboard/:year/xlsx', async (c) => {
    const d = await getOpdDashboard(svc.db, requireUser(c), opdRef(c), c.req.query());
    return xlsx(c, `dasbor-${d.opdInfo.slug}-${d.period}.xlsx`, await opdDashboardXlsx(d));
  });
  r.get('/:pemda/dashboard/:year', async (c) =>
    c.json(await getPemdaDashboard(svc.db, requireUser(c), c.req.param('pemda'), c.req.param('year'), c.req.query(), svc.now())),
  );
  r.get('/:pemda/dashboard/:year/xlsx', async (c) => {
    const p = await getPemdaDashboard(svc.db, requireUser(c), c.req.param('pemda'), c.req.param('year'), c.req.query(), svc.now());
    return xlsx(c, `dasbor-pemda-${p.pemda.slug}-${p.period}.xlsx`, await pemdaDashboardXlsx(p));
  });
  return r;
}
