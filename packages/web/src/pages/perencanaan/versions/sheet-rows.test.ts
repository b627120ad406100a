import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@kinerja/domain';
import { contentRows } from './content-rows.ts';
import { ikuRows } from './iku-rows.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../../../../../shared/fixtures/${name}.json`, import.meta.url), 'utf8')) as Dataset;

describe('ikuRows on seed 002 (IKU revisi BKPSDM Paser 2020)', () => {
  const rows = ikuRows(fixture('paser-2020-iku-iki'));
  it('lists the five IKU with unit, polarity, aggregation and the PJ jabatan', () => {
    expect(rows.map((r) => [r.id, r.unit, r.polarity, r.aggregation, r.pj])).toEqual([
      ['S1.I1', 'persen', 'positive', 'cumulative', 'Kepala Bidang Pengembangan dan Mutasi Kepegawaian (Bidang Pengembangan dan Mutasi Kepegawaian)'],
      ['S1.I2', 'persen', 'positive', 'cumulative', 'Kepala Bidang Pengadaan dan Informasi Kepegawaian (Bidang Pengadaan dan Informasi Kepegawaian)'],
      ['S1.I3', 'persen', 'positive', 'last', 'Kepala Bidang Pengadaan dan Informasi Kepegawaian (Bidang Pengadaan dan Informasi Kepegawaian)'],
      ['S1.I4', 'persen', 'positive', 'last', 'Kepala Bidang Penilaian Kinerja dan Kesejahteraan ASN (Bidang Penilaian Kinerja dan Kesejahteraan ASN)'],
      ['S2.I1', null, 'positive', 'last', 'Kepala Bidang Penilaian Kinerja dan Kesejahteraan ASN (Bidang Penilaian Kinerja dan Kesejahteraan ASN)'],
    ]);
  });
  it('keeps the sasaran and the data source as printed', () => {
    expect(rows[4]?.indicator).toBe('Nilai SAKIP BKPSDM');
    expect(rows[0]?.sasaran).toMatch(/^Meningkatnya kualitas Kualifikasi dan Kompetensi Aparatur Si/);
    expect(rows[0]?.source).toBe('Data olah/rekap Bidang Pengembangan dan Mutasi Kepegawaian');
  });
});

describe('contentRows on seed 000 (Rencana Aksi Perubahan 2025)', () => {
  const rows = contentRows(fixture('paser-2025-renaksi-perubahan'), 2025);
  it('walks the tree depth first, each node followed by its indicators, with target and pagu of the year', () => {
    expect(rows.slice(0, 6).map((r) => [r.depth, r.kind, r.text.slice(0, 40), r.target, r.pagu])).toEqual([
      [0, 'misi', 'Meningkatkan Tata Kelola Pemerintahan ya', null, null],
      [1, 'tujuan', 'Terwujudnya Aparatur Sipil Negara yang P', null, null],
      [2, 'sasaran', 'Meningkatnya Akuntabilitas Kinerja Peran', null, 10_022_791_347],
      [3, 'indikator', 'Nilai SAKIP Perangkat Daerah', 71.51, null],
      [3, 'program', 'Program Penunjang urusan Pemerintah Daer', null, 10_022_791_347],
      [4, 'indikator', 'Indeks Kepuasan Pelayanan Sekretariat', 87, null],
    ]);
  });
  it('shows every node and indicator once', () => {
    const d = fixture('paser-2025-renaksi-perubahan');
    expect(rows.length).toBe(d.nodes.length + d.indicators.filter((i) => d.nodes.some((n) => n.id === i.node)).length);
  });
});
