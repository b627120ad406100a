/** The caller's in-app notices in a Pemda (newest first) and marking them read. */
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';

export const noticesQuery = z.object({ unread: z.enum(['1', 'true']).optional() });
export const markReadInput = z.object({ ids: z.array(z.uuid()).min(1).max(500) }).strict();

export interface NoticeView {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  read: boolean;
  createdAt: string;
}

export async function listNotices(db: Db, user: SessionUser, pemdaSlug: string, query: unknown): Promise<NoticeView[]> {
  const pemda = await resolvePemda(db, user, pemdaSlug);
  const q = parse(noticesQuery, query);
  const n = schema.notice;
  const rows = await db
    .select()
    .from(n)
    .where(and(eq(n.pemdaId, pemda.id), eq(n.userId, user.id), ...(q.unread ? [isNull(n.readAt)] : [])))
    .orderBy(desc(n.createdAt))
    .limit(200);
  return rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link, read: r.readAt !== null, createdAt: r.createdAt.toISOString() }));
}

export async function markNoticesRead(db: Db, user: SessionUser, pemdaSlug: string, body: unknown, now: Date): Promise<{ updated: number }> {
  const pemda = await resolvePemda(db, user, pemdaSlug);
  const input = parse(markReadInput, body);
  const n = schema.notice;
  const rows = await db.transaction(async (tx) => {
    const updated = await tx
      .update(n)
      .set({ readAt: now })
      .where(and(eq(n.pemdaId, pemda.id), eq(n.userId, user.id), inArray(n.id, input.ids), isNull(n.readAt)))
      .returning({ id: n.id });
    if (updated.length > 0) {
      await writeAudit(tx, { pemdaId: pemda.id, actor: { id: user.id, name: user.username }, action: 'read', entity: 'notice', after: { ids: updated.map((r) => r.id) } });
    }
    return updated;
  });
  return { updated: rows.length };
}
