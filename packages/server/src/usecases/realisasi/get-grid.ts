/**
 * The operator's grid in one request: the rows of the caller's unit (admin_opd/pimpinan and
 * Pemda-wide roles: the whole OPD) for one period, with targets, realisasi, status, narrative,
 * evidence, live capaian/band/progress, and the sub kegiatan with pagu and realisasi anggaran.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { schema, type Db } from '@kinerja/db';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import { resolvePlan, type PlanRef } from '../plans/resolve-plan.ts';
import { findWindows, windowState, type WindowState } from '../periods/window-state.ts';
import { listEvidence } from '../evidence/evidence-view.ts';
import { canEnterRow, canReadRow } from './access.ts';
import { loadMonitoringPlan } from './monitoring-plan.ts';
import { budgetRow, gridRow, type BudgetRow, type GridRow } from './grid-row.ts';
import { periodInput, periodOfYear } from './period-input.ts';
import { ruleSetFor } from '../rule-sets/rule-set-for.ts';

export const gridQuery = z.object({ period: periodInput.optional() });

export interface GridView {
  pemda: { slug: string; name: string };
  opd: { slug: string; name: string; abbr: string | null };
  year: number;
  period: string;
  rules: { id: string; version: number };
  window: { state: WindowState; opensAt: string | null; closesAt: string | null; reopenedUntil: string | null };
  rows: GridRow[];
  subkegiatan: BudgetRow[];
}

export async function latestRejectComments(db: Db, pemdaId: string, valueIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (valueIds.length === 0) return out;
  const w = schema.workflowEvent;
  const events = await db
    .select({ valueId: w.indicatorValueId, action: w.action, comment: w.comment })
    .from(w)
    .where(and(eq(w.pemdaId, pemdaId), inArray(w.indicatorValueId, valueIds)))
    .orderBy(desc(w.at));
  const seen = new Set<string>();
  for (const e of events) {
    if (seen.has(e.valueId)) continue;
    seen.add(e.valueId);
    if (e.action === 'reject' && e.comment) out.set(e.valueId, e.comment);
  }
  return out;
}

export async function getGrid(db: Db, user: SessionUser, ref: PlanRef, query: unknown, now: Date): Promise<GridView> {
  const { pemda, opd, plan } = await resolvePlan(db, user, ref, 'plan.read');
  const q = parse(gridQuery, query);
  const period = periodOfYear(q.period ?? String(plan.year), plan.year);
  const rules = await ruleSetFor(db, pemda.id, plan.year);
  const data = await loadMonitoringPlan(db, pemda.id, plan.id);
  const res = (unitId: string | null) => ({ pemdaId: pemda.id, opdId: opd.id, unitId });
  const visible = data.indicators.filter((i) => canReadRow(user, res(i.unitId)));
  const evidence = await listEvidence(db, pemda.id, visible.map((i) => i.id), period);
  const valueIds = visible.map((i) => i.rows[period]?.id).filter((id): id is string => id !== undefined);
  const rejects = await latestRejectComments(db, pemda.id, valueIds);
  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  const rows = visible.map((i) =>
    gridRow(i, nodes.get(i.nodeId), period, rules, {
      canEnter: canEnterRow(user, res(i.unitId)),
      evidence: evidence.get(i.id) ?? [],
      rejectComment: rejects.get(i.rows[period]?.id ?? '') ?? null,
    }),
  );
  const subkegiatan = data.nodes
    .filter((n) => n.kind === 'subkegiatan' && canReadRow(user, res(n.unitId)))
    .map((n) => budgetRow(n, period, canEnterRow(user, res(n.unitId))));
  const w = (await findWindows(db, pemda.id, [period])).get(period);
  return {
    pemda: { slug: pemda.slug, name: pemda.name },
    opd: { slug: opd.slug, name: opd.name, abbr: opd.abbr },
    year: plan.year,
    period,
    rules: { id: rules.id, version: rules.version },
    window: {
      state: windowState(w, now),
      opensAt: w?.opensAt.toISOString() ?? null,
      closesAt: w?.closesAt.toISOString() ?? null,
      reopenedUntil: w?.reopenedUntil?.toISOString() ?? null,
    },
    rows,
    subkegiatan,
  };
}
