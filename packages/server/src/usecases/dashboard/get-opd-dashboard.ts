/**
 * The OPD dashboard of a year: every figure recomputed from the stored data by the domain engine
 * on each request (never stale after an edit), with the rule set, the year and the period named.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { exportDataset, schema, type Db } from '@kinerja/db';
import { computeDataset } from '@kinerja/domain';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import { resolvePlan, type PlanRef } from '../plans/resolve-plan.ts';
import { periodInput, periodOfYear } from '../realisasi/period-input.ts';
import { lastYearOf } from './last-year.ts';
import { rulesFor } from '../rule-sets/rule-set-for.ts';
import { finalOnly, pendingRealisations } from '../figures/final-values.ts';
import { subKeysOf } from './pemda-data.ts';
import { opdFigures, type OpdFigures } from './opd-figures.ts';

export const dashboardQuery = z.object({ period: periodInput.optional(), rules: z.string().trim().min(1).max(100).optional() });

export interface OpdDashboard extends OpdFigures {
  pemda: { slug: string; name: string };
  opdInfo: { slug: string; name: string; abbr: string | null };
  period: string;
  /** realisations of the period by workflow status */
  statuses: Record<string, number>;
  /** realisations of the year not final yet ("menunggu verifikasi"), never in the capaian */
  pending: { indicator: { id: string; name: string }; period: string; status: string; value: number | null }[];
}

export async function statusCounts(db: Db, pemdaId: string, planId: string, period: string): Promise<Record<string, number>> {
  const v = schema.indicatorValue;
  const rows = await db
    .select({ status: v.status, n: sql<number>`count(*)::int` })
    .from(v)
    .innerJoin(schema.indicator, eq(schema.indicator.id, v.indicatorId))
    .where(and(eq(v.pemdaId, pemdaId), eq(schema.indicator.planId, planId), eq(v.kind, 'realization'), inArray(v.period, /^\d{4}$/.test(period) ? [period, ...subKeysOf(Number(period))] : [period])))
    .groupBy(v.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

export async function getOpdDashboard(db: Db, user: SessionUser, ref: PlanRef, query: unknown): Promise<OpdDashboard> {
  const { pemda, opd, plan } = await resolvePlan(db, user, ref, 'plan.read');
  const q = parse(dashboardQuery, query);
  const period = periodOfYear(q.period ?? String(plan.year), plan.year);
  const rules = await rulesFor(db, pemda.id, plan.year, q.rules);
  const pending = await pendingRealisations(db, pemda.id, [plan.id]);
  const dataset = finalOnly(await exportDataset(db, { pemdaId: pemda.id, opdSlug: opd.slug, year: plan.year }, { ids: 'stored' }), pending);
  const names = new Map(dataset.indicators.map((i) => [i.id, i.name]));
  const computed = computeDataset(dataset, { rules });
  const lastYear = await lastYearOf(db, pemda.id, opd, plan.id, plan.year, rules);
  return {
    pemda: { slug: pemda.slug, name: pemda.name },
    opdInfo: { slug: opd.slug, name: opd.name, abbr: opd.abbr },
    period,
    statuses: await statusCounts(db, pemda.id, plan.id, period),
    pending: pending.map((p) => ({ indicator: { id: p.indicatorId, name: names.get(p.indicatorId) ?? '' }, period: p.period, status: p.status, value: p.value })),
    ...opdFigures(dataset, computed, rules, lastYear),
  };
}
