import { describe, expect, it } from 'vitest';
import type { Me, Opd, PlanView } from '../api/types.ts';
import { formatPercent, formatRupiah } from '../format.ts';
import { canSee, visibleSections } from './access.ts';
import { summarize } from './dashboard.ts';
import { bySeverity, checkCounts, filterFindings } from './findings.ts';
import { defaultScope, parseYear, scopePath, switchOpd } from './scope.ts';
import { ancestorsOf, buildTree, resolveRef } from './tree.ts';
import { demoPlan } from './test-plans.ts';

const lkjip = demoPlan('kabupaten-paser', 'paser-2024-lkjip.json');
const renja = demoPlan('kabupaten-kutai-kartanegara', 'kukar-2025-renja.json');

describe('summarize (Beranda figures)', () => {
  it.each<[string, PlanView, string, string, string]>([
    // seed 001 Tabel 3.15: 24.914.147.619 / 27.346.788.906 = 91,10 %
    ['LKjIP Paser 2024', lkjip, 'Rp 27.346.788.906', 'Rp 24.914.147.619', '91,10 %'],
  ])('%s: pagu, realisasi, serapan', (_name, plan, pagu, realisasi, serapan) => {
    const s = summarize(plan);
    expect(formatRupiah(s.pagu)).toBe(pagu);
    expect(formatRupiah(s.realisasi)).toBe(realisasi);
    expect(formatPercent(s.serapan)).toBe(serapan);
  });

  it('counts indicators and lists the sasaran', () => {
    const s = summarize(lkjip);
    expect(s.indicatorCount).toBe(68);
    expect(s.sasaran.map((x) => x.id)).toEqual(['S1', 'S2']);
    expect(s.rows.find((r) => r.indicator.id === 'S1.I1')?.indicator.annual.realization).toBe(71.51);
  });

  it.each<[string, (number | null)[], number | null]>([
    ['mean of two sasaran', [100, 95.35], 97.675],
    ['sasaran without capaian left out', [80, null], 80],
    ['none', [null, null], null],
  ])('mean capaian: %s', (_name, values, expected) => {
    const plan: PlanView = {
      ...lkjip,
      indicators: [],
      nodes: lkjip.nodes.filter((n) => n.kind === 'sasaran').map((n, i) => ({ ...n, capaian: values[i] ?? null })),
    };
    expect(summarize(plan).meanCapaian).toBe(expected);
  });

  it('without programs sums the top-most budgeted nodes', () => {
    const plan: PlanView = { ...lkjip, nodes: lkjip.nodes.filter((n) => n.kind !== 'program' && n.kind !== 'sasaran') };
    // the kegiatan then carry the money: 50.000 less than the programs, because kegiatan K1.6
    // stores 7.850.000 where program P1 counts 7.900.000 (the seed's own `sum` finding on K1.6)
    expect(summarize(plan).pagu).toBe(27346738906);
  });
});

describe('tree and refs', () => {
  const tree = buildTree(lkjip);
  it.each([
    ['SK2.1.4', 'SK2.1.4', 'node-SK2_1_4', ['K2.1', 'P2', 'S2', 'T1', 'M2', 'V1']],
    ['S2.I1', 'S2', 'ind-S2_I1', ['T1', 'M2', 'V1']],
  ])('ref %s → node %s, row %s', (ref, nodeId, rowId, ancestors) => {
    const target = resolveRef(lkjip, ref);
    expect(target).toEqual({ nodeId, rowId });
    expect(ancestorsOf(tree, nodeId).slice(0, ancestors.length)).toEqual(ancestors);
  });
  it.each([['D1'], [null], ['nothing']])('ref %s resolves to nothing', (ref) => expect(resolveRef(lkjip, ref)).toBeNull());
  it('has one root (the visi) in the LKjIP and a tree in the Renja', () => {
    expect(tree.roots.map((n) => n.kind)).toEqual(['visi']);
    expect(buildTree(renja).children.size).toBeGreaterThan(3);
  });
});

describe('findings', () => {
  it.each([
    ['', '', 84],
    ['conflict', '', 12],
    ['sum', 'warning', 26],
    ['text', 'error', 0],
  ] as const)('check %s, severity %s → %s', (check, severity, n) => {
    expect(filterFindings(lkjip.findings, { check, severity })).toHaveLength(n);
  });
  it('counts checks, most frequent first', () => {
    expect(checkCounts(lkjip.findings).slice(0, 2)).toEqual([
      { check: 'ratio', count: 33 },
      { check: 'sum', count: 26 },
    ]);
  });
  it('orders errors before warnings before info', () => {
    const f = (severity: 'info' | 'warning' | 'error') => ({ code: severity, check: 'x', severity, ref: null, where: null, printed: null, computed: null, message: '' });
    expect([f('info'), f('error'), f('warning')].sort(bySeverity).map((x) => x.severity)).toEqual(['error', 'warning', 'info']);
  });
});

const me = (roles: Me['roles']): Me => ({ id: 'u', username: 'u', displayName: 'U', pemda: { id: 'p', slug: 'kabupaten-paser', name: 'Kabupaten Paser' }, roles });
const opd = (slug: string, years: number[]): Opd => ({ id: slug, slug, name: slug.toUpperCase(), abbr: null, years });

describe('navigation by role', () => {
  it.each([
    ['admin_opd', ['beranda', 'perencanaan', 'pengukuran', 'pelaporan', 'evaluasi']],
    ['operator', ['beranda', 'perencanaan', 'pengukuran']],
    ['evaluator', ['beranda', 'ringkasan', 'perencanaan', 'pelaporan', 'evaluasi']],
    ['admin_pemda', ['beranda', 'ringkasan', 'perencanaan', 'pengukuran', 'pelaporan', 'evaluasi', 'admin']],
  ] as const)('%s sees %j', (role, sections) => {
    expect(visibleSections(me([{ role, opd: null, unit: null }]))).toEqual(sections);
  });
  it('nobody logged in sees nothing', () => expect(canSee(null, 'beranda')).toBe(false));
});

describe('scope', () => {
  const opds = [opd('dinkes', []), opd('bappeda', [2024]), opd('bkpsdm', [2020, 2024, 2025])];
  it.each([
    ['own OPD, latest year', me([{ role: 'admin_opd', opd: { slug: 'bkpsdm', name: 'BKPSDM' }, unit: null }]), '/p/kabupaten-paser/bkpsdm/2025'],
    ['Pemda-wide role: first OPD with a plan', me([{ role: 'admin_pemda', opd: null, unit: null }]), '/p/kabupaten-paser/bappeda/2024'],
  ])('%s', (_name, user, path) => {
    const s = defaultScope(user, 'kabupaten-paser', opds);
    expect(s && scopePath(s)).toBe(path);
  });
  it('gives null when no OPD has a plan', () => expect(defaultScope(me([]), 'x', [opd('dinkes', [])])).toBeNull());
  it.each([
    [2024, opd('bappeda', [2024]), '/p/kabupaten-paser/bappeda/2024/perencanaan'],
    [2020, opd('bappeda', [2023, 2024]), '/p/kabupaten-paser/bappeda/2024/perencanaan'],
  ])('switching OPD from %s', (year, to, path) => {
    const s = switchOpd({ pemda: 'kabupaten-paser', opd: 'bkpsdm', year }, to);
    expect(s && scopePath(s, 'perencanaan')).toBe(path);
  });
  it.each([
    ['2024', 2024],
    ['24', null],
    ['abcd', null],
    [undefined, null],
  ])('parseYear(%s) = %s', (text, year) => expect(parseYear(text)).toBe(year));
});
