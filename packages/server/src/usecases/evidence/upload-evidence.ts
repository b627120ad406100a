/**
 * Uploads one evidence file for a realisation (multipart: indicator, period, file): at most 10 MB,
 * type checked by its bytes, stored on disk, recorded and audited in one transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import { resolvePlan, type PlanRef } from '../plans/resolve-plan.ts';
import { periodInput, periodOfYear } from '../realisasi/period-input.ts';
import { loadRowContext } from '../realisasi/row-context.ts';
import { monitoringMessages as m } from '../realisasi/messages.ts';
import { assertEvidenceWritable } from './evidence-access.ts';
import { removeEvidence, storagePathOf, writeEvidence } from './evidence-store.ts';
import { detectFileType, MAX_EVIDENCE_BYTES, safeFileName } from './file-type.ts';
import { evidenceView, type EvidenceView } from './evidence-view.ts';

export const uploadFields = z.object({ indicator: z.uuid(), period: periodInput });

export async function uploadEvidence(
  db: Db,
  user: SessionUser,
  ref: PlanRef,
  form: Record<string, unknown>,
  opts: { now: Date; dir: string },
): Promise<EvidenceView> {
  const { pemda, opd, plan } = await resolvePlan(db, user, ref, 'plan.read');
  const fields = parse(uploadFields, form);
  const period = periodOfYear(fields.period, plan.year);
  const file = form.file;
  if (!(file instanceof File) || file.size === 0) throw new KinerjaError('invalid', m.evidenceMissingFile, 'file');
  if (file.size > MAX_EVIDENCE_BYTES) throw new KinerjaError('invalid', m.evidenceTooLarge(MAX_EVIDENCE_BYTES / 1024 / 1024), 'file');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectFileType(bytes);
  if (!type) throw new KinerjaError('invalid', m.evidenceBadType, 'file');

  const id = randomUUID();
  const path = storagePathOf(pemda.id, id);
  const row = await db.transaction(async (tx) => {
    const ctx = await loadRowContext(tx, { pemdaId: pemda.id, opdId: opd.id, planId: plan.id }, fields.indicator);
    await assertEvidenceWritable(tx, user, ctx, period, opts.now);
    const [saved] = await tx
      .insert(schema.evidence)
      .values({
        id,
        pemdaId: pemda.id,
        opdId: opd.id,
        indicatorId: ctx.indicator.id,
        period,
        fileName: safeFileName(file.name, type),
        mime: type.mime,
        size: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        storagePath: path,
        uploadedBy: user.id,
        createdAt: opts.now,
      })
      .returning();
    if (!saved) throw new Error('evidence not saved');
    await writeAudit(tx, {
      pemdaId: pemda.id,
      actor: { id: user.id, name: user.username },
      action: 'create',
      entity: 'evidence',
      entityId: saved.id,
      after: { indicator: saved.indicatorId, period, fileName: saved.fileName, mime: saved.mime, size: saved.size, sha256: saved.sha256 },
    });
    try {
      await writeEvidence(opts.dir, path, bytes);
    } catch (e) {
      await removeEvidence(opts.dir, path);
      throw e;
    }
    return saved;
  });
  return evidenceView(row);
}
