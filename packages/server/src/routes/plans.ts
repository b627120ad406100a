import { Hono } from 'hono';
import { requireUser, type AppEnv, type AppContext, type Services } from '../http/context.ts';
import { readJson } from '../http/read-json.ts';
import type { PlanRef } from '../usecases/plans/resolve-plan.ts';
import { getPlanView } from '../usecases/plans/get-plan-view.ts';
import { getFindings } from '../usecases/plans/get-findings.ts';
import { computePlan } from '../usecases/plans/compute-plan.ts';
import { exportPlan } from '../usecases/plans/export-plan.ts';
import { importPlan } from '../usecases/plans/import-plan.ts';

const planRef = (c: AppContext): PlanRef => ({ pemdaSlug: c.req.param('pemda') ?? '', opdSlug: c.req.param('opd') ?? '', year: c.req.param('year') ?? '' });

export function planRoutes(svc: Services): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const base = '/:pemda/opd/:opd/plans/:year';
  r.get(base, async (c) => c.json(await getPlanView(svc.db, requireUser(c), planRef(c))));
  r.get(`${base}/findings`, async (c) => c.json(await getFindings(svc.db, requireUser(c), planRef(c))));
  r.get(`${base}/compute`, async (c) => c.json(await computePlan(svc.db, requireUser(c), planRef(c), c.req.query())));
  r.get(`${base}/export`, async (c) => {
    const { fileName, dataset } = await exportPlan(svc.db, requireUser(c), planRef(c));
    c.header('Content-Disposition', `attachment; filename="${fileName}"`);
    return c.json(dataset);
  });
  r.post('/:pemda/import', async (c) => {
    const user = requireUser(c);
    return c.json(await importPlan(svc.db, user, c.req.param('pemda'), await readJson(c), c.req.query()));
  });
  return r;
}
