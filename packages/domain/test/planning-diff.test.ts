import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffPlans, scheduleWarnings, type Dataset } from '../src/index.ts';

const renaksi = JSON.parse(readFileSync('/work/shared/fixtures/paser-2025-renaksi-perubahan.json', 'utf8')) as Dataset;
const clone = (d: Dataset): Dataset => JSON.parse(JSON.stringify(d)) as Dataset;

describe('diffPlans: what changed between two versions', () => {
  it('finds nothing between a plan and its copy', () => {
    const d = diffPlans(renaksi, clone(renaksi));
    expect(d.counts).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it.each<[string, (d: Dataset) => void, { entity: string; change: string; period?: string; before?: unknown; after?: unknown }]>([
    [
      'SKM target 82 → 87 (PK vs Tabel 2.4)',
      (d) => {
        const i = d.indicators.find((x) => x.name.startsWith('Indeks Survei Kepuasan'));
        if (i?.targets) i.targets['2025'] = 87;
      },
      { entity: 'target', change: 'changed', period: '2025', before: 82, after: 87 },
    ],
    [
      'pagu of sasaran I lowered',
      (d) => {
        const n = d.nodes.find((x) => x.id === 'S1');
        if (n?.budget) n.budget['2025'] = 10_000_000_000;
      },
      { entity: 'budget', change: 'changed', period: '2025', before: 10_022_791_347, after: 10_000_000_000 },
    ],
    [
      'a month added to the schedule of Nilai SAKIP',
      (d) => {
        const i = d.indicators.find((x) => x.id === 'S1.I1');
        if (i?.targets) delete i.targets['2025-12'];
      },
      { entity: 'target', change: 'removed', period: '2025-12', before: 71.51, after: null },
    ],
  ])('%s', (_, edit, expected) => {
    const after = clone(renaksi);
    edit(after);
    const d = diffPlans(renaksi, after);
    expect(d.values).toHaveLength(1);
    expect(d.values[0]).toMatchObject(expected);
    expect(d.nodes).toEqual([]);
    expect(d.indicators).toEqual([]);
  });

  it('reports indicator text and unit changes with before and after', () => {
    const after = clone(renaksi);
    const i = after.indicators.find((x) => x.id === 'S1.I1');
    if (i) Object.assign(i, { name: 'Nilai SAKIP BKPSDM', unit: 'Nilai' });
    const d = diffPlans(renaksi, after);
    expect(d.indicators).toHaveLength(1);
    expect(d.indicators[0]?.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['name', 'Nilai SAKIP Perangkat Daerah', 'Nilai SAKIP BKPSDM'],
      ['unit', 'Indeks', 'Nilai'],
    ]);
  });

  it('reports added and removed rows with their targets and pagu', () => {
    const after = clone(renaksi);
    after.nodes = after.nodes.filter((n) => n.id !== 'SK1.1.1');
    after.indicators = after.indicators.filter((x) => x.node !== 'SK1.1.1');
    after.nodes.push({ id: 'NEW', kind: 'subkegiatan', parent: 'K1.1', name: 'Sub kegiatan baru', budget: { '2025': 5_000_000 } });
    const d = diffPlans(renaksi, after);
    expect(d.nodes.map((r) => [r.change, r.label])).toEqual([
      ['removed', 'Penyusunan Dokumen Perencanaan Perangkat Daerah'],
      ['added', 'Sub kegiatan baru'],
    ]);
    expect(d.indicators.map((r) => [r.change, r.label])).toEqual([['removed', 'Jumlah Dokumen Perencanaan Perangkat Daerah']]);
    expect(d.values.filter((v) => v.entity === 'budget').map((v) => [v.change, v.before, v.after])).toEqual([
      ['added', null, 5_000_000],
      ['removed', 104_505_292, null],
    ]);
  });

  it('matches rows by code when ids differ (two separately imported plans)', () => {
    const before: Dataset = { ...clone(renaksi), nodes: [{ id: 'A', kind: 'program', name: 'Program X', code: '5.03.01' }], indicators: [] };
    const after: Dataset = { ...clone(renaksi), nodes: [{ id: 'B', kind: 'program', name: 'Program X (ubah)', code: '5.03.01' }], indicators: [] };
    const d = diffPlans(before, after);
    expect(d.nodes.map((r) => [r.change, r.changes.map((c) => c.field)])).toEqual([['changed', ['name']]]);
  });
});

describe('scheduleWarnings: the checker as the user types (seed 000 Tabel 2.4)', () => {
  const byName = (name: string) => renaksi.indicators.find((i) => i.name === name);
  const plan = (names: string[], nodes = renaksi.nodes) => ({
    year: 2025,
    nodes,
    indicators: names.map((n) => byName(n)).filter((i) => i !== undefined),
  });

  it.each<[string, number]>([
    ['Persentase ASN yang mengikuti pendidikan dan pelatihan formal (diklat teknis, fungsional dan sosio kultural)', 0],
    ['Nilai SAKIP Perangkat Daerah', 0],
    ['Jumlah Pengelolaan Kenaikan Pangkat ASN', 1],
    ['Jumlah ASN yang Diberikan Penghargaan', 1],
  ])('%s → %i schedule warning(s)', (name, n) => {
    const w = scheduleWarnings(plan([name], [])).filter((f) => f.check === 'schedule');
    expect(w).toHaveLength(n);
  });

  it('warns while typing: 4 × 250 does not reach 800, and stops when the schedule is fixed', () => {
    const ind = clone(renaksi).indicators.find((i) => i.name === 'Jumlah Pengelolaan Kenaikan Pangkat ASN');
    if (!ind?.targets) throw new Error('fixture');
    const before = scheduleWarnings({ year: 2025, nodes: [], indicators: [ind] });
    expect(before.map((w) => [w.code, w.printed, w.computed])).toEqual([['schedule.aggregate', '800', '1.000']]);
    ind.targets['2025-12'] = 50;
    expect(scheduleWarnings({ year: 2025, nodes: [], indicators: [ind] })).toEqual([]);
  });

  it('warns when the pagu of the children differs from the parent', () => {
    const nodes = [
      { id: 'K', kind: 'kegiatan' as const, name: 'Kegiatan', budget: { '2025': 7_900_000 } },
      { id: 'A', kind: 'subkegiatan' as const, parent: 'K', name: 'A', budget: { '2025': 550_000 } },
      { id: 'B', kind: 'subkegiatan' as const, parent: 'K', name: 'B', budget: { '2025': 7_350_000 } },
    ];
    expect(scheduleWarnings({ year: 2025, nodes, indicators: [] })).toEqual([]);
    nodes[0] = { ...nodes[0], budget: { '2025': 7_500_000 } } as (typeof nodes)[0];
    const w = scheduleWarnings({ year: 2025, nodes, indicators: [] });
    expect(w.map((f) => [f.ref, f.code, f.printed, f.computed])).toEqual([['K', 'sum.budget_children', '7.500.000', '7.900.000']]);
  });
});
