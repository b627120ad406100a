import type { Executor } from './client.ts';
import { auditLog } from './schema.ts';

export interface Actor {
  id: string | null;
  name: string;
}

export interface AuditEntry {
  pemdaId: string | null;
  actor: Actor;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Writes one audit row; call it inside the transaction that makes the change. */
export async function writeAudit(tx: Executor, e: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    pemdaId: e.pemdaId,
    actorId: e.actor.id,
    actorName: e.actor.name,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
    reason: e.reason ?? null,
  });
}

export const systemActor: Actor = { id: null, name: 'sistem' };
