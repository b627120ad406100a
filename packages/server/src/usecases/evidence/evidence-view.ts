/** Evidence as the API shows it, and the listing of a set of indicators for a period. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';

export type EvidenceRow = typeof schema.evidence.$inferSelect;

export interface EvidenceView {
  id: string;
  indicatorId: string;
  period: string;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  createdAt: string;
}

export const evidenceView = (e: EvidenceRow): EvidenceView => ({
  id: e.id,
  indicatorId: e.indicatorId,
  period: e.period,
  fileName: e.fileName,
  mime: e.mime,
  size: e.size,
  sha256: e.sha256,
  uploadedBy: e.uploadedBy,
  createdAt: e.createdAt.toISOString(),
});

export async function listEvidence(db: Executor, pemdaId: string, indicatorIds: string[], period: string): Promise<Map<string, EvidenceView[]>> {
  const out = new Map<string, EvidenceView[]>();
  if (indicatorIds.length === 0) return out;
  const e = schema.evidence;
  const rows = await db
    .select()
    .from(e)
    .where(and(eq(e.pemdaId, pemdaId), inArray(e.indicatorId, indicatorIds), eq(e.period, period)))
    .orderBy(asc(e.createdAt));
  for (const r of rows) out.set(r.indicatorId, [...(out.get(r.indicatorId) ?? []), evidenceView(r)]);
  return out;
}
