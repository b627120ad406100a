/** Tenant- and plan-scoped row lookups of the planning workspace (404 for anything else). */
import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { pm } from './messages.ts';

export type NodeRow = typeof schema.planNode.$inferSelect;
export type IndicatorRow = typeof schema.indicator.$inferSelect;
export type DocRow = typeof schema.planDocument.$inferSelect;

export async function loadNode(tx: Executor, pemdaId: string, planId: string, id: string, where = 'nodeId'): Promise<NodeRow> {
  const [n] = await tx
    .select()
    .from(schema.planNode)
    .where(and(eq(schema.planNode.pemdaId, pemdaId), eq(schema.planNode.planId, planId), eq(schema.planNode.id, id)));
  if (!n) throw new KinerjaError('not_found', where === 'parentId' ? pm.parentNotFound : pm.nodeNotFound, where);
  return n;
}

export async function loadIndicator(tx: Executor, pemdaId: string, planId: string, id: string): Promise<IndicatorRow> {
  const [i] = await tx
    .select()
    .from(schema.indicator)
    .where(and(eq(schema.indicator.pemdaId, pemdaId), eq(schema.indicator.planId, planId), eq(schema.indicator.id, id)));
  if (!i) throw new KinerjaError('not_found', pm.indicatorNotFound, 'indicatorId');
  return i;
}

export async function loadVersion(tx: Executor, pemdaId: string, planId: string, id: string): Promise<DocRow> {
  const [d] = await tx
    .select()
    .from(schema.planDocument)
    .where(and(eq(schema.planDocument.pemdaId, pemdaId), eq(schema.planDocument.planId, planId), eq(schema.planDocument.id, id)));
  if (!d) throw new KinerjaError('not_found', pm.versionNotFound, 'version');
  return d;
}

/** A unit of the OPD, or 404 (a unit id of another OPD is not found). */
export async function checkUnit(tx: Executor, pemdaId: string, opdId: string, unitId: string | null | undefined, where: string): Promise<void> {
  if (!unitId) return;
  const [u] = await tx
    .select({ id: schema.unit.id })
    .from(schema.unit)
    .where(and(eq(schema.unit.pemdaId, pemdaId), eq(schema.unit.opdId, opdId), eq(schema.unit.id, unitId)));
  if (!u) throw new KinerjaError('not_found', 'Unit kerja tidak ditemukan pada perangkat daerah ini.', where);
}

/** The raw column with `sumber_dana` set or cleared, other keys kept. */
export function withFunding(raw: unknown, funding: string | null | undefined): unknown {
  if (funding === undefined) return raw;
  const base = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : raw === null || raw === undefined ? {} : { text: raw };
  if (funding === null) delete (base as Record<string, unknown>).sumber_dana;
  else (base as Record<string, unknown>).sumber_dana = funding;
  return Object.keys(base).length > 0 ? base : null;
}
