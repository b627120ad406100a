/** A version's plan content: its frozen snapshot, else the live plan (a draft is the live plan). */
import { exportDataset, type Executor } from '@kinerja/db';
import type { Dataset } from '@kinerja/domain';
import type { PlanScope } from './plan-access.ts';
import type { DocRow } from './rows.ts';

export const livePlan = (tx: Executor, s: PlanScope): Promise<Dataset> =>
  exportDataset(tx, { pemdaId: s.pemda.id, opdSlug: s.opd.slug, year: s.plan.year }, { ids: 'stored' });

export async function versionContent(tx: Executor, s: PlanScope, doc: DocRow): Promise<Dataset> {
  return doc.snapshot ? (doc.snapshot as Dataset) : livePlan(tx, s);
}
