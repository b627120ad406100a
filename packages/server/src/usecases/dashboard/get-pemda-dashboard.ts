/**
 * The Pemda dashboard of a year: every OPD with a plan side by side (capaian, band, serapan,
 * efisiensi, capaian last year and against the Renstra), the ranking by capaian, the distribution
 * of bands, the realisations waiting for verification and the late entries of the period.
 * Final realisations only; the data come from a handful of set-based queries (pemda-data.ts).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { BAND_ORDER, type Band, type BandCode } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { authorize } from '../guard.ts';
import { yearParam } from '../periods/year-param.ts';
import { findWindows, windowState } from '../periods/window-state.ts';
import { periodOfYear } from '../realisasi/period-input.ts';
import { findLate } from '../realisasi/find-late.ts';
import { dashboardQuery } from './get-opd-dashboard.ts';
import { rulesFor } from '../rule-sets/rule-set-for.ts';
import { FINAL_STATUSES } from '../figures/final-values.ts';
import { loadPemdaPlans, subKeysOf } from './pemda-data.ts';
import { summarizeOpd, type OpdReference, type OpdSummary } from './opd-summary.ts';

export interface PemdaOpdRow extends Omit<OpdSummary, 'references'> {
  rank: number | null;
  opd: { slug: string; name: string; abbr: string | null };
  lastYear: { capaian: number | null; band: Band | null } | null;
  /** realisations of the period entered but not final yet (draft, submitted, rejected) */
  pending: { submitted: number; draft: number };
  late: number;
}

export interface PemdaDashboard {
  pemda: { slug: string; name: string };
  year: number;
  period: string;
  rules: { id: string; version: number };
  opds: PemdaOpdRow[];
  bands: Record<BandCode | 'none', number>;
  late: { state: string; total: number };
  /** the entered national/regional references and the realisation against them */
  references: (OpdReference & { opd: { slug: string; name: string; abbr: string | null } })[];
}

async function pendingCounts(db: Executor, pemdaId: string, planIds: string[], period: string): Promise<Map<string, { submitted: number; draft: number }>> {
  const out = new Map<string, { submitted: number; draft: number }>();
  if (planIds.length === 0) return out;
  const v = schema.indicatorValue;
  const i = schema.indicator;
  const periods = /^\d{4}$/.test(period) ? [period, ...subKeysOf(Number(period))] : [period];
  const rows = await db
    .select({ planId: i.planId, status: v.status, n: sql<number>`count(*)::int` })
    .from(v)
    .innerJoin(i, eq(i.id, v.indicatorId))
    .where(and(eq(v.pemdaId, pemdaId), inArray(i.planId, planIds), eq(v.kind, 'realization'), inArray(v.period, periods)))
    .groupBy(i.planId, v.status);
  for (const r of rows) {
    if ((FINAL_STATUSES as readonly string[]).includes(r.status)) continue;
    const c = out.get(r.planId) ?? { submitted: 0, draft: 0 };
    if (r.status === 'submitted') c.submitted += Number(r.n);
    else c.draft += Number(r.n);
    out.set(r.planId, c);
  }
  return out;
}

export async function getPemdaDashboard(db: Executor, user: SessionUser, pemdaSlug: string, yearText: string, query: unknown, now: Date): Promise<PemdaDashboard> {
  const pemda = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'plan.read', { pemdaId: pemda.id });
  const year = parse(yearParam, yearText, 'year');
  const q = parse(dashboardQuery, query);
  const period = periodOfYear(q.period ?? String(year), year);
  const rules = await rulesFor(db, pemda.id, year, q.rules);
  const state = windowState((await findWindows(db, pemda.id, [period])).get(period), now);
  const late = state === 'closed' ? await findLate(db, pemda.id, period, null) : [];
  const plans = await loadPemdaPlans(db, pemda.id, year);
  const previous = new Map((await loadPemdaPlans(db, pemda.id, year - 1)).map((p) => [p.opd.id, summarizeOpd(p, rules)]));
  const pending = await pendingCounts(db, pemda.id, plans.map((p) => p.planId), period);
  const bands = Object.fromEntries([...BAND_ORDER, 'none'].map((b) => [b, 0])) as Record<BandCode | 'none', number>;
  const references: PemdaDashboard['references'] = [];
  const rows: PemdaOpdRow[] = plans.map((p) => {
    const { references: refs, ...s } = summarizeOpd(p, rules);
    for (const [k, n] of Object.entries(s.bands)) bands[k as BandCode | 'none'] += n;
    const opd = { slug: p.opd.slug, name: p.opd.name, abbr: p.opd.abbr };
    references.push(...refs.map((r) => ({ ...r, opd })));
    const prev = previous.get(p.opd.id);
    return {
      rank: null,
      opd,
      ...s,
      lastYear: prev ? { capaian: prev.capaian, band: prev.band } : null,
      pending: pending.get(p.planId) ?? { submitted: 0, draft: 0 },
      late: late.filter((l) => l.opd.id === p.opd.id).length,
    };
  });
  const ranked = rows.filter((r) => r.capaian !== null).sort((a, b) => (b.capaian ?? 0) - (a.capaian ?? 0));
  ranked.forEach((r, i) => (r.rank = i + 1));
  return {
    pemda: { slug: pemda.slug, name: pemda.name },
    year,
    period,
    rules: { id: rules.id, version: rules.version },
    opds: [...ranked, ...rows.filter((r) => r.capaian === null)],
    bands,
    late: { state, total: late.length },
    references,
  };
}
