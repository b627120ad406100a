/** Keeps plan_node_closure in step with plan_node when a node is added or moved. */
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';

export async function insertClosure(tx: Executor, pemdaId: string, nodeId: string, parentId: string | null): Promise<void> {
  const ancestors = parentId
    ? await tx
        .select()
        .from(schema.planNodeClosure)
        .where(and(eq(schema.planNodeClosure.pemdaId, pemdaId), eq(schema.planNodeClosure.descendantId, parentId)))
    : [];
  await tx.insert(schema.planNodeClosure).values([
    { pemdaId, ancestorId: nodeId, descendantId: nodeId, depth: 0 },
    ...ancestors.map((a) => ({ pemdaId, ancestorId: a.ancestorId, descendantId: nodeId, depth: a.depth + 1 })),
  ]);
}

/** The ids of a node and all its descendants. */
export async function subtreeIds(tx: Executor, pemdaId: string, nodeId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: schema.planNodeClosure.descendantId })
    .from(schema.planNodeClosure)
    .where(and(eq(schema.planNodeClosure.pemdaId, pemdaId), eq(schema.planNodeClosure.ancestorId, nodeId)));
  return rows.map((r) => r.id);
}

/** Re-hangs a subtree: links to the old ancestors go, links to the new parent's ancestors come. */
export async function moveClosure(tx: Executor, pemdaId: string, nodeId: string, newParentId: string | null): Promise<void> {
  const subtree = await tx
    .select()
    .from(schema.planNodeClosure)
    .where(and(eq(schema.planNodeClosure.pemdaId, pemdaId), eq(schema.planNodeClosure.ancestorId, nodeId)));
  const ids = subtree.map((r) => r.descendantId);
  await tx
    .delete(schema.planNodeClosure)
    .where(and(inArray(schema.planNodeClosure.descendantId, ids), notInArray(schema.planNodeClosure.ancestorId, ids)));
  if (!newParentId) return;
  const ancestors = await tx
    .select()
    .from(schema.planNodeClosure)
    .where(and(eq(schema.planNodeClosure.pemdaId, pemdaId), eq(schema.planNodeClosure.descendantId, newParentId)));
  const rows = ancestors.flatMap((a) =>
    subtree.map((s) => ({ pemdaId, ancestorId: a.ancestorId, descendantId: s.descendantId, depth: a.depth + s.depth + 1 })),
  );
  if (rows.length > 0) await tx.insert(schema.planNodeClosure).values(rows);
}
