/** GET diff: what changed from one version to another (default: to the live draft). */
import type { Db } from '@kinerja/db';
import { diffPlans, type PlanDiff } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import type { PlanRef } from '../plans/resolve-plan.ts';
import { diffQuery } from './inputs.ts';
import { readablePlan } from './plan-access.ts';
import { loadVersion } from './rows.ts';
import { livePlan, versionContent } from './snapshot.ts';
import { versionView, type VersionView } from './version-view.ts';

export interface DiffAnswer {
  from: VersionView;
  to: VersionView | null;
  diff: PlanDiff;
}

export async function diffVersions(db: Db, user: SessionUser, ref: PlanRef, query: unknown): Promise<DiffAnswer> {
  const s = await readablePlan(db, user, ref);
  const q = parse(diffQuery, query);
  const from = await loadVersion(db, s.pemda.id, s.plan.id, q.from);
  const to = q.to ? await loadVersion(db, s.pemda.id, s.plan.id, q.to) : null;
  const before = await versionContent(db, s, from);
  const after = to ? await versionContent(db, s, to) : await livePlan(db, s);
  return { from: versionView(from, []), to: to ? versionView(to, []) : null, diff: diffPlans(before, after) };
}
