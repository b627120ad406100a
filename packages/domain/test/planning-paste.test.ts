import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapPaste, suggestField, parseTsv, type Dataset, type PasteField } from '../src/index.ts';

const fixture = (name: string) => readFileSync(new URL(`./planning-fixtures/${name}`, import.meta.url), 'utf8');
const tabel24 = fixture('seed000-tabel-2-4.tsv');
const tc33 = fixture('seed003-tc33.tsv');
const renaksi = JSON.parse(readFileSync('/work/shared/fixtures/paser-2025-renaksi-perubahan.json', 'utf8')) as Dataset;

describe('suggestField: header names as SAKIP tables print them', () => {
  it.each<[string, PasteField]>([
    ['No.', 'no'],
    ['Kode', 'code'],
    ['Sasaran Strategis/Program/Kegiatan/Sub Kegiatan', 'name'],
    ['Program / Kegiatan', 'name'],
    ['Indikator Kinerja', 'indicator'],
    ['Target Kinerja / Satuan', 'unit'],
    ['Target Kinerja / Target', 'target'],
    ['Anggaran Perubahan', 'budget'],
    ['Pagu', 'budget'],
    ['Penanggung Jawab', 'responsible'],
    ['PJ', 'responsible'],
    ['Rencana Aksi Perubahan', 'action'],
    ['Jadwal Kegiatan / I / 1', 'm01'],
    ['Jadwal Kegiatan / IV / 12', 'm12'],
    ['Januari', 'm01'],
    ['Des', 'm12'],
    ['TW I', 'q1'],
    ['Triwulan III', 'q3'],
    ['Target / TW IV', 'q4'],
    ['Rencana Tahun 2025 / Sumber Dana', 'funding'],
    ['Rencana Tahun 2025 / Lokasi', 'location'],
    ['Rencana Tahun 2025 / Kebutuhan Dana / Pagu Indikatif', 'budget'],
    ['Prakiraan Maju Rencana Tahun 2026 / Target Capaian Kinerja', 'target_next'],
    ['Prakiraan Maju Rencana Tahun 2026 / Kebutuhan Dana/Pagu Indikatif', 'budget_next'],
    ['Catatan Penting', 'note'],
    ['Foto', 'ignore'],
  ])('%s → %s', (label, field) => {
    expect(suggestField(label)).toBe(field);
  });
});

describe('parseTsv: what Word and Excel put on the clipboard', () => {
  it.each<[string, string[][]]>([
    ['a\tb\r\nc\td', [['a', 'b'], ['c', 'd']]],
    ['"Nilai\nSAKIP"\t71,51', [['Nilai SAKIP', '71,51']]],
    ['"a ""b"""\t  x  \u00a0', [['a "b"', 'x']]],
    ['  Persen \t 1.000,00 ', [['Persen', '1.000,00']]],
  ])('%j', (text, rows) => {
    expect(parseTsv(text)).toEqual(rows);
  });
});

describe('mapPaste: seed 000 Tabel 2.4 (Rencana Aksi Perubahan 2025)', () => {
  const r = mapPaste(tabel24, { year: 2025 });

  it('merges the three header rows and maps every column', () => {
    expect(r.headerRows).toBe(4);
    expect(r.columns.map((c) => c.field)).toEqual([
      'no', 'name', 'indicator', 'target', 'unit', 'action', 'budget', 'responsible',
      'm01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12',
    ]);
    expect(r.columns[10]?.header).toBe('Jadwal Kegiatan / I / 3');
  });

  it.each<[number, string, string, number | null, number | null]>([
    [5, 'total', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Paser', null, 18_953_949_068],
    [6, 'sasaran', 'Meningkatnya Akuntabilitas Kinerja Perangkat Daerah', 71.51, 10_022_791_347],
    [7, 'program', 'Program Penunjang urusan Pemerintah Daerah Lainnya', 87, 10_022_791_347],
    [8, 'kegiatan', 'Perencanaan, penganggaran dan Evaluasi Kinerja Perangkat Daerah', 100, 178_029_166],
    [9, 'subkegiatan', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 16, 104_505_292],
    [46, 'sasaran', 'Meningkatnya Kualitas Tata Kelola Manajemen ASN', 250, 8_931_157_721],
    [47, 'indicator', '', 87, null],
  ])('line %i is a %s: %s, target %s, pagu %s', (line, kind, name, target, budget) => {
    const row = r.rows.find((x) => x.row === line);
    expect(row?.kind).toBe(kind);
    expect(row?.name ?? '').toBe(name);
    expect(row?.target).toBe(target);
    expect(row?.budget).toBe(budget);
  });

  it('skips the headers repeated after page breaks and joins wrapped text to the row above', () => {
    expect(r.rows.some((x) => x.name?.startsWith('Sasaran Strategis'))).toBe(false);
    const gaji = r.rows.find((x) => x.row === 12);
    expect(gaji?.action).toMatch(/sebagai dasar.*ASN secara tepat waktu setiap bulan/s);
  });

  it('reads the same monthly targets as the fixture for every indicator it finds', () => {
    let compared = 0;
    for (const row of r.rows.filter((x) => x.indicator)) {
      const ind = renaksi.indicators.find((i) => i.name === row.indicator);
      if (!ind) continue;
      for (const [period, value] of Object.entries(row.schedule)) expect([period, value]).toEqual([period, ind.targets?.[period]]);
      const annual = [ind.targets?.['2025'], ...(ind.alternatives ?? []).filter((a) => a.field === 'targets.2025').map((a) => a.value)];
      expect(annual).toContain(row.target);
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it.each<[string, string]>([
    ['Nilai SAKIP Perangkat Daerah', 'last'],
    ['Jumlah Pengelolaan Kenaikan Pangkat ASN', 'cumulative'],
    ['Persentase ASN yang mengikuti pendidikan dan pelatihan formal (diklat teknis, fungsional dan sosio kultural)', 'cumulative'],
  ])('suggests the aggregation of %s: %s', (name, aggregation) => {
    expect(r.rows.find((x) => x.indicator === name)?.aggregation).toBe(aggregation);
  });

  it('reports the 13th schedule cell of the shifted rows by row and column, and only those', () => {
    expect(r.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [10, 21, '3,00'],
      [11, 21, '85,00'],
      [12, 21, '50,00'],
    ]);
  });
});

describe('mapPaste: bad cells', () => {
  const header = 'No.\tProgram/Kegiatan\tIndikator\tTarget\tSatuan\tPagu\tTW I\tTW II\tTW III\tTW IV\n';
  it.each<[string, number, string, RegExp]>([
    ['1\tProgram A\tJumlah ASN\t10\tOrang\t221.442.00\t\t\t\t\n', 6, '221.442.00', /ribuan/],
    ['1\tProgram A\tPersentase\t1.824\tPersen\t1.000\t\t\t\t\n', 4, '1.824', /ambigu/],
    ['1\tProgram A\tJumlah\t5\tDokumen\t1.000,50\t\t\t\t\n', 6, '1.000,50', /bulat/],
    ['1\tProgram A\tJumlah\t5\tDokumen\t1.000\t1\tdua\t1x\t\n', 9, '1x', /angka/],
  ])('%j → row 2 column %i', (line, column, value, message) => {
    const r = mapPaste(header + line, { year: 2025 });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ row: 2, column, value });
    expect(r.errors[0]?.message).toMatch(message);
  });

  it('reads 1.824 Orang as a count and TW cells as quarters', () => {
    const r = mapPaste(`${header}1\tProgram A\tJumlah ASN\t1.824\tOrang\t1.000\t400\t400\t500\t524\n`, { year: 2025 });
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({ target: 1824, budget: 1000, schedule: { '2025-Q1': 400, '2025-Q4': 524 }, aggregation: 'cumulative' });
  });

  it('lets the user correct the mapping', () => {
    const r = mapPaste(`${header}1\tProgram A\tJumlah ASN\t10\tOrang\t1.000\t1\t2\t3\t4\n`, { year: 2025, mapping: { 5: 'budget_next' } });
    expect(r.rows[0]).toMatchObject({ budget: null, budgetNext: 1000 });
  });
});

describe('mapPaste: seed 003 T-C.33 (Renja 2025)', () => {
  const r = mapPaste(tc33, { year: 2025 });

  it('has no bad cells and maps the two-row header', () => {
    expect(r.errors).toEqual([]);
    expect(r.columns.map((c) => c.field)).toEqual([
      'code', 'name', 'indicator', 'location', 'target', 'budget', 'funding', 'note', 'target_next', 'budget_next',
    ]);
  });

  it.each<[string, string, number | string | null, string | null, number | null, number | null]>([
    ['5', 'heading', null, null, null, null],
    ['5.03.01', 'program', 88, 'Nilai', 15_633_331_188, 13_792_806_535],
    ['5.03.01.2.01', 'kegiatan', 23, 'Dokumen', 1_000_000_000, 185_000_000],
    ['5.03.01.2.01.01', 'subkegiatan', 3, 'Dokumen', 450_000_000, 65_000_000],
    ['5.03.01.2.02.01', 'subkegiatan', 1260, 'Orang/bulan', 11_092_915_948, 10_344_641_295],
    ['5.03.01.2.03.01', 'subkegiatan', 2, 'Laporan', 25_000_000, null],
  ])('%s is a %s with target %s %s, pagu %s, prakiraan maju %s', (code, kind, target, unit, budget, next) => {
    const row = r.rows.find((x) => x.code === code);
    expect(row).toMatchObject({ kind, target, unit, budget, budgetNext: next });
  });

  it('keeps lokasi and sumber dana, and the uncoded row as a sub kegiatan draft', () => {
    expect(r.rows.find((x) => x.code === '5.03.01.2.01.01')).toMatchObject({ location: 'Kab. Kukar', funding: 'APBD' });
    const uncoded = r.rows.find((x) => x.row === 40);
    expect(uncoded).toMatchObject({ kind: 'subkegiatan', code: null });
    expect(r.rows.find((x) => x.name === 'JUMLAH')).toMatchObject({ kind: 'total', budget: 32_743_331_188 });
  });

  it('flags a code that does not extend its parent', () => {
    const bad = tc33.replace('5.03.01.2.01.07\t', '5.03.02.2.01.07\t');
    const res = mapPaste(bad, { year: 2025 });
    expect(res.errors).toHaveLength(1);
    expect(res.errors[0]).toMatchObject({ row: 10, column: 1, value: '5.03.02.2.01.07' });
  });
});
