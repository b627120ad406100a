/** Creates an OPD in a Pemda (admin_pemda), audited as entity `opd`. */
import { and, eq } from 'drizzle-orm';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { messages } from '../../messages.ts';
import { slugify, SLUG_PATTERN } from '../slug.ts';
import { authorize } from '../guard.ts';
import { opdView, type OpdView } from './opd-view.ts';

export const createOpdInput = z
  .object({
    name: z.string().trim().min(3).max(300),
    abbr: z.string().trim().min(1).max(50),
    slug: z.string().trim().regex(SLUG_PATTERN).max(80).optional(),
  })
  .strict();

export async function createOpd(db: Db, user: SessionUser, pemdaSlug: string, body: unknown): Promise<OpdView> {
  const p = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'opd.manage', { pemdaId: p.id });
  const input = parse(createOpdInput, body);
  const slug = input.slug ?? slugify(input.abbr);
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: schema.opd.id })
      .from(schema.opd)
      .where(and(eq(schema.opd.pemdaId, p.id), eq(schema.opd.slug, slug)));
    if (taken) throw new KinerjaError('conflict', messages.opdSlugTaken, 'slug');
    const [o] = await tx.insert(schema.opd).values({ pemdaId: p.id, slug, name: input.name, abbr: input.abbr }).returning();
    if (!o) throw new Error('insert opd returned nothing');
    await writeAudit(tx, {
      pemdaId: p.id,
      actor: { id: user.id, name: user.username },
      action: 'create',
      entity: 'opd',
      entityId: o.id,
      after: { slug, name: o.name, abbr: o.abbr },
    });
    return opdView(o, []);
  });
}
