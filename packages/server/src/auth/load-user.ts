/** Loads a user with its role grants: as a `SessionUser` (for `can`) and as the API's `Me`. */
import { eq } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { ROLES, type Role, type SessionUser } from '../permissions.ts';

export interface RoleView {
  role: Role;
  opd: { slug: string; name: string } | null;
  unit: { id: string; name: string } | null;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  pemda: { id: string; slug: string; name: string } | null;
  roles: RoleView[];
}

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

export async function loadRoles(db: Executor, userId: string) {
  const rows = await db
    .select({
      role: schema.roleAssignment.role,
      pemdaId: schema.roleAssignment.pemdaId,
      opdId: schema.roleAssignment.opdId,
      unitId: schema.roleAssignment.unitId,
      opdSlug: schema.opd.slug,
      opdName: schema.opd.name,
      unitName: schema.unit.name,
    })
    .from(schema.roleAssignment)
    .leftJoin(schema.opd, eq(schema.opd.id, schema.roleAssignment.opdId))
    .leftJoin(schema.unit, eq(schema.unit.id, schema.roleAssignment.unitId))
    .where(eq(schema.roleAssignment.userId, userId))
    .orderBy(schema.roleAssignment.createdAt);
  return rows.flatMap((r) => (isRole(r.role) ? [{ ...r, role: r.role }] : []));
}

/** The enabled user behind a session, or null. */
export async function loadSessionUser(db: Executor, userId: string): Promise<SessionUser | null> {
  const [u] = await db.select().from(schema.appUser).where(eq(schema.appUser.id, userId));
  if (!u || u.disabled) return null;
  const roles = await loadRoles(db, userId);
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    pemdaId: u.pemdaId,
    roles: roles.map((r) => ({ role: r.role, pemdaId: r.pemdaId, opdId: r.opdId, unitId: r.unitId })),
  };
}

export const roleViews = (roles: Awaited<ReturnType<typeof loadRoles>>): RoleView[] =>
  roles.map((r) => ({
    role: r.role,
    opd: r.opdId && r.opdSlug && r.opdName ? { slug: r.opdSlug, name: r.opdName } : null,
    unit: r.unitId && r.unitName ? { id: r.unitId, name: r.unitName } : null,
  }));

export async function loadMe(db: Executor, user: SessionUser): Promise<Me> {
  const [p] = user.pemdaId
    ? await db
        .select({ id: schema.pemda.id, slug: schema.pemda.slug, name: schema.pemda.name })
        .from(schema.pemda)
        .where(eq(schema.pemda.id, user.pemdaId))
    : [];
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    pemda: p ?? null,
    roles: roleViews(await loadRoles(db, user.id)),
  };
}
