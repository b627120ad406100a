/** Dashboards: one OPD's figures of a year, and every OPD of the Pemda side by side. */
import { Hono } from 'hono';
import { requireUser, type AppEnv, type Services } from '../http/context.ts';
import { getOpdDashboard } from '../usecases/dashboard/get-opd-dashboard.ts';
import { getPemdaDashboard } from '../usecases/dashboard/get-pemda-dashboard.ts';
import { dashboardQuery } from '../usecases/dashboard/get-opd-dashboard.ts';
import type { RouteSpec } from './catalog.ts';

/** The catalog entries of these routes (catalog.ts spreads them into the route list). */
export const dashboardCatalog: readonly RouteSpec[] = [
  { method: 'GET', path: '/api/pemda/:pemda/opd/:opd/dashboard/:year', summary: 'Dasbor kinerja perangkat daerah (dihitung ulang dari data tersimpan)', access: 'tenant', query: dashboardQuery },
  { method: 'GET', path: '/api/pemda/:pemda/dashboard/:year', summary: 'Dasbor Pemda: semua perangkat daerah, peringkat, sebaran predikat, keterlambatan', access: 'tenant', who: 'admin_pemda, evaluator', query: dashboardQuery },
];

export function dashboardRoutes(svc: Services): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get('/:pemda/opd/:opd/dashboard/:year', async (c) =>
    c.json(await getOpdDashboard(svc.db, requireUser(c), { pemdaSlug: c.req.param('pemda'), opdSlug: c.req.param('opd'), year: c.req.param('year') }, c.req.query())),
  );
  r.get('/:pemda/dashboard/:year', async (c) =>
    c.json(await getPemdaDashboard(svc.db, requireUser(c), c.req.param('pemda'), c.req.param('year'), c.req.query(), svc.now())),
  );
  return r;
}
