/**
 * The one place that decides who may do what. Use cases call `can`; routes never decide.
 *
 * Scope of each role (inside its own Pemda; superadmin everywhere):
 * - admin_pemda: everything (also entry windows `period.manage`, late-entry notices `late.notify`, the
 *   rule set of a year `rules.manage`).
 * - evaluator: reads everything, runs evaluations, reads the audit log, generates reports.
 * - admin_opd (perencana): reads its OPD, edits and imports its OPD's plans, verifies realisasi.
 * - operator: reads its OPD, enters realisasi for its unit.
 * - pimpinan (kepala OPD): reads its OPD, approves realisasi, approves and signs its OPD's plan
 *   documents (`plan.approve`), generates reports.
 * A resource without `opdId` means "the Pemda as a whole" (e.g. any OPD): only Pemda-wide roles
 * pass OPD-scoped actions on it. `report.generate` follows the read rights (a report is a read).
 */
export const ROLES = ['superadmin', 'admin_pemda', 'evaluator', 'admin_opd', 'operator', 'pimpinan'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'pemda.read',
  'opd.read',
  'opd.manage',
  'plan.read',
  'plan.edit',
  'plan.approve',
  'plan.import',
  'realisasi.enter',
  'realisasi.verify',
  'realisasi.approve',
  'users.manage',
  'audit.read',
  'evaluation.run',
  'report.generate',
  'period.manage',
  'late.notify',
  'rules.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

export interface RoleGrant {
  role: Role;
  pemdaId: string | null;
  opdId: string | null;
  unitId: string | null;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  pemdaId: string | null;
  roles: RoleGrant[];
}

export interface Resource {
  pemdaId: string;
  opdId?: string | null;
  unitId?: string | null;
}

type Scope = 'pemda' | 'opd' | 'unit';

/** For each role, the actions it may take and on what scope of its grant. */
const policy: Record<Exclude<Role, 'superadmin'>, Partial<Record<Action, Scope>>> = {
  admin_pemda: Object.fromEntries(ACTIONS.map((a) => [a, 'pemda'])),
  evaluator: {
    'pemda.read': 'pemda',
    'opd.read': 'pemda',
    'plan.read': 'pemda',
    'audit.read': 'pemda',
    'evaluation.run': 'pemda',
    'report.generate': 'pemda',
  },
  admin_opd: {
    'pemda.read': 'pemda',
    'opd.read': 'opd',
    'plan.read': 'opd',
    'plan.edit': 'opd',
    'plan.import': 'opd',
    'realisasi.verify': 'opd',
    'report.generate': 'opd',
  },
  operator: {
    'pemda.read': 'pemda',
    'opd.read': 'opd',
    'plan.read': 'opd',
    'realisasi.enter': 'unit',
  },
  pimpinan: {
    'pemda.read': 'pemda',
    'opd.read': 'opd',
    'plan.read': 'opd',
    'realisasi.approve': 'opd',
    'plan.approve': 'opd',
    'report.generate': 'opd',
  },
};

function grants(grant: RoleGrant, action: Action, resource: Resource): boolean {
  if (grant.role === 'superadmin') return true;
  if (grant.pemdaId === null || grant.pemdaId !== resource.pemdaId) return false;
  const scope = policy[grant.role][action];
  switch (scope) {
    case undefined:
      return false;
    case 'pemda':
      return true;
    case 'opd':
      return grant.opdId !== null && resource.opdId === grant.opdId;
    case 'unit':
      return grant.unitId !== null && resource.opdId === grant.opdId && resource.unitId === grant.unitId;
  }
}

export function can(user: SessionUser, action: Action, resource: Resource): boolean {
  return user.roles.some((g) => grants(g, action, resource));
}

export const isSuperadmin = (user: SessionUser): boolean => user.roles.some((g) => g.role === 'superadmin');
