import type { Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { authorize } from '../guard.ts';
import { pemdaView, type PemdaView } from './pemda-view.ts';

export async function getPemda(db: Db, user: SessionUser, slug: string): Promise<PemdaView> {
  const p = await resolvePemda(db, user, slug);
  authorize(user, 'pemda.read', { pemdaId: p.id });
  return pemdaView(p);
}
