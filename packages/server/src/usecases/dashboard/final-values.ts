/**
 * Dashboards and capaian roll-ups count only FINAL realisations: verified or approved (imported
 * historical data is stored as approved). Drafts, submitted and rejected entries are shown apart
 * as "menunggu verifikasi" and never mixed into capaian.
 */
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import type { Dataset } from '@kinerja/domain';

export const FINAL_STATUSES = ['verified', 'approved'] as const;

export interface PendingValue {
  planId: string;
  indicatorId: string;
  period: string;
  status: string;
  value: number | null;
}

/** The realisations of the plans that are not final yet (draft, submitted, rejected). */
export async function pendingRealisations(db: Executor, pemdaId: string, planIds: readonly string[]): Promise<PendingValue[]> {
  if (planIds.length === 0) return [];
  const v = schema.indicatorValue;
  const i = schema.indicator;
  const rows = await db
    .select({ planId: i.planId, indicatorId: v.indicatorId, period: v.period, status: v.status, value: v.value })
    .from(v)
    .innerJoin(i, eq(i.id, v.indicatorId))
    .where(and(eq(v.pemdaId, pemdaId), inArray(i.planId, [...planIds]), eq(v.kind, 'realization'), notInArray(v.status, [...FINAL_STATUSES])));
  return rows.map((r) => ({ ...r, value: r.value === null ? null : Number(r.value) }));
}

/** The dataset (exported with stored ids) without the realisations that are not final. */
export function finalOnly(dataset: Dataset, pending: readonly PendingValue[]): Dataset {
  if (pending.length === 0) return dataset;
  const drop = new Map<string, Set<string>>();
  for (const p of pending) drop.set(p.indicatorId, (drop.get(p.indicatorId) ?? new Set()).add(p.period));
  return {
    ...dataset,
    indicators: dataset.indicators.map((ind) => {
      const periods = drop.get(ind.id);
      if (!periods || !ind.realizations) return ind;
      return { ...ind, realizations: Object.fromEntries(Object.entries(ind.realizations).filter(([k]) => !periods.has(k))) };
    }),
  };
}
