/**
 * PUT …/plans/:year/narratives/:kind `{ section, text }`: saves one section (audited, with the
 * document version of that kind in force, when the plan has one).
 */
import { and, desc, eq } from 'drizzle-orm';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import { parse } from '../../http/problem.ts';
import type { SessionUser } from '../../permissions.ts';
import { resolvePlan, type PlanRef } from '../plans/resolve-plan.ts';
import { reportMessages as m } from './messages.ts';
import { sectionsOf, sectionView, type NarrativeSectionView } from './narrative-view.ts';

export const MAX_NARRATIVE = 50_000;

export const narrativeInput = z
  .object({
    section: z.string().min(1).max(100),
    text: z.string().max(MAX_NARRATIVE, m.textTooLong(MAX_NARRATIVE)),
  })
  .strict();

export async function saveNarrative(db: Db, user: SessionUser, ref: PlanRef, kind: string, input: unknown): Promise<NarrativeSectionView> {
  const { pemda, plan } = await resolvePlan(db, user, ref, 'plan.edit');
  const ids = sectionsOf(kind);
  const body = parse(narrativeInput, input);
  if (!ids.includes(body.section)) throw new KinerjaError('invalid', m.sectionBad(kind), 'section');
  const text = body.text.replace(/\r\n/g, '\n');
  return db.transaction(async (tx) => {
    const [doc] = await tx
      .select({ id: schema.planDocument.id })
      .from(schema.planDocument)
      .where(and(eq(schema.planDocument.pemdaId, pemda.id), eq(schema.planDocument.planId, plan.id), eq(schema.planDocument.kind, kind)))
      .orderBy(desc(schema.planDocument.versionNo))
      .limit(1);
    const key = and(
      eq(schema.reportNarrative.planId, plan.id),
      eq(schema.reportNarrative.kind, kind),
      eq(schema.reportNarrative.sectionId, body.section),
    );
    const [before] = await tx.select().from(schema.reportNarrative).where(key);
    const values = { text, documentId: doc?.id ?? null, updatedBy: user.id, updatedByName: user.displayName, updatedAt: new Date() };
    const [row] = before
      ? await tx.update(schema.reportNarrative).set(values).where(key).returning()
      : await tx
          .insert(schema.reportNarrative)
          .values({ pemdaId: pemda.id, planId: plan.id, kind, sectionId: body.section, ...values })
          .returning();
    if (!row) throw new Error('report_narrative write returned nothing');
    await writeAudit(tx, {
      pemdaId: pemda.id,
      actor: { id: user.id, name: user.displayName },
      action: 'narrative.save',
      entity: 'report_narrative',
      entityId: row.id,
      before: before ? { section: before.sectionId, text: before.text } : null,
      after: { section: row.sectionId, text: row.text },
    });
    return sectionView(body.section, row);
  });
}
