/** Entry windows per period key: list, set, default windows of a year, reopen with a reason. */
import { Hono } from 'hono';
import { requireUser, type AppEnv, type Services } from '../http/context.ts';
import { readJson } from '../http/read-json.ts';
import { listWindows } from '../usecases/periods/list-windows.ts';
import { setWindow, setWindowInput } from '../usecases/periods/set-window.ts';
import { applyDefaultWindows, defaultsInput } from '../usecases/periods/apply-defaults.ts';
import { reopenWindow, reopenInput } from '../usecases/periods/reopen-window.ts';
import type { RouteSpec } from './catalog.ts';

const BASE = '/api/pemda/:pemda/periods/:year';

/** The catalog entries of these routes (catalog.ts spreads them into the route list). */
export const periodCatalog: readonly RouteSpec[] = [
  { method: 'GET', path: BASE, summary: 'Jadwal pengisian (jendela periode) satu tahun', access: 'tenant' },
  { method: 'PUT', path: BASE, summary: 'Menetapkan jendela pengisian satu periode', access: 'tenant', who: 'admin_pemda', body: setWindowInput },
  { method: 'POST', path: `${BASE}/defaults`, summary: 'Menetapkan jendela bawaan (mis. triwulan tutup 10 hari setelahnya)', access: 'tenant', who: 'admin_pemda', body: defaultsInput },
  { method: 'POST', path: `${BASE}/reopen`, summary: 'Membuka kembali periode yang ditutup, dengan alasan', access: 'tenant', who: 'admin_pemda', body: reopenInput },
];

export function periodRoutes(svc: Services): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const base = '/:pemda/periods/:year';
  r.get(base, async (c) => c.json(await listWindows(svc.db, requireUser(c), c.req.param('pemda'), c.req.param('year'), svc.now())));
  r.put(base, async (c) => {
    const user = requireUser(c);
    return c.json(await setWindow(svc.db, user, c.req.param('pemda'), c.req.param('year'), await readJson(c), svc.now()));
  });
  r.post(`${base}/defaults`, async (c) => {
    const user = requireUser(c);
    return c.json(await applyDefaultWindows(svc.db, user, c.req.param('pemda'), c.req.param('year'), await readJson(c), svc.now()));
  });
  r.post(`${base}/reopen`, async (c) => {
    const user = requireUser(c);
    return c.json(await reopenWindow(svc.db, user, c.req.param('pemda'), c.req.param('year'), await readJson(c), svc.now()));
  });
  return r;
}
