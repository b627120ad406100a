/**
 * Last year's annual target and realisation of each indicator, found across plans by lineage_key
 * (the same indicator in the OPD's plan of the previous year), computed by the domain engine from
 * final realisations only.
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { exportDataset, findPlan, schema, type Db } from '@kinerja/db';
import { computeDataset, type RuleSet } from '@kinerja/domain';
import type { LastYear } from './opd-figures.ts';
import { finalOnly, pendingRealisations } from '../figures/final-values.ts';

export async function lastYearOf(db: Db, pemdaId: string, opd: { id: string; slug: string }, planId: string, year: number, rules: RuleSet): Promise<LastYear> {
  const out: LastYear = new Map();
  const prevPlan = await findPlan(db, pemdaId, opd.id, year - 1);
  if (!prevPlan) return out;
  const i = schema.indicator;
  const keys = await db
    .select({ id: i.id, planId: i.planId, key: i.lineageKey })
    .from(i)
    .where(and(eq(i.pemdaId, pemdaId), inArray(i.planId, [planId, prevPlan.id]), isNotNull(i.lineageKey)));
  const prevByKey = new Map(keys.filter((k) => k.planId === prevPlan.id).map((k) => [k.key, k.id]));
  const pending = await pendingRealisations(db, pemdaId, [prevPlan.id]);
  const dataset = finalOnly(await exportDataset(db, { pemdaId, opdSlug: opd.slug, year: year - 1 }, { ids: 'stored' }), pending);
  const computed = new Map(computeDataset(dataset, { rules }).indicators.map((c) => [c.id, c]));
  for (const k of keys) {
    if (k.planId !== planId) continue;
    const prevId = prevByKey.get(k.key);
    const c = prevId ? computed.get(prevId) : undefined;
    if (c) out.set(k.id, { target: c.annual.target, realization: c.annual.realization });
  }
  return out;
}
