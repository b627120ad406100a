import { describe, expect, it } from 'vitest';
import { applies, displayText, editText, parseCell } from './cells.ts';
import { buildColumns, defaultView, type Column } from './columns.ts';
import { childKindOf, flattenPlan, subtreeOf, type GridRow } from './rows.ts';
import { demoDataset } from './test-plan.ts';

const renaksi = demoDataset('kabupaten-paser', 'paser-2025-renaksi-perubahan.json');
const renja = demoDataset('kabupaten-kutai-kartanegara', 'kukar-2025-renja.json');
const rowsR = flattenPlan(renaksi);
const rowsK = flattenPlan(renja);
const cols = buildColumns('bulan', 2025, renaksi.renstra ?? null);
const col = (key: string, list: readonly Column[] = cols): Column => {
  const c = list.find((x) => x.key === key);
  if (!c) throw new Error(`no column ${key}`);
  return c;
};
const row = (rows: readonly GridRow[], id: string): GridRow => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};

describe('columns per period view', () => {
  it.each([
    ['tahun', ['code', 'name', 'unit', 'polarity', 'aggregation', 'target:2025', 'pagu:2025']],
    ['triwulan', ['code', 'name', 'unit', 'polarity', 'aggregation', 'target:2025', 'target:2025-Q1', 'target:2025-Q2', 'target:2025-Q3', 'target:2025-Q4', 'pagu:2025']],
  ] as const)('%s', (view, keys) => {
    expect(buildColumns(view, 2025, null).map((c) => c.key)).toEqual(keys);
  });

  it('Renstra 2021–2026: a target and a pagu column per year', () => {
    const keys = buildColumns('renstra', 2025, { start: 2021, end: 2026 }).map((c) => c.key);
    expect(keys.filter((k) => k.startsWith('renstra:'))).toEqual(['renstra:2021', 'renstra:2022', 'renstra:2023', 'renstra:2024', 'renstra:2025', 'renstra:2026']);
    expect(keys.filter((k) => k.startsWith('pagu:'))).toHaveLength(6);
  });

  it.each([
    [['2025', '2025-01'], 'bulan'],
    [['2025', '2025-Q2'], 'triwulan'],
    [['2025'], 'tahun'],
  ] as const)('opens %j as %s', (periods, view) => {
    expect(defaultView(periods)).toBe(view);
  });
});

describe('rows: the tree depth first, indicators under their node', () => {
  it('seed 000 starts misi → tujuan → sasaran, its IKU, then the program', () => {
    expect(rowsR.slice(0, 6).map((r) => [r.type, r.id, r.depth])).toEqual([
      ['node', 'M2', 0],
      ['node', 'T1', 1],
      ['node', 'S1', 2],
      ['indicator', 'S1.I1', 3],
      ['node', 'P1', 3],
      ['indicator', 'P1.I1', 4],
    ]);
    expect(rowsR).toHaveLength(renaksi.nodes.length + renaksi.indicators.length);
  });

  it.each([
    [null, 'tujuan'],
    ['tujuan', 'sasaran'],
    ['sasaran', 'program'],
    ['program', 'kegiatan'],
    ['kegiatan', 'subkegiatan'],
    ['subkegiatan', null],
  ] as const)('a child of %s is a %s', (parent, child) => {
    expect(childKindOf(parent)).toBe(child);
  });

  it('deleting kegiatan K1.1 of seed 000 removes its 2 sub kegiatan and 3 indicators', () => {
    expect(subtreeOf(renaksi, 'K1.1')).toEqual({ nodes: 3, indicators: 3 });
  });
});

describe('cells show Indonesian numbers', () => {
  it.each([
    ['S1.I1', 'target:2025', '71,51', '71,51'],
    ['S1.I1', 'polarity', 'Positif', 'Positif'],
    ['S1.I1', 'aggregation', 'Posisi akhir', 'Posisi akhir'],
    ['SK1.1.1.I1', 'target:2025-12', '2', '2'],
    ['P1.I1', 'target:2025-01', '-', '-'],
    ['SK1.2.1', 'pagu:2025', '9.108.695.704', '9.108.695.704'],
    ['S1', 'unit', '', ''],
  ])('%s %s → %s', (id, key, shown, edited) => {
    const r = row(rowsR, id);
    expect(displayText(r, col(key))).toBe(shown);
    expect(editText(r, col(key))).toBe(edited);
  });

  it.each([
    ['S1', 'code', false],
    ['P1', 'code', true],
    ['S1.I1', 'pagu:2025', false],
    ['S1', 'target:2025', false],
    ['S1.I1', 'name', true],
  ])('%s %s applies: %s', (id, key, yes) => {
    expect(applies(row(rowsR, id), col(key))).toBe(yes);
  });
});

describe('parsing what is typed', () => {
  it.each([
    ['S1.I1', 'target:2025', '71,51', 71.51],
    ['S1.I1', 'target:2025', ' 95 % ', 95],
    ['SK1.2.1.I1', 'target:2025', '1.824', 1824],
    ['S1.I1', 'target:2025', 'BB', 'BB'],
    ['S1.I1', 'target:2025', '', null],
    ['SK1.2.1', 'pagu:2025', '18.953.949.068', 18953949068],
    ['SK1.2.1', 'pagu:2025', 'Rp 9.108.695.704,00', 9108695704],
    ['S1.I1', 'polarity', 'negatif', 'negative'],
    ['S1.I1', 'aggregation', 'kumulatif', 'cumulative'],
    ['S1.I1', 'aggregation', 'rata-rata', 'average'],
    ['S1.I1', 'unit', 'Persen', 'Persen'],
  ])('%s %s %j → %j', (id, key, text, value) => {
    expect(parseCell(row(rowsR, id), col(key), text)).toEqual({ ok: true, value });
  });

  it.each([
    ['S1.I1', 'target:2025', '1.824', /ambigu|titik/i],
    ['SK1.2.1', 'pagu:2025', '221.442.00', /./],
    ['SK1.2.1', 'pagu:2025', '1,5', /./],
    ['S1.I1', 'name', '   ', /wajib/],
    ['S1.I1', 'polarity', 'tinggi', /positif, negatif atau rentang/],
  ])('%s %s %j is refused', (id, key, text, message) => {
    const p = parseCell(row(rowsR, id), col(key), text);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.message).toMatch(message);
  });
});

describe('Kepmendagri codes checked as typed (seed 003 codes)', () => {
  const code = buildColumns('tahun', 2025, null)[0] as Column;
  it.each([
    ['P1', '5.03.01', true, ''],
    ['K1.1', '5.03.01.2.01', true, ''],
    ['SK1.1.2', '5.03.01.2.01.0006', true, ''],
    ['SK1.1.2', '5.03.01.2.01.06', true, ''],
    ['K1.1', '5.03.02.2.01', false, 'bukan turunan kode induk 5.03.01'],
    ['K1.1', '5.03.01', false, 'bukan kegiatan'],
    ['SK1.1.2', '1.01.01.02.01.0001', false, 'format kode'],
    ['P1', '', true, ''],
  ])('%s %j → ok %s', (id, text, ok, message) => {
    const p = parseCell(row(rowsK, id), code, text);
    expect(p.ok).toBe(ok);
    if (!p.ok) expect(p.message).toContain(message);
  });
});
