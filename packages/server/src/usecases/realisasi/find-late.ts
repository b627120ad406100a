/**
 * Late entries of one period: indicators that expect a realisation (they have a target in the
 * period's year) but have none submitted (submitted, verified or approved) for it, per OPD and unit.
 */
import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { parsePeriod } from '@kinerja/domain';
import { loadMonitoringPlan } from './monitoring-plan.ts';

export interface LateItem {
  opd: { id: string; slug: string; name: string; abbr: string | null };
  unit: { id: string; name: string } | null;
  indicator: { id: string; name: string; iku: boolean };
  /** `kosong` (nothing entered) or the draft's status */
  status: 'kosong' | 'draft' | 'rejected';
}

const SUBMITTED = new Set(['submitted', 'verified', 'approved']);

export async function findLate(db: Executor, pemdaId: string, period: string, opdId: string | null): Promise<LateItem[]> {
  const year = parsePeriod(period).year;
  const p = schema.plan;
  const o = schema.opd;
  const plans = await db
    .select({ planId: p.id, opd: { id: o.id, slug: o.slug, name: o.name, abbr: o.abbr } })
    .from(p)
    .innerJoin(o, eq(o.id, p.opdId))
    .where(and(eq(p.pemdaId, pemdaId), eq(p.year, year), ...(opdId ? [eq(p.opdId, opdId)] : [])))
    .orderBy(o.name);
  const units = await db
    .select({ id: schema.unit.id, name: schema.unit.name })
    .from(schema.unit)
    .where(eq(schema.unit.pemdaId, pemdaId));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const out: LateItem[] = [];
  for (const plan of plans) {
    const data = await loadMonitoringPlan(db, pemdaId, plan.planId);
    for (const ind of data.indicators) {
      const expected = Object.keys(ind.targets).some((k) => k.startsWith(String(year)));
      const row = ind.rows[period];
      if (!expected || (row && SUBMITTED.has(row.status))) continue;
      out.push({
        opd: plan.opd,
        unit: ind.unitId ? { id: ind.unitId, name: unitName.get(ind.unitId) ?? '' } : null,
        indicator: { id: ind.id, name: ind.name, iku: ind.iku },
        status: !row ? 'kosong' : row.status === 'rejected' ? 'rejected' : 'draft',
      });
    }
  }
  return out;
}
