/** Adds an indicator (unit, polarity, aggregation, definition, formula, data source, PJ, IKU) to a node, audited. */
import { schema, writeAudit, indicatorLineageKey, type Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import type { PlanRef } from '../plans/resolve-plan.ts';
import { indicatorInput } from './inputs.ts';
import { editablePlan } from './plan-access.ts';
import { checkUnit, loadNode, type IndicatorRow } from './rows.ts';

export async function addIndicator(db: Db, user: SessionUser, ref: PlanRef, body: unknown): Promise<IndicatorRow> {
  const input = parse(indicatorInput, body);
  return db.transaction(async (tx) => {
    const s = await editablePlan(tx, user, ref);
    await loadNode(tx, s.pemda.id, s.plan.id, input.nodeId);
    await checkUnit(tx, s.pemda.id, s.opd.id, input.responsibleUnitId, 'responsibleUnitId');
    const [row] = await tx
      .insert(schema.indicator)
      .values({
        pemdaId: s.pemda.id,
        planId: s.plan.id,
        nodeId: input.nodeId,
        name: input.name,
        unit: input.unit ?? null,
        polarity: input.polarity ?? 'positive',
        aggregation: input.aggregation ?? null,
        iku: input.iku ?? false,
        definition: input.definition ?? null,
        formula: input.formula ?? null,
        dataSource: input.dataSource ?? null,
        responsibleUnitId: input.responsibleUnitId ?? null,
        position: input.position ?? Date.now() % 1_000_000_000,
        actions: input.actions ?? null,
        lineageKey: indicatorLineageKey(input.name),
      })
      .returning();
    if (!row) throw new Error('indicator not inserted');
    await writeAudit(tx, { pemdaId: s.pemda.id, actor: s.actor, action: 'create', entity: 'indicator', entityId: row.id, after: row });
    return row;
  });
}
