/** Entry windows per period key: list, set, default windows of a year, reopen with a reason. */
import { Hono } from 'hono';
import { requireUser, type AppEnv, type Services } from '../http/context.ts';
import { readJson } from '../http/read-json.ts';
import { listWindows } from '../usecases/periods/list-windows.ts';
import { setWindow } from '../usecases/periods/set-window.ts';
import { applyDefaultWindows } from '../usecases/periods/apply-defaults.ts';
import { reopenWindow } from '../usecases/periods/reopen-window.ts';

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
