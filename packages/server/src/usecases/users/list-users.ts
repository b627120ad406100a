import type { Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { authorize } from '../guard.ts';
import { usersOfPemda, userView, type UserView } from './user-view.ts';

export async function listUsers(db: Db, user: SessionUser, pemdaSlug: string): Promise<UserView[]> {
  const p = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'users.manage', { pemdaId: p.id });
  const rows = await usersOfPemda(db, p.id);
  return Promise.all(rows.map((u) => userView(db, u)));
}
