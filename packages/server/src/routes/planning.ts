/** The planning workspace API (docs/api-contract.md, "Perencanaan"): thin handlers over the use cases. */
import { Hono } from 'hono';
import { requireUser, type AppContext, type AppEnv, type Services } from '../http/context.ts';
import { readJson } from '../http/read-json.ts';
import type { PlanRef } from '../usecases/plans/resolve-plan.ts';
import { createPlan } from '../usecases/planning/create-plan.ts';
import { getWorkspace } from '../usecases/planning/get-workspace.ts';
import { addNode } from '../usecases/planning/add-node.ts';
import { updateNode } from '../usecases/planning/update-node.ts';
import { deleteNode } from '../usecases/planning/delete-node.ts';
import { addIndicator } from '../usecases/planning/add-indicator.ts';
import { updateIndicator } from '../usecases/planning/update-indicator.ts';
import { deleteIndicator } from '../usecases/planning/delete-indicator.ts';
import { setValues } from '../usecases/planning/set-values.ts';
import { setBudgets } from '../usecases/planning/set-budgets.ts';
import { listVersions } from '../usecases/planning/list-versions.ts';
import { createVersion } from '../usecases/planning/create-version.ts';
import { updateVersion } from '../usecases/planning/update-version.ts';
import { transitionVersion } from '../usecases/planning/transition-version.ts';
import { createPerubahan } from '../usecases/planning/create-perubahan.ts';
import { getVersionContent } from '../usecases/planning/get-version.ts';
import { diffVersions } from '../usecases/planning/diff-versions.ts';
import { pasteTable } from '../usecases/planning/paste-table.ts';
import { exportTable } from '../usecases/planning/xlsx/export-table.ts';
import { importTable } from '../usecases/planning/xlsx/import-table.ts';

const ref = (c: AppContext): PlanRef => ({ pemdaSlug: c.req.param('pemda') ?? '', opdSlug: c.req.param('opd') ?? '', year: c.req.param('year') ?? '' });
const p = (c: AppContext, name: string): string => c.req.param(name) ?? '';

export function planningRoutes(svc: Services): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const db = svc.db;
  const base = '/:pemda/opd/:opd/plans/:year';
  r.post('/:pemda/opd/:opd/plans', async (c) => c.json(await createPlan(db, requireUser(c), p(c, 'pemda'), p(c, 'opd'), await readJson(c)), 201));
  r.get(`${base}/workspace`, async (c) => c.json(await getWorkspace(db, requireUser(c), ref(c))));
  r.post(`${base}/nodes`, async (c) => c.json(await addNode(db, requireUser(c), ref(c), await readJson(c)), 201));
  r.patch(`${base}/nodes/:node`, async (c) => c.json(await updateNode(db, requireUser(c), ref(c), p(c, 'node'), await readJson(c))));
  r.delete(`${base}/nodes/:node`, async (c) => c.json(await deleteNode(db, requireUser(c), ref(c), p(c, 'node'))));
  r.post(`${base}/indicators`, async (c) => c.json(await addIndicator(db, requireUser(c), ref(c), await readJson(c)), 201));
  r.patch(`${base}/indicators/:indicator`, async (c) => c.json(await updateIndicator(db, requireUser(c), ref(c), p(c, 'indicator'), await readJson(c))));
  r.delete(`${base}/indicators/:indicator`, async (c) => c.json(await deleteIndicator(db, requireUser(c), ref(c), p(c, 'indicator'))));
  r.put(`${base}/values`, async (c) => c.json(await setValues(db, requireUser(c), ref(c), await readJson(c))));
  r.put(`${base}/budgets`, async (c) => c.json(await setBudgets(db, requireUser(c), ref(c), await readJson(c))));
  r.get(`${base}/versions`, async (c) => c.json(await listVersions(db, requireUser(c), ref(c))));
  r.post(`${base}/versions`, async (c) => c.json(await createVersion(db, requireUser(c), ref(c), await readJson(c)), 201));
  r.patch(`${base}/versions/:version`, async (c) => c.json(await updateVersion(db, requireUser(c), ref(c), p(c, 'version'), await readJson(c))));
  r.get(`${base}/versions/:version/content`, async (c) => c.json(await getVersionContent(db, requireUser(c), ref(c), p(c, 'version'))));
  r.post(`${base}/versions/:version/status`, async (c) => c.json(await transitionVersion(db, requireUser(c), ref(c), p(c, 'version'), await readJson(c))));
  r.post(`${base}/versions/:version/perubahan`, async (c) => c.json(await createPerubahan(db, requireUser(c), ref(c), p(c, 'version'), await readJson(c)), 201));
  r.get(`${base}/diff`, async (c) => c.json(await diffVersions(db, requireUser(c), ref(c), c.req.query())));
  r.post(`${base}/paste`, async (c) => c.json(await pasteTable(db, requireUser(c), ref(c), await readJson(c))));
  r.get(`${base}/xlsx`, async (c) => {
    const { fileName, bytes } = await exportTable(db, requireUser(c), ref(c), c.req.query());
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Content-Disposition', `attachment; filename="${fileName}"`);
    return c.body(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  });
  r.post(`${base}/xlsx`, async (c) => c.json(await importTable(db, requireUser(c), ref(c), await readJson(c))));
  return r;
}
