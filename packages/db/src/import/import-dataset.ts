/**
 * `importDataset`: one kinerja-dataset/1 file → one plan of one OPD for one year, in one
 * transaction with one audit row. A bad file changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { KinerjaError, type Dataset } from '@kinerja/domain';
import { writeAudit, type Actor } from '../audit.ts';
import type { Db, Executor } from '../client.ts';
import { PLAN_KEYS } from '../dataset-keys.ts';
import { msg } from '../messages.ts';
import { indicator, indicatorValue, nodeBudget, plan, planDocument, planNode, planNodeClosure } from '../schema.ts';
import { shapeOf } from '../shape.ts';
import { findPlan } from '../tenant.ts';
import { countPlan, type PlanCounts } from './plan-counts.ts';
import { buildPlanRows, type ImportedStatus } from './rows.ts';
import { ensureUnits, findOrCreateOpd, findOrCreatePemda } from './tenant-rows.ts';
import { validateDataset } from './validate.ts';
import { eq } from 'drizzle-orm';

export interface ImportOptions {
  actor: Actor;
  /** replace an existing plan of the same OPD and year (else KinerjaError('conflict')) */
  replace?: boolean;
  /** `source` (default): documents with a signing date are imported as signed (the plan is then locked until a Perubahan); `draft`: all drafts */
  documentStatus?: ImportedStatus;
}

export interface ImportResult {
  pemdaId: string;
  pemdaSlug: string;
  opdId: string;
  opdSlug: string;
  planId: string;
  year: number;
  counts: PlanCounts;
}

const CHUNK = 500;

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** What plan.extra keeps of the file besides the columns (see export/plan-extra.ts). */
function planExtra(d: Dataset, unitIds: Map<string, string>): Record<string, unknown> {
  const { start: _s, end: _e, ...renstraMore } = d.renstra ?? { start: 0, end: 0 };
  return {
    ...shapeOf(d, PLAN_KEYS),
    pemda: d.pemda,
    opd: d.opd,
    renstraMore,
    units: d.units.map((u) => ({ unitId: unitIds.get(u.id), unit: u })),
  };
}

async function writePlan(tx: Executor, d: Dataset, pemdaId: string, opdId: string, statusMode: ImportedStatus): Promise<{ planId: string; counts: PlanCounts }> {
  const unitIds = await ensureUnits(tx, pemdaId, opdId, d);
  const planId = randomUUID();
  await tx.insert(plan).values({
    id: planId,
    pemdaId,
    opdId,
    year: d.year,
    renstraStart: d.renstra?.start ?? null,
    renstraEnd: d.renstra?.end ?? null,
    source: d.source ?? null,
    evaluations: d.evaluations ?? {},
    profile: d.profile ?? {},
    findings: d.findings ?? [],
    extra: planExtra(d, unitIds),
  });
  const rows = buildPlanRows(d, pemdaId, planId, unitIds, statusMode);
  await insertChunks(rows.documents, (c) => tx.insert(planDocument).values(c));
  await insertChunks(rows.nodes, (c) => tx.insert(planNode).values(c));
  await insertChunks(rows.closure, (c) => tx.insert(planNodeClosure).values(c));
  await insertChunks(rows.budgets, (c) => tx.insert(nodeBudget).values(c));
  await insertChunks(rows.indicators, (c) => tx.insert(indicator).values(c));
  await insertChunks(rows.values, (c) => tx.insert(indicatorValue).values(c));
  const counts: PlanCounts = {
    nodes: rows.nodes.length,
    indicators: rows.indicators.length,
    values: rows.values.length,
    budgets: rows.budgets.length,
    documents: rows.documents.length,
    units: d.units.length,
  };
  return { planId, counts };
}

export async function importDataset(db: Db, input: unknown, opts: ImportOptions): Promise<ImportResult> {
  const d = validateDataset(input);
  return db.transaction(async (tx) => {
    const p = await findOrCreatePemda(tx, d);
    const o = await findOrCreateOpd(tx, p.id, d);
    const old = await findPlan(tx, p.id, o.id, d.year);
    let before: PlanCounts | null = null;
    if (old) {
      if (!opts.replace) throw new KinerjaError('conflict', msg.planExists(o.slug, d.year), 'year', { planId: old.id });
      before = await countPlan(tx, old.id);
      await tx.delete(plan).where(eq(plan.id, old.id));
    }
    const { planId, counts } = await writePlan(tx, d, p.id, o.id, opts.documentStatus ?? 'source');
    await writeAudit(tx, {
      pemdaId: p.id,
      actor: opts.actor,
      action: 'import',
      entity: 'plan',
      entityId: planId,
      before,
      after: counts,
      reason: d.source?.title ?? null,
    });
    return { pemdaId: p.id, pemdaSlug: p.slug, opdId: o.id, opdSlug: o.slug, planId, year: d.year, counts };
  });
}
