/**
 * The one way a figure is computed from stored data: the plan exported as a kinerja-dataset/1
 * without the realisations that are not final, and the list of what was left out.
 */
import { exportDataset, findPlan, getOpd, type Executor, type ExportQuery, type IdMode } from '@kinerja/db';
import type { Dataset } from '@kinerja/domain';
import { finalOnly, pendingRealisations, type PendingValue } from './final-values.ts';

export interface FinalDataset {
  /** the plan with final realisations only */
  dataset: Dataset;
  /** the realisations left out (draft, submitted, rejected) */
  pending: PendingValue[];
}

export async function exportFinalDataset(db: Executor, q: ExportQuery, opts: { ids: IdMode }): Promise<FinalDataset> {
  const dataset = await exportDataset(db, q, { ids: opts.ids });
  const opd = await getOpd(db, q.pemdaId, q.opdSlug);
  const plan = await findPlan(db, q.pemdaId, opd.id, q.year);
  const pending = plan ? await pendingRealisations(db, q.pemdaId, [plan.id]) : [];
  return { dataset: finalOnly(dataset, pending, opts.ids), pending };
}
