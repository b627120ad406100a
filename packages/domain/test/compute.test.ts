import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeDataset, RULE_PRESETS, roundHalfUp, type Dataset } from '../src/index.ts';

const FIXTURES = ['kukar-2025-renja', 'paser-2020-iku-iki', 'paser-2024-lkjip', 'paser-2025-renaksi-perubahan'] as const;
const load = (name: string): Dataset =>
  JSON.parse(readFileSync(new URL(`../../../../shared/fixtures/${name}.json`, import.meta.url), 'utf8')) as Dataset;

const r2 = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : roundHalfUp(v, 2));

/** The example of the issue: one cumulative indicator with quarterly targets. */
const small: Dataset = {
  format: 'kinerja-dataset/1',
  pemda: { name: 'Kabupaten Contoh' },
  opd: { name: 'Dinas Contoh' },
  year: 2023,
  renstra: { start: 2021, end: 2026 },
  documents: [],
  units: [],
  nodes: [
    { id: 'T1', kind: 'tujuan', parent: null, name: 'Tujuan' },
    { id: 'S1', kind: 'sasaran', parent: 'T1', name: 'Sasaran', budget: { '2023': 1000 }, budget_realization: { '2023': 800 } },
    { id: 'S2', kind: 'sasaran', parent: 'T1', name: 'Tanpa indikator' },
    { id: 'P1', kind: 'program', parent: 'S1', name: 'Program', code: '5.03.01' },
  ],
  indicators: [
    {
      id: 'S1.I1',
      node: 'S1',
      name: 'Jumlah dokumen',
      polarity: 'positive',
      aggregation: 'cumulative',
      targets: { '2023': 100, '2023-Q1': 25, '2023-Q2': 25, '2023-Q3': 25, '2023-Q4': 25 },
      realizations: { '2023-Q1': 20, '2023-Q2': 30, '2023-Q3': 10, '2023-Q4': 20 },
    },
    {
      id: 'S1.I2',
      node: 'S1',
      name: 'Persentase pelanggaran disiplin',
      polarity: 'negative',
      aggregation: 'last',
      targets: { '2023': 2 },
      realizations: { '2023': 1.5 },
    },
    { id: 'P1.I1', node: 'P1', name: 'Indeks', polarity: 'positive', aggregation: 'last', targets: { '2023': 0 }, realizations: { '2023': 5 } },
  ],
};

describe('computeDataset on a small dataset', () => {
  const r = computeDataset(small);
  const i1 = r.indicators.find((i) => i.id === 'S1.I1');
  it('gives period capaian and progress', () => {
    expect(r.rules).toBe('pemda-default');
    expect(i1?.periods['2023-Q1']).toEqual({ target: 25, realization: 20, capaian: 80, progress: 20 });
    expect(i1?.periods['2023-Q2']).toEqual({ target: 50, realization: 50, capaian: 100, progress: 50 });
    expect(Object.keys(i1?.periods ?? {})).toEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4']);
  });
  it('gives the annual figures from the periods, with the band label', () => {
    expect(i1?.annual).toMatchObject({ target: 100, realization: 80, capaian: 80, band: 'Tinggi', status: 'tidak_tercapai' });
  });
  it('applies negative polarity and the zero-target rule', () => {
    expect(r.indicators.find((i) => i.id === 'S1.I2')?.annual.capaian).toBe(125);
    expect(r.indicators.find((i) => i.id === 'P1.I1')?.annual).toMatchObject({ capaian: null, band: null, status: 'tercapai' });
  });
  it('rolls indicators up to their node and lists only nodes with indicators below them', () => {
    expect(r.nodes.map((n) => n.id)).toEqual(['T1', 'S1', 'P1']);
    expect(r.nodes.find((n) => n.id === 'S1')).toEqual({ id: 'S1', kind: 'sasaran', capaian: 102.5, band: 'Sangat Tinggi', absorption: 80 });
    expect(r.nodes.find((n) => n.id === 'T1')).toEqual({ id: 'T1', kind: 'tujuan', capaian: null, band: null });
    expect(r.nodes.find((n) => n.id === 'P1')?.capaian).toBeNull();
  });
  it('merges realisations given by the caller over the dataset', () => {
    const merged = computeDataset(small, { realizations: { 'S1.I1': { '2023-Q4': 40 } } });
    expect(merged.indicators.find((i) => i.id === 'S1.I1')?.annual.capaian).toBe(100);
    expect(computeDataset(small, { rules: RULE_PRESETS['legacy-renja'] }).rules).toBe('legacy-renja');
  });
});

describe('computeDataset on the four fixtures', () => {
  it.each(FIXTURES)('%s runs and yields one entry per indicator', (name) => {
    const d = load(name);
    const r = computeDataset(d);
    expect(r.indicators).toHaveLength(d.indicators.length);
    expect(r.year).toBe(d.year);
    expect(r.nodes.length).toBeGreaterThan(0);
    for (const preset of Object.values(RULE_PRESETS)) expect(() => computeDataset(d, { rules: preset })).not.toThrow();
  });

  const lkjip = computeDataset(load('paser-2024-lkjip'));
  const find = (id: string) => lkjip.indicators.find((i) => i.id === id);
  it('paser-2024: merit 246,5 / 250 = 98.6 (printed 98,60)', () => {
    expect(find('S2.I1')?.annual.capaian).toBe(98.6);
    expect(find('S2.I1')?.annual.band).toBe('Sangat Tinggi');
  });
  it.each([
    ['S2.I2', 103.26],
    ['S2.I3', 100],
    ['S1.I1', 100],
    ['S2.I4', 102.03],
  ])('paser-2024: %s annual capaian %d', (id, expected) => {
    expect(r2(find(id)?.annual.capaian)).toBe(expected);
  });
  it('paser-2024: sasaran I serapan 10.071.435.231 / 11.243.148.006 = 89,58 %', () => {
    expect(r2(lkjip.nodes.find((n) => n.id === 'S1')?.absorption)).toBe(89.58);
  });

  const renja = computeDataset(load('kukar-2025-renja'), { rules: RULE_PRESETS['legacy-renja'] });
  const kukar = computeDataset(load('kukar-2025-renja'));
  it('kukar: T-C.29 progres TW II 2024 recomputes (60,00; 106,37)', () => {
    expect(r2(kukar.indicators.find((i) => i.id === 'K1.1.I1')?.periods['2024-Q2']?.progress)).toBe(60);
    expect(r2(kukar.indicators.find((i) => i.id === 'T1.I1')?.periods['2024-Q2']?.progress)).toBe(106.37);
  });
  it('kukar: IP ASN against the Renstra, legacy average 71,60 vs default 93,08 (for 2025, no 2025 data yet)', () => {
    expect(r2(kukar.indicators.find((i) => i.id === 'T1.I1')?.renstra.capaian)).toBe(93.08);
    expect(r2(renja.indicators.find((i) => i.id === 'T1.I1')?.renstra.capaian)).toBe(71.6);
  });
});
