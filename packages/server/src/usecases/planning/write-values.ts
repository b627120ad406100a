/**
 * Upserts of indicator values (target, renstra_target, baseline) and pagu per node and period,
 * each audited with before and after. Shared by the grid endpoints, the paste and the XLSX import.
 */
import { and, eq } from 'drizzle-orm';
import { schema, writeAudit, type Actor, type Executor } from '@kinerja/db';

export type PlanValueKind = 'target' | 'renstra_target' | 'baseline';
export type CellValue = number | string | null;

const asCell = (v: { value: string | null; textValue: string | null } | undefined): CellValue =>
  v ? (v.value !== null ? Number(v.value) : v.textValue) : null;

/** Sets one value; null removes it. Returns whether anything changed. */
export async function setValue(
  tx: Executor,
  pemdaId: string,
  actor: Actor,
  e: { indicatorId: string; kind: PlanValueKind; period: string; value: CellValue },
): Promise<boolean> {
  const key = and(
    eq(schema.indicatorValue.pemdaId, pemdaId),
    eq(schema.indicatorValue.indicatorId, e.indicatorId),
    eq(schema.indicatorValue.kind, e.kind),
    eq(schema.indicatorValue.period, e.period),
  );
  const [old] = await tx.select().from(schema.indicatorValue).where(key);
  const before = asCell(old);
  const value = typeof e.value === 'string' && e.value.trim() === '' ? null : e.value;
  if (before === value) return false;
  if (value === null) await tx.delete(schema.indicatorValue).where(key);
  else {
    const cols = { value: typeof value === 'number' ? String(value) : null, textValue: typeof value === 'string' ? value : null, updatedBy: actor.id, updatedAt: new Date() };
    if (old) await tx.update(schema.indicatorValue).set(cols).where(key);
    else await tx.insert(schema.indicatorValue).values({ pemdaId, indicatorId: e.indicatorId, kind: e.kind, period: e.period, ...cols });
  }
  await writeAudit(tx, { pemdaId, actor, action: 'set', entity: `indicator_value.${e.kind}`, entityId: e.indicatorId, before: { period: e.period, value: before }, after: { period: e.period, value } });
  return true;
}

/** Sets the pagu of a node for a period (realisasi kept); null clears it. */
export async function setPagu(tx: Executor, pemdaId: string, actor: Actor, e: { nodeId: string; period: string; pagu: number | null }): Promise<boolean> {
  const key = and(eq(schema.nodeBudget.pemdaId, pemdaId), eq(schema.nodeBudget.nodeId, e.nodeId), eq(schema.nodeBudget.period, e.period));
  const [old] = await tx.select().from(schema.nodeBudget).where(key);
  const before = old?.pagu ?? null;
  if (before === e.pagu) return false;
  if (old) {
    if (e.pagu === null && old.realisasi === null) await tx.delete(schema.nodeBudget).where(key);
    else await tx.update(schema.nodeBudget).set({ pagu: e.pagu, updatedAt: new Date() }).where(key);
  } else if (e.pagu !== null) await tx.insert(schema.nodeBudget).values({ pemdaId, nodeId: e.nodeId, period: e.period, pagu: e.pagu });
  await writeAudit(tx, { pemdaId, actor, action: 'set', entity: 'node_budget', entityId: e.nodeId, before: { period: e.period, pagu: before }, after: { period: e.period, pagu: e.pagu } });
  return true;
}
