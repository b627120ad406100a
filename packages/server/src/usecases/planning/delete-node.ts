/** Deletes a node with its subtree, indicators, values and pagu (cascades), audited with what went. */
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod/v4';
import { schema, writeAudit, type Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import type { PlanRef } from '../plans/resolve-plan.ts';
import { subtreeIds } from './closure.ts';
import { editablePlan } from './plan-access.ts';
import { loadNode } from './rows.ts';

export async function deleteNode(db: Db, user: SessionUser, ref: PlanRef, nodeId: string): Promise<{ deleted: number }> {
  return db.transaction(async (tx) => {
    const s = await editablePlan(tx, user, ref);
    const id = parse(z.uuid(), nodeId, 'nodeId');
    const before = await loadNode(tx, s.pemda.id, s.plan.id, id);
    const ids = await subtreeIds(tx, s.pemda.id, id);
    const nodes = await tx.select().from(schema.planNode).where(and(eq(schema.planNode.pemdaId, s.pemda.id), inArray(schema.planNode.id, ids)));
    await tx.delete(schema.planNode).where(and(eq(schema.planNode.pemdaId, s.pemda.id), inArray(schema.planNode.id, ids)));
    await writeAudit(tx, { pemdaId: s.pemda.id, actor: s.actor, action: 'delete', entity: 'plan_node', entityId: id, before: { node: before, subtree: nodes.map((n) => ({ id: n.id, kind: n.kind, name: n.name })) } });
    return { deleted: ids.length };
  });
}
