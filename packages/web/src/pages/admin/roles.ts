import type { Role } from '../../api/types.ts';

/** Roles an admin may give (superadmin is never given from the web), and which need an OPD / unit. */
export const ASSIGNABLE_ROLES: readonly Role[] = ['admin_pemda', 'evaluator', 'admin_opd', 'pimpinan', 'operator'];
export const needsOpd = (role: Role): boolean => role === 'admin_opd' || role === 'pimpinan' || role === 'operator';
export const needsUnit = (role: Role): boolean => role === 'operator';

/** `roles.0.opd` → `opd`: the field of the create form an ApiError's `where` points at. */
export function fieldOfWhere(where: string | undefined): string | undefined {
  if (!where) return undefined;
  const m = /^roles\.\d+\.(\w+)$/.exec(where);
  return m ? m[1] : where;
}
