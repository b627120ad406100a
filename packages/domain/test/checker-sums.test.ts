/** Check families `sum` (money roll-ups, profile/evaluation entries, Renstra columns) and `schedule`, on small datasets with the seeds' numbers. */
import { describe, expect, it } from 'vitest';
import type { Dataset, DatasetIndicator } from '../src/dataset.ts';
import { checkDataset } from '../src/checker/index.ts';
import { datasetOf, found, ind, node } from './checker-builders.ts';

const ds = datasetOf('Kabupaten Paser');

describe('sum: money roll-ups', () => {
  const k16 = (sk2: number): Dataset =>
    ds({
      nodes: [
        node('K1.6', 'kegiatan', null, { budget: { '2024': 7850000 } }),
        node('SK1.6.1', 'subkegiatan', 'K1.6', { budget: { '2024': 550000 } }),
        node('SK1.6.2', 'subkegiatan', 'K1.6', { budget: { '2024': sk2 } }),
      ],
    });
  it.each([
    { name: 'kegiatan pagu 7.850.000 vs 550.000 + 7.350.000 (seed 001 Tabel 1.6)', d: k16(7350000), want: ['sum.budget_children K1.6'] },
    { name: 'kegiatan pagu equal to its children', d: k16(7300000), want: [] },
    {
      name: 'OPD pagu 10.022.791.347 + 8.931.157.721 = 18.953.949.068 (seed 000)',
      d: ds({
        nodes: [
          node('T1', 'tujuan', null, { budget: { '2025': 18953949068 } }),
          node('S1', 'sasaran', 'T1', { budget: { '2025': 10022791347 } }),
          node('S2', 'sasaran', 'T1', { budget: { '2025': 8931157721 } }),
        ],
      }),
      want: [],
    },
    {
      name: 'a missing child realisation is not zero',
      d: ds({
        nodes: [
          node('K1.4', 'kegiatan', null, { budget: { '2024': 44964000 }, budget_realization: { '2024': 41679995 } }),
          node('SK1.4.1', 'subkegiatan', 'K1.4', { budget: { '2024': 44964000 } }),
        ],
      }),
      want: [],
    },
  ])('$name', ({ d, want }) => expect(found(d, 'sum')).toEqual(want));

  const total = (p2Printed: boolean): Dataset =>
    ds({
      nodes: [
        node('P1', 'program', null, { budget: { '2024': 11243148006 } }),
        node('P2', 'program', null, {
          budget: { '2024': 11149647100 },
          ...(p2Printed ? { printed: { budget_total: { '2024': { 'Tabel 1.6': 16103640900 } } } } : {}),
        }),
        node('P3', 'program', null, { budget: { '2024': 4953993800 } }),
      ],
      profile: {
        finance: {
          totals: {
            id: 'FIN-TOTAL', parts: ['P1', 'P2', 'P3'], budget: { '2024': 27346788906 },
            printed: { budget_total: { '2024': { 'Tabel 1.6': 27346788906 } } },
          },
        },
      },
    });
  it('a printed total is summed from the parts as the same place prints them (seed 001 Tabel 1.6)', () => {
    expect(found(total(true), 'sum')).toEqual(['sum.budget_total FIN-TOTAL']);
    expect(checkDataset(total(true)).find((f) => f.ref === 'FIN-TOTAL')?.computed).toBe('32.300.782.706');
    expect(found(total(false), 'sum')).toEqual([]);
  });

  it('a part the place does not print is left out of that place total (seed 001 Tabel 3.19 without K1.4)', () => {
    const d = ds({
      nodes: [
        node('P1', 'program', null, { budget: { '2024': 300 }, printed: { budget_total: { '2024': { 'Tabel 3.19': 300 } } } }),
        node('K1', 'kegiatan', 'P1', { budget: { '2024': 200 }, printed: { absorption: { '2024': { 'Tabel 3.19': 50 } } } }),
        node('K2', 'kegiatan', 'P1', { budget: { '2024': 100 }, printed: { absorption: { '2024': { 'Tabel 3.15': 50 } } } }),
      ],
    });
    expect(checkDataset(d).filter((f) => f.check === 'sum').map((f) => [f.code, f.computed])).toEqual([
      ['sum.budget_total', '200'],
    ]);
  });

  it('finance rows add up to their parent row (seed 001 Tabel 3.18: 22.644.434.619 + 2.198.333.000)', () => {
    const rows = (daerah: number) => [
      { id: 'FIN-DAERAH', label: 'BELANJA DAERAH', budget_realization: { '2024': daerah } },
      { id: 'FIN-OPERASI', parent: 'FIN-DAERAH', budget_realization: { '2024': 22644434619 } },
      { id: 'FIN-MODAL', parent: 'FIN-DAERAH', budget_realization: { '2024': 2198333000 } },
    ];
    expect(found(ds({ profile: { finance: { rows: rows(24914147619) } } }), 'sum')).toEqual([
      'sum.budget_realization_children FIN-DAERAH',
    ]);
    expect(found(ds({ profile: { finance: { rows: rows(24842767619) } } }), 'sum')).toEqual([]);
  });
});

describe('sum: profile and evaluation entries', () => {
  const staff = (printedTotal: number, golIII: number) =>
    ds({
      profile: {
        staff: {
          id: 'STAFF',
          by_golongan: {
            id: 'STAFF-GOL',
            rows: [
              { id: 'G4', male: 3, female: 0, total: 3 },
              { id: 'G3', male: 15, female: 7, total: golIII },
            ],
            printed: { count_total: { '2024': printedTotal } },
          },
          needs: {
            id: 'STAFF-NEED',
            rows: [
              { id: 'N1', needed: 1, in_post: 1, gap: '-' },
              { id: 'N6', needed: 14, in_post: 7, gap: 7 },
            ],
            printed: { needed_total: { '2024': 15 }, gap_total: { '2024': 7 } },
          },
        },
      },
    });
  it.each([
    { name: 'consistent staff tables', d: staff(25, 22), want: [] },
    { name: 'row total 23 vs 15 + 7 (seed 001 Tabel 1.2)', d: staff(26, 23), want: ['sum.count_total STAFF-GOL', 'sum.row_total G3'] },
    { name: 'printed total 44 vs rows 25', d: staff(44, 22), want: ['sum.count_total STAFF-GOL'] },
  ])('$name', ({ d, want }) => expect(found(d, 'sum')).toEqual(want));

  it('score_total, shortfall and node_count (seed 001 Tabel 3.12, Bab III 3.7, Bab II 2.6)', () => {
    const d = (score2023: number, shortfall: number, count: number) =>
      ds({
        nodes: [node('K1', 'kegiatan', null), node('K2', 'kegiatan', null)],
        evaluations: {
          akip: {
            id: 'AKIP',
            components: [{ scores: { '2023': 26.97 } }, { scores: { '2023': 16.93 } }, { scores: { '2023': 10.1 } }, { scores: { '2023': 17.5 } }],
            printed: { score_total: { '2023': score2023 } },
          },
          merit: { aspects: [{ id: 'MERIT-III', score: 52.5, max: 90, printed: { shortfall: { '2024-S2': shortfall } } }] },
        },
        profile: { node_counts: [{ id: 'COUNT-KEGIATAN', kind: 'kegiatan', printed: { node_count: { '2024': count } } }] },
      });
    expect(found(d(71.5, 37.5, 2), 'sum')).toEqual([]);
    const bad = checkDataset(d(71.51, 40, 13)).filter((f) => f.check === 'sum');
    expect(bad.map((f) => `${f.code} ${f.ref} ${f.severity}`)).toEqual([
      'sum.score_total AKIP info',
      'sum.shortfall MERIT-III warning',
      'sum.node_count COUNT-KEGIATAN warning',
    ]);
  });
});

describe('sum: Renstra columns (seed 003 T-C.29)', () => {
  const k11 = (col10: number, col11: number) =>
    ds({
      indicators: [
        ind('K1.1.I1', {
          unit: 'Dokumen', aggregation: 'cumulative', baseline: { '2021': 110 },
          renstra_targets: { '2022': 24, '2023': 23, '2024': 24, '2025': 23, '2026': 23 },
          realizations: { '2022': 19, '2023': 20, '2024-Q2': 6 }, targets: { '2024': 10 },
          printed: {
            renstra_end_target: { '2026': { 'T-C.29': col10 } },
            renstra_realization: { '2022': { 'T-C.29': col11 }, '2024': { 'T-C.29': col11 + 26 } },
          },
        }),
      ],
    });
  it.each([
    { name: 'col 10 = 110 + 117, col 11 = 110 + 19, col 17 = col 11 + 20 + 6', d: k11(227, 129), want: [] },
    { name: 'col 10 = 12 (neither 117 nor 227)', d: k11(12, 129), want: ['sum.renstra_end_target K1.1.I1'] },
    { name: 'col 11 = 153 vs 19 or 129', d: k11(227, 153), want: ['sum.renstra_realization K1.1.I1'] },
  ])('$name', ({ d, want }) => expect(found(d, 'sum')).toEqual(want));
});

describe('schedule', () => {
  const months = (values: (number | string)[]) =>
    Object.fromEntries(values.map((v, i) => [`2025-${String(i + 1).padStart(2, '0')}`, v]));
  const q = (a: number, b: number, c: number, d: number) => ({ '2025-03': a, '2025-06': b, '2025-09': c, '2025-12': d });
  it.each([
    { name: 'cumulative 10 + 25 + 30 + 30 = 95', i: { aggregation: 'cumulative', targets: { '2025': 95, ...q(10, 25, 30, 30) } }, want: [] },
    { name: 'cumulative 4 × 250 = 1000 vs 800', i: { aggregation: 'cumulative', targets: { '2025': 800, ...q(250, 250, 250, 250) } }, want: ['schedule.aggregate'] },
    { name: 'last: 71,51 every month', i: { aggregation: 'last', targets: { '2025': 71.51, ...months(Array(12).fill(71.51)) } }, want: [] },
    { name: 'last: 658 vs December 50', i: { aggregation: 'last', targets: { '2025': 658, ...q(42, 50, 50, 50) } }, want: ['schedule.aggregate'] },
    { name: 'average of quarters 81,775 vs 81,62', i: { aggregation: 'average', realizations: { '2024': 81.62, '2024-Q1': 80.8, '2024-Q2': 80.8, '2024-Q3': 80.8, '2024-Q4': 84.7 } }, want: ['schedule.aggregate'] },
    { name: 'average of quarters 81,775 printed 81,78', i: { aggregation: 'average', realizations: { '2024': 81.78, '2024-Q1': 80.8, '2024-Q2': 80.8, '2024-Q3': 80.8, '2024-Q4': 84.7 } }, want: [] },
    { name: 'no month scheduled for an annual 2', i: { aggregation: 'cumulative', targets: { '2025': 2, ...months(Array(12).fill('-')) } }, want: ['schedule.empty'] },
    { name: 'a 13th cell', i: { aggregation: 'last', targets: { '2025': 85, ...months(Array(12).fill(85)) }, schedule_overflow: [85] }, want: ['schedule.overflow'] },
    { name: 'a 13th cell printed "-"', i: { aggregation: 'last', targets: { '2025': 85, ...months(Array(12).fill(85)) }, schedule_overflow: ['-'] }, want: [] },
  ] as { name: string; i: Partial<DatasetIndicator>; want: string[] }[])('$name', ({ i, want }) => {
    const findings = checkDataset(ds({ indicators: [ind('X.I1', i)] })).filter((f) => f.check === 'schedule');
    expect(findings.map((f) => f.code)).toEqual(want);
  });
});
