import { describe, expect, it } from 'vitest';
import type { Me, Role } from '../../api/types.ts';
import { mayEditPlan } from './may-edit.ts';

const me = (role: Role, opd: string | null): Me => ({
  id: 'u',
  username: 'u',
  displayName: 'U',
  pemda: { id: 'p', slug: 'kabupaten-paser', name: 'Kabupaten Paser' },
  roles: [{ role, opd: opd ? { slug: opd, name: opd } : null, unit: null }],
});

describe('who may create and edit the plan of BKPSDM Paser', () => {
  it.each<[string, Me | null, boolean]>([
    ['perencana-paser (admin_opd bkpsdm)', me('admin_opd', 'bkpsdm'), true],
    ['admin_opd of another OPD', me('admin_opd', 'bappeda'), false],
    ['admin-paser (admin_pemda)', me('admin_pemda', null), true],
    ['evaluator-paser', me('evaluator', null), false],
    ['pimpinan-paser', me('pimpinan', 'bkpsdm'), false],
    ['operator-paser', me('operator', 'bkpsdm'), false],
    ['nobody', null, false],
  ])('%s → %s', (_name, user, yes) => {
    expect(mayEditPlan(user, 'bkpsdm')).toBe(yes);
  });
});
