/** The narrative sections written for a plan and document kind, as `opts.narrative` wants them. */
import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';

export type NarrativeRow = typeof schema.reportNarrative.$inferSelect;

export async function narrativeRows(db: Executor, pemdaId: string, planId: string, kind: string): Promise<NarrativeRow[]> {
  return db
    .select()
    .from(schema.reportNarrative)
    .where(
      and(
        eq(schema.reportNarrative.pemdaId, pemdaId),
        eq(schema.reportNarrative.planId, planId),
        eq(schema.reportNarrative.kind, kind),
      ),
    );
}

export async function loadNarrative(db: Executor, pemdaId: string, planId: string, kind: string): Promise<Record<string, string>> {
  const rows = await narrativeRows(db, pemdaId, planId, kind);
  return Object.fromEntries(rows.filter((r) => r.text.trim() !== '').map((r) => [r.sectionId, r.text]));
}
