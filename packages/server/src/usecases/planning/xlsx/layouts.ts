/**
 * The planning tables in the layouts users know: Rencana Aksi (Tabel 2.4 of seed 000), Renja
 * (T-C.33 of seed 003), PK (Tabel 2.2/2.3), the IKU sheet and the Renstra targets. Each layout
 * names its header rows, the field of each column (for the import, through the paste mapper) and
 * which node kinds are rows.
 */
import { MONTH_FIELDS, type NodeKind, type PasteField } from '@kinerja/domain';

export type TableName = 'renaksi' | 'renja' | 'pk' | 'iku' | 'renstra';

export interface Layout {
  title: (year: number) => string;
  headers: (year: number, renstra: number[]) => string[][];
  /** the paste field of each column; null columns are export-only */
  fields: (renstra: number[]) => (PasteField | null)[];
  kinds: NodeKind[];
  numbering: 'no' | 'code';
  widths: (renstra: number[]) => number[];
}

const blank = (n: number): string[] => Array.from({ length: n }, () => '');
const months = Array.from({ length: 12 }, (_, i) => String(i + 1));

export const LAYOUTS: Record<TableName, Layout> = {
  renaksi: {
    title: (y) => `Rencana Aksi Pencapaian Sasaran Strategis Tahun ${y}`,
    headers: () => [
      ['No.', 'Sasaran Strategis/Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja', 'Target Kinerja', '', 'Rencana Aksi', 'Anggaran', 'Penanggung Jawab', 'Jadwal Kegiatan', ...blank(11)],
      ['', '', '', 'Target', 'Satuan', '', '', '', 'I', '', '', 'II', '', '', 'III', '', '', 'IV', '', ''],
      [...blank(8), ...months],
    ],
    fields: () => ['no', 'name', 'indicator', 'target', 'unit', 'action', 'budget', 'responsible', ...MONTH_FIELDS],
    kinds: ['sasaran', 'program', 'kegiatan', 'subkegiatan'],
    numbering: 'no',
    widths: () => [6, 40, 40, 10, 10, 40, 18, 24, ...Array.from({ length: 12 }, () => 7)],
  },
  renja: {
    title: (y) => `Rumusan Rencana Program dan Kegiatan Tahun ${y} dan Prakiraan Maju Tahun ${y + 1}`,
    headers: (y) => [
      ['Kode', 'Program / Kegiatan / Sub Kegiatan', 'Indikator Kinerja', `Rencana Tahun ${y}`, '', '', '', '', 'Catatan Penting', `Prakiraan Maju Rencana Tahun ${y + 1}`, ''],
      ['', '', '', 'Lokasi', 'Target Capaian', 'Satuan', 'Kebutuhan Dana / Pagu Indikatif', 'Sumber Dana', '', 'Target Capaian Kinerja', 'Kebutuhan Dana / Pagu Indikatif'],
    ],
    fields: () => ['code', 'name', 'indicator', 'location', 'target', 'unit', 'budget', 'funding', 'note', 'target_next', 'budget_next'],
    kinds: ['program', 'kegiatan', 'subkegiatan'],
    numbering: 'code',
    widths: () => [18, 40, 40, 14, 10, 12, 20, 12, 24, 10, 20],
  },
  pk: {
    title: (y) => `Perjanjian Kinerja Tahun ${y}`,
    headers: () => [['No.', 'Sasaran Strategis / Program', 'Indikator Kinerja', 'Target', 'Satuan', 'Anggaran (Rp)']],
    fields: () => ['no', 'name', 'indicator', 'target', 'unit', 'budget'],
    kinds: ['sasaran', 'program'],
    numbering: 'no',
    widths: () => [6, 44, 44, 10, 12, 20],
  },
  iku: {
    title: (y) => `Indikator Kinerja Utama Tahun ${y}`,
    headers: () => [['No.', 'Sasaran Strategis', 'Indikator Kinerja Utama', 'Definisi Operasional', 'Formula', 'Tipe Perhitungan', 'Sumber Data', 'Penanggung Jawab', 'Satuan', 'Target']],
    fields: () => [null, null, null, null, null, null, null, null, null, null],
    kinds: ['tujuan', 'sasaran', 'program', 'kegiatan', 'subkegiatan'],
    numbering: 'no',
    widths: () => [6, 36, 36, 44, 36, 14, 20, 20, 10, 10],
  },
  renstra: {
    title: () => 'Target Kinerja Rencana Strategis',
    headers: (_y, years) => [['No.', 'Tujuan/Sasaran/Program/Kegiatan', 'Indikator Kinerja', 'Satuan', 'Kondisi Awal', ...years.map((x) => `Target ${x}`)]],
    fields: (years) => [null, null, null, null, null, ...years.map(() => null)],
    kinds: ['tujuan', 'sasaran', 'program', 'kegiatan', 'subkegiatan'],
    numbering: 'no',
    widths: (years) => [6, 40, 40, 10, 10, ...years.map(() => 10)],
  },
};
