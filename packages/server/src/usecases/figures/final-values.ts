/**
 * Every server-side figure (plan view, findings, compute, dashboards, generated documents) counts
 * only FINAL realisations: verified or approved (imported historical data is stored as approved).
 * Drafts, submitted and rejected entries are left out and counted apart ("menunggu verifikasi").
 * The kinerja-dataset/1 export and the backup keep every value: they never go through here.
 */
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { schema, type Executor, type IdMode } from '@kinerja/db';
import type { Dataset } from '@kinerja/domain';

export const FINAL_STATUSES = ['verified', 'approved'] as const;

export interface PendingValue {
  planId: string;
  /** the stored uuid of the indicator */
  indicatorId: string;
  /** the indicator's id in its source file (null when it was made in the app) */
  extId: string | null;
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
    .select({ planId: i.planId, indicatorId: v.indicatorId, extId: i.extId, period: v.period, status: v.status, value: v.value })
    .from(v)
    .innerJoin(i, eq(i.id, v.indicatorId))
    .where(and(eq(v.pemdaId, pemdaId), inArray(i.planId, [...planIds]), eq(v.kind, 'realization'), notInArray(v.status, [...FINAL_STATUSES])));
  return rows.map((r) => ({ ...r, value: r.value === null ? null : Number(r.value) }));
}

/** The id a pending value's indicator has in a dataset exported with `ids`. */
const datasetIdOf = (p: PendingValue, ids: IdMode): string => (ids === 'ext' ? (p.extId ?? p.indicatorId) : p.indicatorId);

/** The dataset (exported with `ids`, stored uuids by default) without the realisations that are not final. */
export function finalOnly(dataset: Dataset, pending: readonly PendingValue[], ids: IdMode = 'stored'): Dataset {
  if (pending.length === 0) return dataset;
  const drop = new Map<string, Set<string>>();
  for (const p of pending) {
    const id = datasetIdOf(p, ids);
    drop.set(id, (drop.get(id) ?? new Set()).add(p.period));
  }
  return {
    ...dataset,
    indicators: dataset.indicators.map((ind) => {
      const periods = drop.get(ind.id);
      if (!periods || !ind.realizations) return ind;
      return { ...ind, realizations: Object.fromEntries(Object.entries(ind.realizations).filter(([k]) => !periods.has(k))) };
    }),
  };
}
