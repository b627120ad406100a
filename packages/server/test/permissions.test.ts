import { describe, expect, it } from 'vitest';
import { ACTIONS, can, type Action, type Role, type SessionUser } from '../src/permissions.ts';

const PEMDA = 'pemda-a';
const OTHER_PEMDA = 'pemda-b';
const OPD = 'opd-bkpsdm';
const OTHER_OPD = 'opd-dinkes';
const UNIT = 'unit-bidang';

const userWith = (role: Role): SessionUser => ({
  id: 'u',
  username: role,
  displayName: role,
  pemdaId: role === 'superadmin' ? null : PEMDA,
  roles: [
    {
      role,
      pemdaId: role === 'superadmin' ? null : PEMDA,
      opdId: ['admin_opd', 'operator', 'pimpinan'].includes(role) ? OPD : null,
      unitId: role === 'operator' ? UNIT : null,
    },
  ],
});

/** Per role: the actions allowed on its own OPD (own unit), on another OPD of its Pemda, on another Pemda. */
const ALL = [...ACTIONS];
const table: Record<Role, { own: Action[]; otherOpd: Action[]; otherPemda: Action[] }> = {
  superadmin: { own: ALL, otherOpd: ALL, otherPemda: ALL },
  admin_pemda: { own: ALL, otherOpd: ALL, otherPemda: [] },
  evaluator: {
    own: ['pemda.read', 'opd.read', 'plan.read', 'audit.read', 'evaluation.run', 'report.generate'],
    otherOpd: ['pemda.read', 'opd.read', 'plan.read', 'audit.read', 'evaluation.run', 'report.generate'],
    otherPemda: [],
  },
  admin_opd: {
    own: ['pemda.read', 'opd.read', 'plan.read', 'plan.edit', 'plan.import', 'realisasi.verify', 'report.generate'],
    otherOpd: ['pemda.read'],
    otherPemda: [],
  },
  operator: {
    own: ['pemda.read', 'opd.read', 'plan.read', 'realisasi.enter'],
    otherOpd: ['pemda.read'],
    otherPemda: [],
  },
  pimpinan: {
    own: ['pemda.read', 'opd.read', 'plan.read', 'plan.approve', 'realisasi.approve', 'report.generate'],
    otherOpd: ['pemda.read'],
    otherPemda: [],
  },
};

const cases = (Object.keys(table) as Role[]).flatMap((role) =>
  ACTIONS.flatMap((action) => [
    { role, action, where: 'own OPD', resource: { pemdaId: PEMDA, opdId: OPD, unitId: UNIT }, allowed: table[role].own.includes(action) },
    { role, action, where: 'other OPD', resource: { pemdaId: PEMDA, opdId: OTHER_OPD, unitId: 'unit-x' }, allowed: table[role].otherOpd.includes(action) },
    { role, action, where: 'other Pemda', resource: { pemdaId: OTHER_PEMDA, opdId: OPD, unitId: UNIT }, allowed: table[role].otherPemda.includes(action) },
  ]),
);

describe('can(role, action, resource)', () => {
  it.each(cases)('$role $action on $where → $allowed', ({ role, action, resource, allowed }) => {
    expect(can(userWith(role), action, resource)).toBe(allowed);
  });

  it.each([
    ['operator, another unit of its OPD', 'operator' as Role, 'realisasi.enter' as Action, { pemdaId: PEMDA, opdId: OPD, unitId: 'unit-lain' }, false],
    ['operator, no unit named', 'operator' as Role, 'realisasi.enter' as Action, { pemdaId: PEMDA, opdId: OPD }, false],
    ['admin_opd, the Pemda as a whole', 'admin_opd' as Role, 'plan.read' as Action, { pemdaId: PEMDA }, false],
    ['evaluator, the Pemda as a whole', 'evaluator' as Role, 'plan.read' as Action, { pemdaId: PEMDA }, true],
    ['admin_pemda, manage OPD of its Pemda', 'admin_pemda' as Role, 'opd.manage' as Action, { pemdaId: PEMDA }, true],
    ['pimpinan, approve a plan of another OPD', 'pimpinan' as Role, 'plan.approve' as Action, { pemdaId: PEMDA, opdId: OTHER_OPD }, false],
    ['admin_opd (perencana), approve its own plan', 'admin_opd' as Role, 'plan.approve' as Action, { pemdaId: PEMDA, opdId: OPD }, false],
    ['evaluator, manage users', 'evaluator' as Role, 'users.manage' as Action, { pemdaId: PEMDA }, false],
    ['admin_pemda, set the rule set of its Pemda', 'admin_pemda' as Role, 'rules.manage' as Action, { pemdaId: PEMDA }, true],
    ['admin_pemda, set the rule set of another Pemda', 'admin_pemda' as Role, 'rules.manage' as Action, { pemdaId: OTHER_PEMDA }, false],
    ['admin_opd, set the rule set of its Pemda', 'admin_opd' as Role, 'rules.manage' as Action, { pemdaId: PEMDA }, false],
    ['evaluator, set the rule set', 'evaluator' as Role, 'rules.manage' as Action, { pemdaId: PEMDA }, false],
  ])('%s', (_name, role, action, resource, allowed) => {
    expect(can(userWith(role), action, resource)).toBe(allowed);
  });

  it('refuses a user without roles', () => {
    const nobody: SessionUser = { id: 'x', username: 'x', displayName: 'x', pemdaId: PEMDA, roles: [] };
    expect(ACTIONS.some((a) => can(nobody, a, { pemdaId: PEMDA, opdId: OPD }))).toBe(false);
  });
});
