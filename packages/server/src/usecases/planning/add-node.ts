/** Adds a node to the plan tree (code checked against the parent's code and kind), audited. */
import { randomUUID } from 'node:crypto';
import { schema, writeAudit, nodeLineageKey, type Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import type { PlanRef } from '../plans/resolve-plan.ts';
import { insertClosure } from './closure.ts';
import { nodeInput } from './inputs.ts';
import { checkCode, checkPlacement } from './node-rules.ts';
import { editablePlan } from './plan-access.ts';
import { checkUnit, loadNode, withFunding, type NodeRow } from './rows.ts';

export async function addNode(db: Db, user: SessionUser, ref: PlanRef, body: unknown): Promise<NodeRow> {
  const input = parse(nodeInput, body);
  return db.transaction(async (tx) => {
    const s = await editablePlan(tx, user, ref);
    const parent = input.parentId ? await loadNode(tx, s.pemda.id, s.plan.id, input.parentId, 'parentId') : null;
    checkPlacement(input.kind, parent);
    checkCode(input.kind, input.code, parent);
    await checkUnit(tx, s.pemda.id, s.opd.id, input.unitId, 'unitId');
    const id = randomUUID();
    const [row] = await tx
      .insert(schema.planNode)
      .values({
        id,
        pemdaId: s.pemda.id,
        planId: s.plan.id,
        kind: input.kind,
        parentId: parent?.id ?? null,
        position: input.position ?? Date.now() % 1_000_000_000,
        name: input.name,
        code: input.code ?? null,
        output: input.output ?? null,
        location: input.location ?? null,
        unitId: input.unitId ?? null,
        lineageKey: nodeLineageKey({ kind: input.kind, name: input.name, code: input.code ?? null }),
        raw: withFunding(null, input.funding),
      })
      .returning();
    if (!row) throw new Error('node not inserted');
    await insertClosure(tx, s.pemda.id, id, parent?.id ?? null);
    await writeAudit(tx, { pemdaId: s.pemda.id, actor: s.actor, action: 'create', entity: 'plan_node', entityId: id, after: row });
    return row;
  });
}
