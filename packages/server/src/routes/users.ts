import { Hono } from 'hono';
import { requireUser, type AppEnv, type Services } from '../http/context.ts';
import { readJson } from '../http/read-json.ts';
import { listUsers } from '../usecases/users/list-users.ts';
import { createUser } from '../usecases/users/create-user.ts';
import { updateUser } from '../usecases/users/update-user.ts';
import { listAudit } from '../usecases/audit/list-audit.ts';

export function userRoutes(svc: Services): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get('/:pemda/users', async (c) => c.json(await listUsers(svc.db, requireUser(c), c.req.param('pemda'))));
  r.post('/:pemda/users', async (c) => {
    const user = requireUser(c);
    return c.json(await createUser(svc.db, user, c.req.param('pemda'), await readJson(c)), 201);
  });
  r.patch('/:pemda/users/:id', async (c) => {
    const user = requireUser(c);
    return c.json(await updateUser(svc.db, user, c.req.param('pemda'), c.req.param('id'), await readJson(c)));
  });
  r.get('/:pemda/audit', async (c) => c.json(await listAudit(svc.db, requireUser(c), c.req.param('pemda'), c.req.query())));
  return r;
}
