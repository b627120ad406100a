/** Creates a user of a Pemda with its roles (admin_pemda); one audit row, entity `app_user`. */
import { eq, sql } from 'drizzle-orm';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { messages } from '../../messages.ts';
import { hashPassword } from '../../auth/password.ts';
import { authorize } from '../guard.ts';
import { replaceGrants, resolveGrants, roleInput } from './role-input.ts';
import { auditedUser, userView, type UserView } from './user-view.ts';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,49}$/;
export const password = z.string().min(10, messages.passwordTooShort).max(200);

export const createUserInput = z
  .object({
    username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN),
    displayName: z.string().trim().min(1).max(200),
    password,
    roles: z.array(roleInput).min(1).max(20),
  })
  .strict();

export async function createUser(db: Db, user: SessionUser, pemdaSlug: string, body: unknown): Promise<UserView> {
  const p = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'users.manage', { pemdaId: p.id });
  const input = parse(createUserInput, body);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: schema.appUser.id })
      .from(schema.appUser)
      .where(eq(sql`lower(${schema.appUser.username})`, input.username));
    if (taken) throw new KinerjaError('conflict', messages.usernameTaken, 'username');
    const grants = await resolveGrants(tx, p.id, input.roles);
    const [u] = await tx
      .insert(schema.appUser)
      .values({ pemdaId: p.id, username: input.username, displayName: input.displayName, passwordHash })
      .returning();
    if (!u) throw new Error('insert app_user returned nothing');
    await replaceGrants(tx, p.id, u.id, grants);
    const view = await userView(tx, u);
    await writeAudit(tx, {
      pemdaId: p.id,
      actor: { id: user.id, name: user.username },
      action: 'create',
      entity: 'app_user',
      entityId: u.id,
      after: auditedUser(view),
    });
    return view;
  });
}
