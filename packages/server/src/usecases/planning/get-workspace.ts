/**
 * The planning workspace of a plan: its live content (kinerja-dataset/1 with stored ids), the
 * versions, whether it is locked (and by which version), the units for PJ pickers and the
 * checker's schedule and pagu warnings.
 */
import { and, asc, eq } from 'drizzle-orm';
import { schema, type Db } from '@kinerja/db';
import { scheduleWarnings, type CheckFinding, type Dataset } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import type { PlanRef } from '../plans/resolve-plan.ts';
import { currentVersions, isFinal, readablePlan } from './plan-access.ts';
import { livePlan } from './snapshot.ts';
import { versionView, type VersionView } from './version-view.ts';
import { can } from '../../permissions.ts';

export interface WorkspaceView {
  year: number;
  opd: { slug: string; name: string };
  canEdit: boolean;
  locked: VersionView | null;
  versions: VersionView[];
  units: { id: string; name: string }[];
  plan: Dataset;
  warnings: CheckFinding[];
}

export async function getWorkspace(db: Db, user: SessionUser, ref: PlanRef): Promise<WorkspaceView> {
  const s = await readablePlan(db, user, ref);
  const docs = await db
    .select()
    .from(schema.planDocument)
    .where(and(eq(schema.planDocument.pemdaId, s.pemda.id), eq(schema.planDocument.planId, s.plan.id)))
    .orderBy(asc(schema.planDocument.kind), asc(schema.planDocument.versionNo));
  const lock = (await currentVersions(db, s.pemda.id, s.plan.id)).find((d) => isFinal(d.status));
  const units = await db
    .select({ id: schema.unit.id, name: schema.unit.name })
    .from(schema.unit)
    .where(and(eq(schema.unit.pemdaId, s.pemda.id), eq(schema.unit.opdId, s.opd.id)))
    .orderBy(asc(schema.unit.name));
  const plan = await livePlan(db, s);
  return {
    year: s.plan.year,
    opd: { slug: s.opd.slug, name: s.opd.name },
    canEdit: can(user, 'plan.edit', { pemdaId: s.pemda.id, opdId: s.opd.id }) && !lock,
    locked: lock ? versionView(lock, docs) : null,
    versions: docs.map((d) => versionView(d, docs)),
    units,
    plan,
    warnings: scheduleWarnings({ year: s.plan.year, nodes: plan.nodes, indicators: plan.indicators }),
  };
}
