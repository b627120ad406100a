/**
 * Imports a kinerja-dataset/1 file into the Pemda of the URL: admin_pemda for any OPD (a new OPD
 * needs opd.manage), admin_opd for its own OPD. The file must name this Pemda. `?replace=true`
 * replaces the plan of the same OPD and year (else 409). importDataset writes one audit row.
 */
import { findOpd, importDataset, slugify, validateDataset, type Db, type PlanCounts } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { messages } from '../../messages.ts';
import { authorize } from '../guard.ts';
import { opdView, planYears, type OpdView } from '../opd/opd-view.ts';

export const importQuery = z.object({ replace: z.enum(['true', 'false']).optional() });

export interface ImportAnswer {
  opd: OpdView;
  year: number;
  counts: PlanCounts;
}

export async function importPlan(db: Db, user: SessionUser, pemdaSlug: string, body: unknown, query: unknown): Promise<ImportAnswer> {
  const pemda = await resolvePemda(db, user, pemdaSlug);
  const q = parse(importQuery, query);
  const dataset = validateDataset(body);
  if (slugify(dataset.pemda.name) !== pemda.slug) throw new KinerjaError('invalid', messages.importPemdaMismatch(dataset.pemda.name), 'pemda.name');
  const existing = await findOpd(db, pemda.id, slugify(dataset.opd.abbr || dataset.opd.name));
  authorize(user, 'plan.import', { pemdaId: pemda.id, opdId: existing?.id ?? null });
  if (!existing) authorize(user, 'opd.manage', { pemdaId: pemda.id });
  const result = await importDataset(db, dataset, { actor: { id: user.id, name: user.username }, replace: q.replace === 'true' });
  const opd = await findOpd(db, pemda.id, result.opdSlug);
  if (!opd) throw new Error('imported OPD not found');
  const years = await planYears(db, [opd.id]);
  return { opd: opdView(opd, years.get(opd.id) ?? []), year: result.year, counts: result.counts };
}
