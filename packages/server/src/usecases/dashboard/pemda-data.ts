/**
 * The data of every OPD plan of a Pemda year in a handful of set-based queries (P3): plans,
 * sasaran/tujuan/program nodes, program budgets of the year, indicators, and only the values the
 * annual figures need — the annual key, else the year's periods when no annual key is stored;
 * final realisations only (../figures/final-values.ts). Each plan comes back as a small kinerja-dataset/1
 * for the domain engine (computeDataset), the same engine the OPD dashboard runs.
 */
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { DATASET_FORMAT, periodKey, type Aggregation, type Comparison, type Dataset, type DatasetIndicator, type DatasetNode, type NodeKind, type Polarity, type Printed } from '@kinerja/domain';
import { FINAL_STATUSES } from '../figures/final-values.ts';

export interface PlanData {
  planId: string;
  opd: { id: string; slug: string; name: string; abbr: string | null };
  dataset: Dataset;
}

const POLARITIES = new Set<string>(['positive', 'negative', 'range']);
const AGGREGATIONS = new Set<string>(['cumulative', 'last', 'average']);
const ROLLUP_KINDS: NodeKind[] = ['tujuan', 'sasaran', 'program'];

/** The sub-period keys of a year: 12 months, 4 quarters, 2 semesters. */
export function subKeysOf(year: number): string[] {
  const months = Array.from({ length: 12 }, (_, k) => periodKey(year, 'month', k + 1));
  const quarters = Array.from({ length: 4 }, (_, k) => periodKey(year, 'quarter', k + 1));
  return [...months, ...quarters, periodKey(year, 'semester', 1), periodKey(year, 'semester', 2)];
}

export async function loadPemdaPlans(db: Executor, pemdaId: string, year: number): Promise<PlanData[]> {
  const p = schema.plan;
  const o = schema.opd;
  const plans = await db
    .select({ planId: p.id, renstraStart: p.renstraStart, renstraEnd: p.renstraEnd, pemdaName: schema.pemda.name, opd: { id: o.id, slug: o.slug, name: o.name, abbr: o.abbr } })
    .from(p)
    .innerJoin(o, eq(o.id, p.opdId))
    .innerJoin(schema.pemda, eq(schema.pemda.id, p.pemdaId))
    .where(and(eq(p.pemdaId, pemdaId), eq(p.year, year)))
    .orderBy(asc(o.name));
  if (plans.length === 0) return [];
  const planIds = plans.map((x) => x.planId);

  const n = schema.planNode;
  const nodes = await db
    .select({ id: n.id, planId: n.planId, kind: n.kind, name: n.name, code: n.code })
    .from(n)
    .where(and(eq(n.pemdaId, pemdaId), inArray(n.planId, planIds), inArray(n.kind, ROLLUP_KINDS)))
    .orderBy(asc(n.position), asc(n.createdAt));
  const b = schema.nodeBudget;
  const budgets = await db
    .select({ nodeId: b.nodeId, pagu: b.pagu, realisasi: b.realisasi })
    .from(b)
    .innerJoin(n, eq(n.id, b.nodeId))
    .where(and(eq(b.pemdaId, pemdaId), inArray(n.planId, planIds), eq(n.kind, 'program'), eq(b.period, String(year))));

  const i = schema.indicator;
  const indicators = await db
    .select({ id: i.id, planId: i.planId, nodeId: i.nodeId, name: i.name, unit: i.unit, polarity: i.polarity, aggregation: i.aggregation, iku: i.iku, comparisons: i.comparisons, printed: i.printed })
    .from(i)
    .where(and(eq(i.pemdaId, pemdaId), inArray(i.planId, planIds)))
    .orderBy(asc(i.position), asc(i.createdAt));

  const values = await loadValues(db, pemdaId, planIds, indicators.map((r) => r.id), year, Math.min(...plans.map((x) => x.renstraStart ?? year)));

  const byPlanNodes = new Map<string, DatasetNode[]>();
  const nodeById = new Map<string, DatasetNode>();
  for (const r of nodes) {
    const node: DatasetNode = { id: r.id, kind: r.kind as NodeKind, parent: null, name: r.name, code: r.code };
    nodeById.set(r.id, node);
    byPlanNodes.set(r.planId, [...(byPlanNodes.get(r.planId) ?? []), node]);
  }
  const y = String(year);
  for (const r of budgets) {
    const node = nodeById.get(r.nodeId);
    if (!node) continue;
    if (r.pagu !== null) node.budget = { [y]: r.pagu };
    if (r.realisasi !== null) node.budget_realization = { [y]: r.realisasi };
  }
  const byPlanIndicators = new Map<string, DatasetIndicator[]>();
  const indicatorById = new Map<string, DatasetIndicator>();
  for (const r of indicators) {
    const ind: DatasetIndicator = {
      id: r.id,
      node: r.nodeId,
      name: r.name,
      unit: r.unit,
      polarity: r.polarity && POLARITIES.has(r.polarity) ? (r.polarity as Polarity) : null,
      aggregation: r.aggregation && AGGREGATIONS.has(r.aggregation) ? (r.aggregation as Aggregation) : null,
      iku: r.iku,
      ...(Array.isArray(r.comparisons) ? { comparisons: r.comparisons as Comparison[] } : {}),
      ...(r.printed && typeof r.printed === 'object' ? { printed: r.printed as Printed } : {}),
    };
    indicatorById.set(r.id, ind);
    byPlanIndicators.set(r.planId, [...(byPlanIndicators.get(r.planId) ?? []), ind]);
  }
  const MAP = { target: 'targets', realization: 'realizations', renstra_target: 'renstra_targets', baseline: 'baseline' } as const;
  for (const v of values) {
    const ind = indicatorById.get(v.indicatorId);
    const key = MAP[v.kind as keyof typeof MAP];
    if (!ind || !key) continue;
    const cell = v.value !== null ? Number(v.value) : v.textValue;
    if (cell === null) continue;
    ind[key] = { ...(ind[key] ?? {}), [v.period]: cell };
  }
  return plans.map((x) => ({
    planId: x.planId,
    opd: x.opd,
    dataset: {
      format: DATASET_FORMAT,
      pemda: { name: x.pemdaName },
      opd: { name: x.opd.name, abbr: x.opd.abbr },
      year,
      renstra: x.renstraStart !== null && x.renstraEnd !== null ? { start: x.renstraStart, end: x.renstraEnd } : null,
      documents: [],
      units: [],
      nodes: byPlanNodes.get(x.planId) ?? [],
      indicators: byPlanIndicators.get(x.planId) ?? [],
    },
  }));
}

/**
 * Targets and final realisations of the year: first the annual keys (with the earlier Renstra
 * years' final realisations, Renstra targets and baselines), then the year's periods only for the
 * (indicator, kind) pairs without a numeric annual value — never the whole year of months.
 */
async function loadValues(db: Executor, pemdaId: string, planIds: string[], indicatorIds: string[], year: number, renstraStart: number) {
  const v = schema.indicatorValue;
  const i = schema.indicator;
  const y = String(year);
  const final = [...FINAL_STATUSES];
  const cols = { indicatorId: v.indicatorId, kind: v.kind, period: v.period, value: v.value, textValue: v.textValue };
  const earlier: string[] = [];
  for (let k = renstraStart; k < year; k++) earlier.push(String(k), ...subKeysOf(k));
  const first = await db
    .select(cols)
    .from(v)
    .innerJoin(i, eq(i.id, v.indicatorId))
    .where(
      and(
        eq(v.pemdaId, pemdaId),
        inArray(i.planId, planIds),
        or(
          inArray(v.kind, ['renstra_target', 'baseline']),
          and(eq(v.kind, 'target'), eq(v.period, y)),
          and(eq(v.kind, 'realization'), inArray(v.status, final), inArray(v.period, [y, ...earlier])),
        ),
      ),
    );
  const annual = new Set(first.filter((r) => r.period === y && r.value !== null && (r.kind === 'target' || r.kind === 'realization')).map((r) => `${r.kind}|${r.indicatorId}`));
  const rest: typeof first = [];
  for (const kind of ['target', 'realization'] as const) {
    const need = indicatorIds.filter((id) => !annual.has(`${kind}|${id}`));
    for (let k = 0; k < need.length; k += 1000) {
      rest.push(
        ...(await db
          .select(cols)
          .from(v)
          .where(
            and(
              eq(v.pemdaId, pemdaId),
              inArray(v.indicatorId, need.slice(k, k + 1000)),
              eq(v.kind, kind),
              inArray(v.period, subKeysOf(year)),
              ...(kind === 'realization' ? [inArray(v.status, final)] : []),
            ),
          )),
      );
    }
  }
  return [...first, ...rest];
}
