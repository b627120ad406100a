/** One version's plan content (kinerja-dataset/1 with stored ids): frozen snapshot, else live. */
import { z } from 'zod/v4';
import type { Db } from '@kinerja/db';
import type { Dataset } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import type { PlanRef } from '../plans/resolve-plan.ts';
import { readablePlan } from './plan-access.ts';
import { loadVersion } from './rows.ts';
import { versionContent } from './snapshot.ts';

export async function getVersionContent(db: Db, user: SessionUser, ref: PlanRef, versionId: string): Promise<Dataset> {
  const s = await readablePlan(db, user, ref);
  const id = parse(z.uuid(), versionId, 'version');
  const doc = await loadVersion(db, s.pemda.id, s.plan.id, id);
  return versionContent(db, s, doc);
}
