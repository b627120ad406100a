/** Edits or moves a node (a new parent re-hangs its subtree in the closure table), audited. */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod/v4';
import { schema, writeAudit, nodeLineageKey, type Db } from '@kinerja/db';
import { KinerjaError, type NodeKind } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import type { PlanRef } from '../plans/resolve-plan.ts';
import { moveClosure, subtreeIds } from './closure.ts';
import { nodePatch } from './inputs.ts';
import { pm } from './messages.ts';
import { checkCode, checkPlacement } from './node-rules.ts';
import { editablePlan } from './plan-access.ts';
import { checkUnit, loadNode, withFunding, type NodeRow } from './rows.ts';

export async function updateNode(db: Db, user: SessionUser, ref: PlanRef, nodeId: string, body: unknown): Promise<NodeRow> {
  const patch = parse(nodePatch, body);
  return db.transaction(async (tx) => {
    const s = await editablePlan(tx, user, ref);
    const id = parse(z.uuid(), nodeId, 'nodeId');
    const before = await loadNode(tx, s.pemda.id, s.plan.id, id);
    const moving = patch.parentId !== undefined && patch.parentId !== before.parentId;
    const parentId = patch.parentId !== undefined ? patch.parentId : before.parentId;
    if (moving && parentId && (await subtreeIds(tx, s.pemda.id, id)).includes(parentId)) {
      throw new KinerjaError('invalid', pm.moveIntoSelf, 'parentId');
    }
    const parent = parentId ? await loadNode(tx, s.pemda.id, s.plan.id, parentId, 'parentId') : null;
    const kind = (patch.kind ?? before.kind) as NodeKind;
    const code = patch.code !== undefined ? patch.code : before.code;
    checkPlacement(kind, parent);
    checkCode(kind, code, parent);
    await checkUnit(tx, s.pemda.id, s.opd.id, patch.unitId, 'unitId');
    const name = patch.name ?? before.name;
    const [after] = await tx
      .update(schema.planNode)
      .set({
        kind,
        parentId: parent?.id ?? null,
        name,
        code: code ?? null,
        ...(patch.output !== undefined ? { output: patch.output } : {}),
        ...(patch.location !== undefined ? { location: patch.location } : {}),
        ...(patch.unitId !== undefined ? { unitId: patch.unitId } : {}),
        ...(patch.position !== undefined ? { position: patch.position } : {}),
        raw: withFunding(before.raw, patch.funding),
        lineageKey: nodeLineageKey({ kind, name, code }),
      })
      .where(and(eq(schema.planNode.pemdaId, s.pemda.id), eq(schema.planNode.id, id)))
      .returning();
    if (!after) throw new Error('node not updated');
    if (moving) await moveClosure(tx, s.pemda.id, id, parent?.id ?? null);
    await writeAudit(tx, { pemdaId: s.pemda.id, actor: s.actor, action: moving ? 'move' : 'update', entity: 'plan_node', entityId: id, before, after });
    return after;
  });
}
