import { describe, expect, it } from 'vitest';
import type { Role } from '../../api/types.ts';
import { workflowActions } from './workflow-actions.ts';

describe('workflowActions', () => {
  const cases: [string, Role[], string, boolean, string[]][] = [
    ['operator submits its draft', ['operator'], 'draft', true, ['submit']],
    ['operator resubmits a rejected row', ['operator'], 'rejected', true, ['submit']],
    ['operator of another unit cannot submit', ['operator'], 'draft', false, []],
    ['operator is not offered verification', ['operator'], 'submitted', true, []],
    ['admin OPD verifies or rejects', ['admin_opd'], 'submitted', false, ['verify', 'reject']],
    ['admin OPD does not approve', ['admin_opd'], 'verified', false, []],
    ['pimpinan approves or rejects', ['pimpinan'], 'verified', false, ['approve', 'reject']],
    ['pimpinan does not verify', ['pimpinan'], 'submitted', false, []],
    ['admin Pemda may verify', ['admin_pemda'], 'submitted', true, ['verify', 'reject']],
    ['evaluator only reads', ['evaluator'], 'verified', false, []],
    ['approved is final', ['superadmin'], 'approved', true, []],
  ];
  it.each(cases)('%s', (_, roles, status, canEnter, expected) => {
    expect(workflowActions(roles, status, canEnter)).toEqual(expected);
  });
});
