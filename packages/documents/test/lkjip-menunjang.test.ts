/** LKjIP Tabel 3.17 (seed 001 §3.9): program/kegiatan/sub kegiatan under each sasaran, menunjang or not. */
import { describe, expect, it } from 'vitest';
import { buildReport, type Cell, type TableBlock } from '../src/index.ts';
import { formatNumber } from '../src/format.ts';
import { fixture, GENERATED_AT } from './helpers.ts';

const model = buildReport(fixture('paser-2024-lkjip'), { kind: 'lkjip', year: 2024, generatedAt: GENERATED_AT });
const tables = model.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.type === 'table');
const table = tables.find((t) => t.id === 'menunjang');
const text = (v: unknown): string => (typeof v === 'object' && v !== null ? String((v as Cell).value) : String(v ?? ''));
const rowOf = (name: string) => table?.rows.find((r) => text(r.cells['uraian']).replace(/^– /, '') === name);

describe('LKjIP Tabel 3.17', () => {
  it('comes between the efficiency table and the budget realisation, numbered 3.x', () => {
    const ids = tables.map((t) => t.id);
    expect(ids.indexOf('menunjang')).toBe(ids.indexOf('efisiensi') + 1);
    expect(ids.indexOf('realisasi-anggaran')).toBe(ids.indexOf('menunjang') + 1);
    expect(table?.caption?.[0]).toMatch(/^Tabel 3\.\d+ Analisis Program\/Kegiatan\/Sub Kegiatan yang Menunjang/);
  });

  it('opens with the sasaran and its IKU on the first program row', () => {
    const first = table?.rows[0]?.cells;
    expect(first?.['sasaran']).toBe('Meningkatnya Akuntabilitas Kinerja Perangkat Daerah');
    expect(String(first?.['indikator'])).toContain('Nilai SAKIP Perangkat Daerah');
    expect(text(first?.['uraian'])).toMatch(/^Program /);
  });

  it.each([
    // name, capaian recomputed, label — seed 001 prints 102,72 / 106,18 / 89,72, all "Menunjang"
    ['Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', '102,72', 'Menunjang'],
    ['Administrasi Keuangan Perangkat Daerah', '106,18', 'Menunjang'],
    ['Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', '82,35', 'Menunjang\n(target belum tercapai)'],
  ])('%s: capaian %s, %j', (name, capaian, label) => {
    const row = rowOf(name);
    expect(row, name).toBeDefined();
    expect(text(row?.cells['menunjang'])).toBe(label);
    const value = (row?.cells['capaian'] as Cell | undefined)?.value;
    expect(typeof value === 'number' ? formatNumber(value, 'decimal2') : value).toBe(capaian);
  });

  it('a sub kegiatan without realisation in the data shows "-" (a blank to fill, §7.3)', () => {
    expect(text(rowOf('Penyediaan Gaji dan Tunjangan ASN')?.cells['menunjang'])).toBe('-');
  });

  it('marks a node whose own capaian is under 100 % as "target belum tercapai"', () => {
    const under = table?.rows.filter((r) => {
      const v = (r.cells['capaian'] as Cell | undefined)?.value;
      return typeof v === 'number' && v < 100;
    });
    expect(under?.length).toBeGreaterThan(0);
    for (const r of under ?? []) expect(text(r.cells['menunjang'])).toContain('target belum tercapai');
  });
});
