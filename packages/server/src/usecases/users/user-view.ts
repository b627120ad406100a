import { and, asc, eq, inArray } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { loadRoles, roleViews, type RoleView } from '../../auth/load-user.ts';

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  lockedUntil: string | null;
  roles: RoleView[];
  createdAt: string;
}

type UserRow = typeof schema.appUser.$inferSelect;

export async function userView(db: Executor, u: UserRow): Promise<UserView> {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    disabled: u.disabled,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    roles: roleViews(await loadRoles(db, u.id)),
    createdAt: u.createdAt.toISOString(),
  };
}

export async function usersOfPemda(db: Executor, pemdaId: string, ids?: string[]): Promise<UserRow[]> {
  return db
    .select()
    .from(schema.appUser)
    .where(and(eq(schema.appUser.pemdaId, pemdaId), ids ? inArray(schema.appUser.id, ids) : undefined))
    .orderBy(asc(schema.appUser.username));
}

/** What the audit log keeps of a user (never the password hash). */
export const auditedUser = (v: UserView) => ({
  username: v.username,
  displayName: v.displayName,
  disabled: v.disabled,
  roles: v.roles.map((r) => ({ role: r.role, opd: r.opd?.slug ?? null, unit: r.unit?.id ?? null })),
});
