import { Hono } from 'hono';
import { requireUser, type AppEnv, type Services } from '../http/context.ts';
import { readJson } from '../http/read-json.ts';
import { listPemda } from '../usecases/pemda/list-pemda.ts';
import { getPemda } from '../usecases/pemda/get-pemda.ts';
import { listOpd } from '../usecases/opd/list-opd.ts';
import { getOpd } from '../usecases/opd/get-opd.ts';
import { createOpd } from '../usecases/opd/create-opd.ts';

export function pemdaRoutes(svc: Services): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get('/', async (c) => c.json(await listPemda(svc.db, requireUser(c))));
  r.get('/:pemda', async (c) => c.json(await getPemda(svc.db, requireUser(c), c.req.param('pemda'))));
  r.get('/:pemda/opd', async (c) => c.json(await listOpd(svc.db, requireUser(c), c.req.param('pemda'))));
  r.post('/:pemda/opd', async (c) => {
    const user = requireUser(c);
    return c.json(await createOpd(svc.db, user, c.req.param('pemda'), await readJson(c)), 201);
  });
  r.get('/:pemda/opd/:opd', async (c) => c.json(await getOpd(svc.db, requireUser(c), c.req.param('pemda'), c.req.param('opd'))));
  return r;
}
