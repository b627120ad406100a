/** The audit log of a Pemda, newest first (admin_pemda, evaluator). */
import { and, desc, eq } from 'drizzle-orm';
import { schema, type Db } from '@kinerja/db';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { authorize } from '../guard.ts';

export const auditQuery = z.object({
  entity: z.string().trim().min(1).max(50).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export interface AuditRowView {
  id: number;
  at: string;
  actor: { id: string | null; name: string | null };
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
}

export async function listAudit(db: Db, user: SessionUser, pemdaSlug: string, query: unknown): Promise<AuditRowView[]> {
  const p = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'audit.read', { pemdaId: p.id });
  const q = parse(auditQuery, query);
  const a = schema.auditLog;
  const rows = await db
    .select()
    .from(a)
    .where(and(eq(a.pemdaId, p.id), q.entity ? eq(a.entity, q.entity) : undefined))
    .orderBy(desc(a.at), desc(a.id))
    .limit(q.limit);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor: { id: r.actorId, name: r.actorName },
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    before: r.before,
    after: r.after,
    reason: r.reason,
  }));
}
