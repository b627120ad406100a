/** Check families `ratio`, `conflict`, `code`, `duplicate`, `unit` and `completeness`, on small datasets with the seeds' numbers. */
import { describe, expect, it } from 'vitest';
import type { Dataset, DatasetIndicator } from '../src/dataset.ts';
import { checkDataset } from '../src/checker/index.ts';
import { datasetOf, found, ind, node } from './checker-builders.ts';

const ds = datasetOf('Kabupaten Kutai Kartanegara');
const one = (i: Partial<DatasetIndicator>): Dataset => ds({ indicators: [ind('X.I1', i)] });

describe('ratio: printed capaian, progress, Renstra capaian', () => {
  it.each([
    { name: '95 / 92 = 103,26', i: { targets: { '2024': 92 }, realizations: { '2024': 95 }, printed: { capaian: { '2024': 103.26 } } }, want: [] },
    { name: '81,62 / 80 = 102,03, printed 101,15', i: { targets: { '2024': 80 }, realizations: { '2024': 81.62 }, printed: { capaian: { '2024': 101.15 } } }, want: ['ratio.capaian'] },
    { name: '114 for 114,65 (truncated to an integer)', i: { targets: { '2024': 85 }, realizations: { '2024': 97.45 }, printed: { capaian: { '2024': 114 } } }, want: ['ratio.capaian'] },
    { name: '71 / 75 = 94,666… printed 94,66 (truncated at two decimals)', i: { targets: { '2024': 75 }, realizations: { '2024': 71 }, printed: { capaian: { '2024': 94.66 } } }, want: [] },
    { name: 'negative polarity: T 2, R 1,5 → 125 (2T − R)/T', i: { polarity: 'negative', targets: { '2024': 2 }, realizations: { '2024': 1.5 }, printed: { capaian: { '2024': 125 } } }, want: [] },
    { name: 'negative polarity: T 2, R 1,5 → 133,33 (T/R)', i: { polarity: 'negative', targets: { '2024': 2 }, realizations: { '2024': 1.5 }, printed: { capaian: { '2024': 133.33 } } }, want: [] },
    { name: 'negative polarity printed 110', i: { polarity: 'negative', targets: { '2024': 2 }, realizations: { '2024': 1.5 }, printed: { capaian: { '2024': 110 } } }, want: ['ratio.capaian'] },
    {
      name: 'inputs of the same place: 92 / 90 = 102 in the text that prints 92',
      i: { targets: { '2024': 90 }, realizations: { '2024': 90 }, printed: { capaian: { '2024': { 'Bab III 3.1 text': 102 } } }, alternatives: [{ field: 'realizations.2024', value: 92, source: 'Bab III 3.1 text' }] },
      want: [],
    },
    { name: 'same figure without the place input: 90 / 90 ≠ 102', i: { targets: { '2024': 90 }, realizations: { '2024': 90 }, printed: { capaian: { '2024': { 'Bab III 3.1 text': 102 } } } }, want: ['ratio.capaian'] },
    { name: 'progress 74,46 / 70 = 106,37', i: { targets: { '2024': 70 }, realizations: { '2024-Q2': 74.46 }, printed: { progress: { '2024-Q2': 106.37 } } }, want: [] },
    { name: 'progress 75 / 87 = 86,21, printed 85,77', i: { targets: { '2024': 87 }, realizations: { '2024-Q2': 75 }, printed: { progress: { '2024-Q2': 85.77 } } }, want: ['ratio.progress'] },
    {
      name: 'IP ASN legacy mean 57,28 / 80 = 71,60 (seed 003)',
      i: {
        renstra_targets: { '2022': 61, '2023': 65, '2024': 70, '2025': 75, '2026': 80 }, realizations: { '2022': 42.45, '2023': 54.94, '2024-Q2': 74.46 },
        printed: { renstra_realization: { '2024': { 'T-C.29': 57.28 } }, renstra_capaian: { '2024': { 'T-C.29': 71.6 } }, renstra_end_target: { '2026': { 'T-C.29': 80 } } },
      },
      want: [],
    },
    {
      name: 'Nilai SAKIP col 17 84,09 is neither 75 nor 84,21',
      i: { renstra_targets: { '2026': 89 }, realizations: { '2022': 84.94, '2023': 92.7, '2024-Q2': 75 }, printed: { renstra_realization: { '2024': 84.09 } } },
      want: ['ratio.renstra_realization'],
    },
    { name: 'Renstra capaian 71,51 / 75 = 95,35, printed 94,66', i: { renstra_targets: { '2026': 75 }, realizations: { '2024': 71.51 }, printed: { renstra_capaian: { '2024': 94.66 } } }, want: ['ratio.renstra_capaian'] },
  ] as { name: string; i: Partial<DatasetIndicator>; want: string[] }[])('$name', ({ i, want }) =>
    expect(found(one(i), 'ratio').map((f) => f.split(' ')[0])).toEqual(want));
});

describe('ratio: absorption, averages and efficiency', () => {
  const program = (printed: number) =>
    ds({ nodes: [node('P2', 'program', null, { budget: { '2024': 11149647100 }, budget_realization: { '2024': 10078987635 }, printed: { absorption: { '2024': printed } } })] });
  it('absorption 10.078.987.635 / 11.149.647.100 = 90,40 (seed 001 Tabel 3.19 vs 3.15)', () => {
    expect(found(program(90.4), 'ratio')).toEqual([]);
    expect(found(program(85.13), 'ratio')).toEqual(['ratio.absorption P2']);
  });
  it('absorption uses the totals the same place prints (Tabel 3.15: 7.781.600 / 7.500.000)', () => {
    const d = ds({
      nodes: [node('K1.6', 'kegiatan', null, {
        budget: { '2024': 7850000 }, budget_realization: { '2024': 7500000 },
        printed: {
          budget_total: { '2024': { 'Tabel 3.15': 7500000 } }, budget_realization_total: { '2024': { 'Tabel 3.15': 7781600 } },
          absorption: { '2024': { 'Tabel 3.15': 98.5, 'Tabel 3.19': 95.54 } },
        },
      })],
    });
    expect(checkDataset(d).filter((f) => f.check === 'ratio').map((f) => [f.where.split(',')[0], f.computed])).toEqual([['Tabel 3.15', '103,75']]);
  });
  const sasaran = (avg: number, eff: number, avgEff: number) =>
    ds({
      nodes: [
        node('S1', 'sasaran', null, { printed: { absorption: { '2024': { 'Tabel 3.16': 89.58 } }, average_renstra_capaian: { '2024': { 'Tabel 3.16': 95.66 } }, efficiency: { '2024': { 'Tabel 3.16': eff } } } }),
        node('S2', 'sasaran', null, { printed: { efficiency: { '2024': { 'Tabel 3.16': 1.128 } } } }),
      ],
      indicators: [
        ind('A.I1', { targets: { '2024': 71 }, realizations: { '2024': 71 } }),
        ind('A.I2', { targets: { '2024': 250 }, realizations: { '2024': 246.5 } }),
        ind('A.I3', { targets: { '2024': 92 }, realizations: { '2024': 95 } }),
      ],
      evaluations: {
        averages: [{ id: 'AVG', indicators: ['A.I1', 'A.I2', 'A.I3'], printed: { average_capaian: { '2024': avg } } }],
        efficiency: { id: 'EFF', rows: [{ node: 'S1' }, { node: 'S2' }], printed: { average_efficiency: { '2024': avgEff } } },
      },
    });
  it.each([
    { name: 'mean 100,62; 95,66 / 89,58 = 1,068; (1,067 + 1,128) / 2 = 1,0975', d: sasaran(100.62, 1.067, 1.1), want: [] },
    { name: 'printed 105, 1,2 and 1,12 (seed 001)', d: sasaran(105, 1.2, 1.12), want: ['ratio.efficiency S1', 'ratio.average_capaian AVG', 'ratio.average_efficiency EFF'] },
  ])('$name', ({ d, want }) => expect(found(d, 'ratio')).toEqual(want));
});

describe('conflict', () => {
  it.each([
    { name: 'SKM target 82 vs 87 in Tabel 2.4 (seed 000)', alt: { field: 'targets.2025', value: 87, source: 'Tabel 2.4' }, want: ['conflict.alternative X.I1'] },
    { name: 'the same value elsewhere', alt: { field: 'targets.2025', value: 82, source: 'Tabel 2.4' }, want: [] },
    { name: 'a value in another unit is a unit finding, not a conflict', alt: { field: 'targets.2025', value: 87, source: 'T-C.33', unit: 'Orang' }, want: [] },
    { name: 'a field that is not stored', alt: { field: 'targets.2026', value: 87, source: 'T-C.33' }, want: [] },
  ])('$name', ({ alt, want }) => expect(found(one({ unit: 'Indeks', targets: { '2025': 82 }, alternatives: [alt] }), 'conflict')).toEqual(want));

  it('text is compared ignoring case (predikat BB vs B, BB vs bb)', () => {
    const akip = (value: string) => ds({ evaluations: { akip: { id: 'AKIP', predikat: { '2023': 'BB' }, alternatives: [{ field: 'predikat.2023', value, source: 'Tabel 3.5' }] } } });
    expect(found(akip('B'), 'conflict')).toEqual(['conflict.alternative AKIP']);
    expect(found(akip('bb'), 'conflict')).toEqual([]);
  });
});

describe('code', () => {
  const tree = (kegiatan: string, sub: string, pemda = 'Kabupaten Kutai Kartanegara') =>
    ds({
      pemda: { name: pemda },
      nodes: [
        node('P1', 'program', null, { code: '5.03.01' }),
        node('K1', 'kegiatan', 'P1', { code: kegiatan }),
        node('SK1', 'subkegiatan', 'K1', { code: sub }),
      ],
    });
  it.each([
    { name: '050-5889 codes that extend their parents', d: tree('5.03.01.2.01', '5.03.01.2.01.0001'), want: [] },
    { name: 'legacy 2-digit sub kegiatan (seed 003) is a printed form', d: tree('5.03.01.2.01', '5.03.01.2.01.06'), want: [] },
    { name: 'kegiatan segment written 02', d: tree('5.03.01.2.01', '1.01.01.02.01.0001'), want: ['code.format SK1'] },
    { name: 'sub kegiatan under another kegiatan', d: tree('5.03.01.2.01', '5.03.01.2.02.0001'), want: ['code.parent SK1'] },
    { name: 'provinsi digit 1 in a kabupaten', d: tree('5.03.01.1.01', '5.03.01.1.01.0001'), want: ['code.level K1', 'code.level SK1'] },
    { name: 'digit 1 in a provinsi', d: tree('5.03.01.1.01', '5.03.01.1.01.0001', 'Provinsi Kalimantan Timur'), want: [] },
  ])('$name', ({ d, want }) => expect(found(d, 'code')).toEqual(want));
});

describe('duplicate', () => {
  it('the same program printed three times is reported on every member (seed 000 P2A/P2B/P2C)', () => {
    const d = ds({
      nodes: [
        node('S2', 'sasaran', null),
        node('P2A', 'program', 'S2', { name: 'Program Kepegawaian Daerah', unit: 'U2' }),
        node('P2B', 'program', 'S2', { name: 'Program Kepegawaian Daerah', unit: 'U3' }),
        node('P2C', 'program', 'S2', { name: 'Program  kepegawaian daerah', unit: 'U4' }),
        node('P3', 'program', 'S2', { name: 'Program Pengembangan Sumber Daya Manusia' }),
      ],
    });
    expect(found(d, 'duplicate')).toEqual(['duplicate.node P2A', 'duplicate.node P2B', 'duplicate.node P2C']);
  });
  it('IKI rows repeat only within one position (unit); indicator names only across nodes', () => {
    const d = ds({
      nodes: [
        node('U4.1-2', 'iki', null, { name: 'Tersusunnya dokumen penilaian kinerja', unit: 'U4.1' }),
        node('U4.1-3', 'iki', null, { name: 'Tersusunnya dokumen penilaian kinerja', unit: 'U4.1' }),
        node('U3-2', 'iki', null, { name: 'Terselenggaranya pembinaan', unit: 'U3' }),
        node('U4-2', 'iki', null, { name: 'Terselenggaranya pembinaan', unit: 'U4' }),
      ],
      indicators: [
        ind('U3-2.I1', { node: 'U3-2', name: 'Cakupan pegawai yang mendapatkan layanan' }),
        ind('U4-2.I1', { node: 'U4-2', name: 'Cakupan pegawai yang mendapatkan layanan' }),
        ind('U4.1-2.I1', { node: 'U4.1-2', name: 'Jumlah SKP' }),
        ind('U4.1-2.I2', { node: 'U4.1-2', name: 'Jumlah SKP' }),
      ],
    });
    expect(found(d, 'duplicate')).toEqual([
      'duplicate.node U4.1-2', 'duplicate.node U4.1-3', 'duplicate.indicator U3-2.I1', 'duplicate.indicator U4-2.I1',
    ]);
  });
  it('a code used twice', () => {
    const d = ds({ nodes: [node('K1', 'kegiatan', null, { code: '5.03.01.2.01' }), node('K2', 'kegiatan', null, { code: '5.03.01.2.01' })] });
    expect(found(d, 'duplicate')).toEqual(['duplicate.code K1', 'duplicate.code K2']);
  });
});

describe('unit', () => {
  it.each([
    { name: '"Jumlah Paket Mebel" in Unit (seed 000)', i: { name: 'Jumlah Paket Mebel yang Disediakan', unit: 'Unit' }, want: ['unit.name'] },
    { name: '"Jumlah Dokumen …" in Laporan', i: { name: 'Jumlah Dokumen Hasil Evaluasi', unit: 'Laporan' }, want: ['unit.name'] },
    { name: '"Jumlah ASN …" in Orang', i: { name: 'Jumlah ASN yang Diberikan Penghargaan', unit: 'Orang' }, want: [] },
    { name: '"Jumlah Orang …" in Orang/Bulan', i: { name: 'Jumlah Orang yang Menerima Gaji', unit: 'Orang/Bulan' }, want: [] },
    { name: '"Persentase …" in Orang', i: { name: 'Persentase ASN berkinerja baik', unit: 'Orang' }, want: ['unit.name'] },
    { name: '"Persentase …" in Persen', i: { name: 'Persentase ASN berkinerja baik', unit: 'Persen' }, want: [] },
    { name: '"Jumlah …" in %', i: { name: 'Jumlah ASN yang dinilai', unit: '%' }, want: ['unit.name'] },
    { name: 'a 2026 target printed in PNS for an ASN indicator (seed 003)', i: { name: 'Jumlah PNS yang mengikuti', unit: 'ASN', alternatives: [{ field: 'targets.2026', value: 360, source: 'T-C.33', unit: 'PNS' }] }, want: ['unit.alternative'] },
    { name: 'the same unit in another case', i: { name: 'Jumlah laporan', unit: 'Laporan', alternatives: [{ field: 'targets.2026', value: 12, source: 'T-C.33', unit: 'laporan' }] }, want: [] },
  ] as { name: string; i: Partial<DatasetIndicator>; want: string[] }[])('$name', ({ i, want }) =>
    expect(found(one(i), 'unit').map((f) => f.split(' ')[0])).toEqual(want));
});

describe('completeness (info, not a contradiction)', () => {
  it('lists what an indicator lacks', () => {
    const bare: DatasetIndicator = { id: 'X.I1', node: 'S1', name: 'Indeks Profesionalitas ASN', targets: { '2024': '-' } };
    const findings = checkDataset(ds({ indicators: [bare] })).filter((f) => f.check === 'completeness');
    expect(findings.map((f) => `${f.code} ${f.severity}`)).toEqual([
      'completeness.unit info', 'completeness.target info', 'completeness.polarity info', 'completeness.aggregation info',
    ]);
    expect(found(one({ targets: { '2024': 71 } }), 'completeness')).toEqual([]);
  });
  it('an uncoded sub kegiatan among coded ones is a draft row (seed 003 T-C.33)', () => {
    const d = ds({ nodes: [node('SK1', 'subkegiatan', null, { code: '5.03.01.2.07.11' }), node('SK2', 'subkegiatan', null)] });
    expect(found(d, 'completeness')).toEqual(['completeness.code SK2']);
  });
});
