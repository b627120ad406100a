/** GET …/plans/:year/narratives/:kind: the sections the user writes for a document (LKjIP). */
import type { Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { resolvePlan, type PlanRef } from '../plans/resolve-plan.ts';
import { narrativeRows } from './load-narrative.ts';
import { sectionsOf, sectionView, type NarrativesView } from './narrative-view.ts';

export async function getNarratives(db: Db, user: SessionUser, ref: PlanRef, kind: string): Promise<NarrativesView> {
  const { pemda, plan } = await resolvePlan(db, user, ref, 'plan.read');
  const ids = sectionsOf(kind);
  const rows = new Map((await narrativeRows(db, pemda.id, plan.id, kind)).map((r) => [r.sectionId, r]));
  return { kind, year: plan.year, sections: ids.map((id) => sectionView(id, rows.get(id))) };
}
