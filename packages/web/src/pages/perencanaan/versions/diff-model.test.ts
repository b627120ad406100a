import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffPlans, type Dataset } from '@kinerja/domain';
import { groupDiff, pathText } from './diff-model.ts';

/** Seed 000: Rencana Aksi Perubahan 2025 of BKPSDM Paser, as the fixture holds it. */
const before = JSON.parse(readFileSync(new URL('../../../../../../../shared/fixtures/paser-2025-renaksi-perubahan.json', import.meta.url), 'utf8')) as Dataset;

/** A PK Perubahan made of it: one target, one pagu, one indicator text, one indicator added, one removed. */
function perubahan(): Dataset {
  const after = structuredClone(before);
  const sakip = after.indicators.find((i) => i.id === 'S1.I1');
  if (sakip?.targets) sakip.targets['2025'] = 75;
  const k11 = after.nodes.find((n) => n.id === 'K1.1');
  if (k11?.budget) k11.budget['2025'] = 180_000_000;
  const doc = after.indicators.find((i) => i.id === 'SK1.1.1.I1');
  if (doc) doc.name = 'Jumlah Dokumen Perencanaan dan Evaluasi Perangkat Daerah';
  after.indicators = after.indicators.filter((i) => i.id !== 'P1.I1');
  after.indicators.push({ id: 'SK1.1.1.I9', node: 'SK1.1.1', name: 'Persentase dokumen perencanaan tepat waktu', unit: 'Persen', targets: { '2025': 100 } });
  return after;
}

describe('groupDiff on seed 000 with a PK Perubahan', () => {
  const after = perubahan();
  const groups = groupDiff(diffPlans(before, after), before, after);
  const flat = groups.map((g) => [pathText(g.path.slice(2)), g.lines.map((l) => [l.change, l.subject, l.what, l.before, l.after])]);

  it('groups the changes under their place in the tree, in tree order', () => {
    expect(flat).toEqual([
      ['Sasaran Meningkatnya Akuntabilitas Kinerja Perangkat Daerah', [['changed', 'Nilai SAKIP Perangkat Daerah', 'Target 2025', '71,51', '75']]],
      [
        'Sasaran Meningkatnya Akuntabilitas Kinerja Perangkat Daerah › Program Program Penunjang urusan Pemerintah Daerah Lainnya',
        [
          ['removed', 'Indeks Kepuasan Pelayanan Sekretariat', 'Indikator dihapus', 'Indeks Kepuasan Pelayanan Sekretariat', '–'],
          ['removed', 'Indeks Kepuasan Pelayanan Sekretariat', 'Target 2025', '87', '–'],
          ['changed', 'Perencanaan, penganggaran dan Evaluasi Kinerja Perangkat Daerah', 'Pagu 2025', 'Rp 178.029.166', 'Rp 180.000.000'],
        ],
      ],
      [
        'Sasaran Meningkatnya Akuntabilitas Kinerja Perangkat Daerah › Program Program Penunjang urusan Pemerintah Daerah Lainnya › Kegiatan Perencanaan, penganggaran dan Evaluasi Kinerja Perangkat Daerah › Sub kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah',
        [
          ['added', 'Persentase dokumen perencanaan tepat waktu', 'Indikator ditambahkan', '–', 'Persentase dokumen perencanaan tepat waktu'],
          ['added', 'Persentase dokumen perencanaan tepat waktu', 'Target 2025', '–', '100'],
          ['changed', 'Jumlah Dokumen Perencanaan dan Evaluasi Perangkat Daerah', 'Nama', 'Jumlah Dokumen Perencanaan Perangkat Daerah', 'Jumlah Dokumen Perencanaan dan Evaluasi Perangkat Daerah'],
        ],
      ],
    ]);
  });

  it('starts every path at the top of the tree (misi, tujuan)', () => {
    expect(groups[0]?.path.slice(0, 2).map((p) => p.split(' ')[0])).toEqual(['Misi', 'Tujuan']);
  });

  it('finds nothing between a version and itself', () => {
    expect(groupDiff(diffPlans(before, before), before, before)).toEqual([]);
  });
});

describe('pathText', () => {
  it.each([
    [[], 'Tingkat teratas'],
    [['Sasaran A', 'Program B'], 'Sasaran A › Program B'],
  ])('%j → %s', (path, text) => {
    expect(pathText(path)).toBe(text);
  });
});
