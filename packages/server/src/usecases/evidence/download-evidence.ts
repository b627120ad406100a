/** Streams an evidence file back, with the same rights as its realisation row (else 404). */
import type { Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { monitoringMessages as m } from '../realisasi/messages.ts';
import { readEvidence } from './evidence-store.ts';
import { findEvidence, type EvidenceRef } from './find-evidence.ts';

export interface EvidenceDownload {
  fileName: string;
  mime: string;
  size: number;
  body: ReadableStream<Uint8Array>;
}

export async function downloadEvidence(db: Db, user: SessionUser, ref: EvidenceRef, dir: string): Promise<EvidenceDownload> {
  const { row } = await findEvidence(db, user, ref);
  const body = await readEvidence(dir, row.storagePath);
  if (!body) throw new KinerjaError('not_found', m.evidenceNotFound, 'evidence');
  return { fileName: row.fileName, mime: row.mime, size: row.size, body };
}
