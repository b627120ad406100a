import type { Me, Role } from '../api/types.ts';

/**
 * Which navigation items a user sees. The server decides what a user may really do; this only
 * hides what the user's roles cannot use (docs/api-contract.md roles).
 */
export type Section = 'beranda' | 'ringkasan' | 'perencanaan' | 'pengukuran' | 'pelaporan' | 'evaluasi' | 'admin';

export const SECTIONS: readonly Section[] = ['beranda', 'ringkasan', 'perencanaan', 'pengukuran', 'pelaporan', 'evaluasi', 'admin'];

const ALL: readonly Role[] = ['superadmin', 'admin_pemda', 'evaluator', 'admin_opd', 'operator', 'pimpinan'];

const SECTION_ROLES: Record<Section, readonly Role[]> = {
  beranda: ALL,
  ringkasan: ['superadmin', 'admin_pemda', 'evaluator'],
  perencanaan: ALL,
  pengukuran: ['superadmin', 'admin_pemda', 'admin_opd', 'operator', 'pimpinan'],
  pelaporan: ['superadmin', 'admin_pemda', 'evaluator', 'admin_opd', 'pimpinan'],
  evaluasi: ['superadmin', 'admin_pemda', 'evaluator', 'admin_opd', 'pimpinan'],
  admin: ['superadmin', 'admin_pemda'],
};

export const rolesOf = (me: Me | null): Role[] => (me ? me.roles.map((r) => r.role) : []);

export function canSee(me: Me | null, section: Section): boolean {
  const roles = rolesOf(me);
  return roles.some((r) => SECTION_ROLES[section].includes(r));
}

export const visibleSections = (me: Me | null): Section[] => SECTIONS.filter((s) => canSee(me, s));
