/** `exportDataset`: one stored plan → kinerja-dataset/1 (the `kinerja export` and the API download). */
import { eq } from 'drizzle-orm';
import { KinerjaError, type Dataset } from '@kinerja/domain';
import type { Executor } from '../client.ts';
import { msg } from '../messages.ts';
import { pemda } from '../schema.ts';
import { findPlan, getOpd } from '../tenant.ts';
import { buildDataset } from './build-dataset.ts';
import type { IdMode } from './id-maps.ts';
import { loadPlan } from './load-plan.ts';

export interface ExportQuery {
  pemdaId: string;
  opdSlug: string;
  year: number;
}

export interface ExportOptions {
  /** `ext` (default): the file's own ids; `stored`: the database uuids */
  ids?: IdMode;
}

export async function exportDataset(db: Executor, q: ExportQuery, opts: ExportOptions = {}): Promise<Dataset> {
  const [pemdaRow] = await db.select().from(pemda).where(eq(pemda.id, q.pemdaId)).limit(1);
  if (!pemdaRow) throw new KinerjaError('not_found', msg.pemdaNotFound(q.pemdaId), 'pemda');
  const opdRow = await getOpd(db, q.pemdaId, q.opdSlug);
  const planRow = await findPlan(db, q.pemdaId, opdRow.id, q.year);
  if (!planRow) throw new KinerjaError('not_found', msg.planNotFound(q.opdSlug, q.year), 'year');
  const loaded = await loadPlan(db, q.pemdaId, planRow);
  return buildDataset(loaded, pemdaRow, opdRow, opts.ids ?? 'ext');
}
