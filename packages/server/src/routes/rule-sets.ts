/** Rule sets (aturan perhitungan) per Pemda and year: the catalog, a year's set, and setting it. */
import { Hono } from 'hono';
import { requireUser, type AppEnv, type Services } from '../http/context.ts';
import { readJson } from '../http/read-json.ts';
import { getRuleSet, listRuleSets } from '../usecases/rule-sets/rule-set-view.ts';
import { setRuleSet } from '../usecases/rule-sets/set-rule-set.ts';
import { assignRuleSetInput } from '../usecases/rule-sets/assign-rule-set.ts';
import type { RouteSpec } from './catalog.ts';

const BASE = '/api/pemda/:pemda/rules';

/** The catalog entries of these routes (catalog.ts spreads them into the route list). */
export const ruleSetRouteCatalog: readonly RouteSpec[] = [
  { method: 'GET', path: BASE, summary: 'Aturan perhitungan: preset bawaan, aturan kustom Pemda, dan tahun yang memakainya', access: 'tenant' },
  { method: 'GET', path: `${BASE}/:year`, summary: 'Aturan perhitungan satu tahun (kunci, versi, parameter, siapa/kapan mengubah)', access: 'tenant' },
  {
    method: 'PUT',
    path: `${BASE}/:year`,
    summary: 'Menetapkan aturan perhitungan satu tahun: preset, atau aturan kustom sebagai versi baru (semua tampilan dihitung ulang)',
    access: 'tenant',
    who: 'admin_pemda',
    body: assignRuleSetInput,
  },
];

export function ruleSetRoutes(svc: Services): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get('/:pemda/rules', async (c) => c.json(await listRuleSets(svc.db, requireUser(c), c.req.param('pemda'))));
  r.get('/:pemda/rules/:year', async (c) => c.json(await getRuleSet(svc.db, requireUser(c), c.req.param('pemda'), c.req.param('year'))));
  r.put('/:pemda/rules/:year', async (c) => {
    const user = requireUser(c);
    return c.json(await setRuleSet(svc.db, user, c.req.param('pemda'), c.req.param('year'), await readJson(c)));
  });
  return r;
}
