/** Deletes an evidence file (same rights as changing its realisation), audited; the file goes after the commit. */
import { and, eq } from 'drizzle-orm';
import { schema, writeAudit, type Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { assertEvidenceWritable } from './evidence-access.ts';
import { removeEvidence } from './evidence-store.ts';
import { findEvidence, type EvidenceRef } from './find-evidence.ts';

export async function deleteEvidence(db: Db, user: SessionUser, ref: EvidenceRef, opts: { now: Date; dir: string }): Promise<{ ok: true }> {
  const path = await db.transaction(async (tx) => {
    const { pemda, row, ctx } = await findEvidence(tx, user, ref);
    await assertEvidenceWritable(tx, user, ctx, row.period, opts.now);
    await tx.delete(schema.evidence).where(and(eq(schema.evidence.pemdaId, pemda.id), eq(schema.evidence.id, row.id)));
    await writeAudit(tx, {
      pemdaId: pemda.id,
      actor: { id: user.id, name: user.username },
      action: 'delete',
      entity: 'evidence',
      entityId: row.id,
      before: { indicator: row.indicatorId, period: row.period, fileName: row.fileName, sha256: row.sha256 },
    });
    return row.storagePath;
  });
  await removeEvidence(opts.dir, path);
  return { ok: true };
}
