/** Imports a kinerja-dataset/1 file into a Pemda (admin_pemda; admin_opd for its own OPD). */
import type { Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { messages } from '../../messages.ts';

export async function importPlan(db: Db, user: SessionUser, pemdaSlug: string, _body: unknown): Promise<unknown> {
  await resolvePemda(db, user, pemdaSlug);
  throw new KinerjaError('busy', messages.importNotReady);
}
