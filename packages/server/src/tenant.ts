/**
 * The tenant rule in one place: a `:pemda` slug resolves only for the caller's own Pemda
 * (superadmin: any). Anything of another Pemda is "not found" (404), never "forbidden", and
 * every OPD lookup is scoped to the resolved Pemda.
 */
import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { isSuperadmin, type SessionUser } from './permissions.ts';
import { messages } from './messages.ts';

export type PemdaRow = typeof schema.pemda.$inferSelect;
export type OpdRow = typeof schema.opd.$inferSelect;

export async function resolvePemda(db: Executor, user: SessionUser, slug: string): Promise<PemdaRow> {
  const [p] = await db.select().from(schema.pemda).where(eq(schema.pemda.slug, slug));
  if (!p || (!isSuperadmin(user) && p.id !== user.pemdaId)) throw new KinerjaError('not_found', messages.pemdaNotFound, 'pemda');
  return p;
}

export async function resolveOpd(db: Executor, pemda: PemdaRow, slug: string): Promise<OpdRow> {
  const [o] = await db
    .select()
    .from(schema.opd)
    .where(and(eq(schema.opd.pemdaId, pemda.id), eq(schema.opd.slug, slug)));
  if (!o) throw new KinerjaError('not_found', messages.opdNotFound, 'opd');
  return o;
}
