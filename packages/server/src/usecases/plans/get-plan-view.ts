/**
 * PlanView: the stored plan with its computed figures and findings. Figures and findings count final
 * realisations only (verified/approved); `pending` says how many were left out. The indicators'
 * `realizations` maps keep every stored value, whatever its status.
 */
import { and, asc, eq } from 'drizzle-orm';
import { schema, type Db } from '@kinerja/db';
import { computeDataset } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { resolvePlan, type PlanRef } from './resolve-plan.ts';
import { ruleSetFor } from '../rule-sets/rule-set-for.ts';
import { loadPlanRows } from './plan-rows.ts';
import { withFigures } from './plan-figures.ts';
import { planFindings } from './plan-findings.ts';
import { exportFinalDataset } from '../figures/final-dataset.ts';
import type { PlanView } from './plan-view-types.ts';

export async function getPlanView(db: Db, user: SessionUser, ref: PlanRef): Promise<PlanView> {
  const { pemda, opd, plan } = await resolvePlan(db, user, ref);
  const d = schema.planDocument;
  const documents = await db
    .select({
      id: d.id,
      extId: d.extId,
      kind: d.kind,
      revision: d.revision,
      status: d.status,
      basis: d.basis,
      signed: d.signed,
      versionNo: d.versionNo,
    })
    .from(d)
    .where(and(eq(d.pemdaId, pemda.id), eq(d.planId, plan.id)))
    .orderBy(asc(d.createdAt));
  const units = await db
    .select({ id: schema.unit.id, name: schema.unit.name, parentId: schema.unit.parentId })
    .from(schema.unit)
    .where(and(eq(schema.unit.pemdaId, pemda.id), eq(schema.unit.opdId, opd.id)))
    .orderBy(asc(schema.unit.createdAt));
  const rows = await loadPlanRows(db, pemda.id, plan.id);
  const { dataset, pending } = await exportFinalDataset(db, { pemdaId: pemda.id, opdSlug: opd.slug, year: plan.year }, { ids: 'stored' });
  const rules = await ruleSetFor(db, pemda.id, plan.year);
  const figures = withFigures(rows, computeDataset(dataset, { rules }), rules);
  return {
    pemda: { slug: pemda.slug, name: pemda.name },
    opd: { slug: opd.slug, name: opd.name, abbr: opd.abbr },
    year: plan.year,
    renstra: plan.renstraStart !== null || plan.renstraEnd !== null ? { start: plan.renstraStart, end: plan.renstraEnd } : null,
    documents,
    units,
    rules: rules.id,
    rulesVersion: rules.version,
    nodes: figures.nodes,
    indicators: figures.indicators,
    findings: planFindings(dataset, rules),
    pending: pending.length,
  };
}
