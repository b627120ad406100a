import { describe, expect, it } from 'vitest';
import type { Me } from '../../../api/types.ts';
import { actionsFor, defaultPair, groupByKind, mayApprovePlan, revisionLabel, versionTitle, type Rights } from './version-model.ts';
import type { VersionInfo } from './versions-api.ts';

const v = (over: Partial<VersionInfo>): VersionInfo => ({
  id: 'v1',
  kind: 'pk',
  revision: 'awal',
  versionNo: 1,
  status: 'draft',
  basis: null,
  signed: null,
  supersedesId: null,
  supersededById: null,
  frozen: false,
  signatories: {},
  createdAt: '2025-01-02T00:00:00.000Z',
  ...over,
});

/** The documents of the Paser LKjIP 2024 plan (seed 001) plus a PK Perubahan made in kinerja. */
const paser2024 = [
  v({ id: 'D1', kind: 'lkjip', revision: null, status: 'signed', signed: '2025-01-25', createdAt: '2025-01-01T00:00:00Z' }),
  v({ id: 'D2', kind: 'pk', revision: 'perubahan', status: 'approved', supersededById: 'D5', createdAt: '2025-01-01T00:00:01Z' }),
  v({ id: 'D3', kind: 'iku', revision: 'reviu', createdAt: '2025-01-01T00:00:02Z' }),
  v({ id: 'D4', kind: 'renstra', revision: 'reviu', status: 'signed', signed: '2023-05-31', createdAt: '2025-01-01T00:00:03Z' }),
  v({ id: 'D5', kind: 'pk', revision: 'perubahan-2', versionNo: 2, supersedesId: 'D2', basis: 'Perubahan PK 2025', createdAt: '2025-06-01T00:00:00Z' }),
];

describe('groupByKind', () => {
  it('orders documents as the planning chain runs, versions oldest first', () => {
    expect(groupByKind(paser2024).map((g) => [g.label, g.versions.map((x) => x.id)])).toEqual([
      ['Renstra', ['D4']],
      ['IKU', ['D3']],
      ['Perjanjian Kinerja', ['D2', 'D5']],
      ['LKjIP', ['D1']],
    ]);
  });
});

describe('labels', () => {
  it.each([
    ['awal', 'Awal'],
    ['perubahan', 'Perubahan'],
    ['perubahan-2', 'Perubahan ke-2'],
    ['rancangan_awal', 'rancangan awal'],
    [null, null],
  ])('revision %s → %s', (rev, label) => {
    expect(revisionLabel(rev)).toBe(label);
  });

  it('titles a version with kind, number and revision', () => {
    expect(versionTitle(v({ kind: 'pk', versionNo: 2, revision: 'perubahan' }))).toBe('Perjanjian Kinerja versi 2 (Perubahan)');
  });
});

describe('actionsFor', () => {
  const perencana: Rights = { edit: true, approve: false };
  const pimpinan: Rights = { edit: false, approve: true };
  const evaluator: Rights = { edit: false, approve: false };
  it.each<[string, Partial<VersionInfo>, Rights, string[]]>([
    ['perencana, draft', { status: 'draft' }, perencana, ['view', 'submit', 'edit']],
    ['pimpinan, draft', { status: 'draft' }, pimpinan, ['view']],
    ['perencana, submitted', { status: 'submitted' }, perencana, ['view', 'return']],
    ['pimpinan, submitted', { status: 'submitted' }, pimpinan, ['view', 'approve', 'return']],
    ['pimpinan, approved', { status: 'approved' }, pimpinan, ['view', 'sign']],
    ['perencana, approved, latest', { status: 'approved' }, perencana, ['view', 'perubahan']],
    ['perencana, signed, superseded', { status: 'signed', supersededById: 'x' }, perencana, ['view']],
    ['evaluator, signed', { status: 'signed' }, evaluator, ['view']],
  ])('%s', (_name, over, rights, actions) => {
    expect(actionsFor(v(over), rights)).toEqual(actions);
  });
});

describe('mayApprovePlan', () => {
  const me = (role: Me['roles'][number]['role'], opd: string | null): Me => ({
    id: 'u',
    username: 'u',
    displayName: 'u',
    pemda: null,
    roles: [{ role, opd: opd ? { slug: opd, name: opd } : null, unit: null }],
  });
  it.each([
    ['pimpinan', 'bkpsdm', true],
    ['pimpinan', 'dinkes', false],
    ['admin_opd', 'bkpsdm', false],
    ['admin_pemda', null, true],
    ['evaluator', null, false],
  ] as const)('%s of %s → %s', (role, opd, allowed) => {
    expect(mayApprovePlan(me(role, opd), 'bkpsdm')).toBe(allowed);
  });
});

describe('defaultPair', () => {
  it('compares the newest Perubahan with the version it replaces', () => {
    expect(defaultPair(paser2024)).toEqual({ from: 'D2', to: 'D5' });
  });
  it('falls back to the two newest versions, or nothing with one', () => {
    expect(defaultPair(paser2024.filter((x) => x.id !== 'D5'))).toEqual({ from: 'D3', to: 'D4' });
    expect(defaultPair([v({})])).toBeNull();
  });
});
