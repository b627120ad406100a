/**
 * Changes a user of a Pemda (admin_pemda). A new password also lifts a lockout; a new password or
 * disabling ends the user's sessions. One audit row, entity `app_user`, before and after.
 */
import { and, eq } from 'drizzle-orm';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { messages } from '../../messages.ts';
import { hashPassword } from '../../auth/password.ts';
import { deleteUserSessions } from '../../auth/session-store.ts';
import { authorize } from '../guard.ts';
import { replaceGrants, resolveGrants, roleInput } from './role-input.ts';
import { auditedUser, userView, type UserView } from './user-view.ts';
import { password } from './create-user.ts';

export const updateUserInput = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    password: password.optional(),
    disabled: z.boolean().optional(),
    roles: z.array(roleInput).min(1).max(20).optional(),
  })
  .strict();

export async function updateUser(db: Db, user: SessionUser, pemdaSlug: string, userId: string, body: unknown): Promise<UserView> {
  const p = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'users.manage', { pemdaId: p.id });
  const input = parse(updateUserInput, body);
  const isUuid = z.uuid().safeParse(userId).success;
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return db.transaction(async (tx) => {
    const [u] = isUuid
      ? await tx
          .select()
          .from(schema.appUser)
          .where(and(eq(schema.appUser.id, userId), eq(schema.appUser.pemdaId, p.id)))
      : [];
    if (!u) throw new KinerjaError('not_found', messages.userNotFound, 'id');
    if (input.disabled === true && u.id === user.id) throw new KinerjaError('invalid', messages.cannotDisableSelf, 'disabled');
    const before = await userView(tx, u);
    const set = {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
      ...(passwordHash ? { passwordHash, failedLogins: 0, lockedUntil: null } : {}),
    };
    // only roles (or nothing) to change: no UPDATE, which drizzle refuses with an empty set
    const [changed] =
      Object.keys(set).length > 0 ? await tx.update(schema.appUser).set(set).where(eq(schema.appUser.id, u.id)).returning() : [u];
    if (!changed) throw new Error('update app_user returned nothing');
    if (input.roles) await replaceGrants(tx, p.id, u.id, await resolveGrants(tx, p.id, input.roles));
    if (passwordHash || input.disabled === true) await deleteUserSessions(tx, u.id);
    const after = await userView(tx, changed);
    await writeAudit(tx, {
      pemdaId: p.id,
      actor: { id: user.id, name: user.username },
      action: 'update',
      entity: 'app_user',
      entityId: u.id,
      before: auditedUser(before),
      after: { ...auditedUser(after), ...(passwordHash ? { passwordChanged: true } : {}) },
    });
    return after;
  });
}
