/** `check` and `compute` read a dataset from a file or from the database (`--pemda --opd --year`). */
import { exportDataset, getPemda, validateDataset, type IdMode } from '@kinerja/db';
import { KinerjaError, type Dataset } from '@kinerja/domain';
import { parseYear, withDatabase, type GlobalOptions } from './context.ts';
import { readJsonFile } from './io.ts';
import { msg } from './messages.ts';

export interface PlanOptions {
  pemda?: string;
  opd?: string;
  year?: string;
}

export async function loadDataset(g: GlobalOptions, file: string | undefined, o: PlanOptions, ids: IdMode): Promise<Dataset> {
  const fromDb = o.pemda !== undefined || o.opd !== undefined || o.year !== undefined;
  if (file && fromDb) throw new KinerjaError('invalid', msg.sourceBoth, file);
  if (file) return validateDataset(readJsonFile(file));
  if (!o.pemda || !o.opd || !o.year) throw new KinerjaError('invalid', msg.sourceEither, '--pemda/--opd/--year');
  const { pemda, opd } = o;
  const year = parseYear(o.year);
  return withDatabase(g, async ({ db }) => {
    const p = await getPemda(db, pemda);
    return exportDataset(db, { pemdaId: p.id, opdSlug: opd, year }, { ids });
  });
}
