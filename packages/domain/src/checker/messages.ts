/** Every user-facing text of the consistency checker (Bahasa Indonesia), in one place. */
import { tryParsePeriod } from '../periods.ts';

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
];

/** `2024`, `Triwulan II 2024`, `Semester 1 2024`, `Juli 2025`. */
export function periodLabel(key: string): string {
  const p = tryParsePeriod(key);
  if (!p) return key;
  if (p.kind === 'quarter') return `Triwulan ${ROMAN[p.index - 1] ?? ''} ${p.year}`;
  if (p.kind === 'semester') return `Semester ${p.index} ${p.year}`;
  if (p.kind === 'month') return `${MONTHS[p.index - 1] ?? ''} ${p.year}`;
  return String(p.year);
}

export const QUANTITY: Record<string, string> = {
  budget: 'pagu',
  budget_realization: 'realisasi anggaran',
  targets: 'target',
  realizations: 'realisasi',
  renstra_targets: 'target Renstra',
  capaian: 'capaian',
  renstra_capaian: 'capaian terhadap target akhir Renstra',
  progress: 'tingkat realisasi (progres tahunan)',
  absorption: 'serapan anggaran',
  efficiency: 'efisiensi',
  average_capaian: 'rata-rata capaian',
  average_renstra_capaian: 'rata-rata capaian terhadap target akhir Renstra',
  average_capaian_kegiatan: 'rata-rata capaian kegiatan',
  average_capaian_subkegiatan: 'rata-rata capaian sub kegiatan',
  average_efficiency: 'rata-rata efisiensi',
  renstra_realization: 'realisasi s.d. tahun berjalan',
  renstra_end_target: 'kondisi kinerja akhir periode Renstra',
  count_total: 'jumlah',
  needed_total: 'jumlah kebutuhan',
  in_post_total: 'jumlah yang ada',
  gap_total: 'jumlah selisih',
  score_total: 'nilai total',
  shortfall: 'kekurangan nilai',
  node_count: 'jumlah',
};

export const quantityLabel = (q: string): string => QUANTITY[q] ?? q;

const KIND: Record<string, string> = {
  program: 'program',
  kegiatan: 'kegiatan',
  subkegiatan: 'sub kegiatan',
};
export const kindLabel = (kind: string): string => KIND[kind] ?? kind;

const ATTRIBUTE: Record<string, string> = {
  unit: 'satuan',
  target: 'target',
  polarity: 'polaritas (positif/negatif)',
  aggregation: 'cara agregasi (kumulatif/posisi akhir/rata-rata)',
  code: 'kode',
};

const COLUMN: Record<string, string> = { total: 'jumlah', needed: 'kebutuhan', in_post: 'yang ada', gap: 'selisih' };

export const CM = {
  storedData: 'data tersimpan',
  where: (place: string | null, subject: string, detail: string): string =>
    `${place ?? 'data tersimpan'}, ${subject} (${detail})`,

  // sum
  childrenSum: (q: string, period: string, stated: string, computed: string, n: number): string =>
    `${quantityLabel(q)} ${periodLabel(period)} ${stated} tidak sama dengan jumlah ${n} rinciannya ${computed}`,
  placeTotal: (place: string, q: string, period: string, printed: string, computed: string): string =>
    `${place} mencetak ${quantityLabel(q)} ${periodLabel(period)} ${printed}, sedangkan rinciannya menurut tempat yang sama berjumlah ${computed}`,
  tableTotal: (q: string, printed: string, computed: string, what: string): string =>
    `${quantityLabel(q)} dicetak ${printed}, sedangkan ${what} berjumlah ${computed}`,
  rowsOf: (column: string): string => `baris-baris kolom ${COLUMN[column] ?? column}`,
  maleFemale: 'kolom laki-laki dan perempuan',
  rowTotal: (printed: string, computed: string): string =>
    `jumlah baris dicetak ${printed}, sedangkan laki-laki + perempuan = ${computed}`,
  rowGap: (printed: string, computed: string): string =>
    `selisih dicetak ${printed}, sedangkan kebutuhan − yang ada = ${computed}`,
  scoreTotal: (period: string, printed: string, computed: string): string =>
    `nilai total ${periodLabel(period)} dicetak ${printed}, sedangkan jumlah nilai komponennya ${computed}`,
  shortfall: (printed: string, computed: string): string =>
    `kekurangan nilai dicetak ${printed}, sedangkan nilai maksimal − nilai = ${computed}`,
  nodeCount: (kind: string, printed: string, computed: string): string =>
    `jumlah ${kindLabel(kind)} dinyatakan ${printed}, sedangkan data memuat ${computed} ${kindLabel(kind)}`,
  renstraRealization: (period: string, printed: string, computed: string): string =>
    `realisasi kumulatif s.d. ${periodLabel(period)} dicetak ${printed}, sedangkan dari realisasi tahunan dihitung ${computed}`,
  renstraEndTarget: (printed: string, computed: string): string =>
    `kondisi kinerja akhir Renstra dicetak ${printed}, sedangkan dari target tahunan Renstra dihitung ${computed}`,

  // schedule
  scheduleAggregate: (q: string, year: string, annual: string, rule: string, computed: string): string =>
    `${quantityLabel(q)} tahunan ${year} ${annual} tidak sama dengan ${rule} periode (${computed})`,
  aggregationRule: {
    cumulative: 'jumlah nilai',
    last: 'nilai terakhir',
    average: 'rata-rata nilai',
  } as Record<string, string>,
  scheduleEmpty: (q: string, year: string, annual: string): string =>
    `tidak ada periode yang diisi padahal ${quantityLabel(q)} tahunan ${year} adalah ${annual}`,
  scheduleOverflow: (cells: string): string =>
    `baris jadwal memuat sel di luar periode (sel ke-13: ${cells})`,

  // ratio
  ratio: (q: string, period: string, printed: string, computed: string): string =>
    `${quantityLabel(q)} ${periodLabel(period)} dicetak ${printed}, dihitung ulang ${computed}`,

  // conflict
  conflict: (field: string, stored: string, source: string, value: string): string =>
    `${field} tersimpan ${stored}, sedangkan ${source} mencetak ${value}`,

  // unit
  unitAlternative: (unit: string, source: string, other: string, field: string): string =>
    `satuan indikator "${unit}", sedangkan ${source} mencetak ${field} dalam satuan "${other}"`,
  unitName: (expected: string, unit: string): string =>
    `nama indikator menyiratkan satuan ${expected}, tetapi satuannya "${unit}"`,
  expectedPercent: 'persen',
  expectedCount: 'hitungan (bukan persen)',

  // code
  codeFormat: (code: string, kind: string): string =>
    `kode "${code}" tidak sesuai format Kepmendagri 050-5889/2021 untuk ${kindLabel(kind)}`,
  codeParent: (code: string, parentCode: string): string =>
    `kode "${code}" tidak diawali kode induknya "${parentCode}"`,
  codeLevel: (code: string, digit: string): string =>
    `kode kegiatan "${code}" memakai digit tingkat pemerintahan ${digit}; kabupaten/kota memakai 2`,

  // duplicate
  duplicateNode: (others: string): string => `baris yang sama (jenis, induk dan nama) juga tercetak sebagai ${others}`,
  duplicateCode: (code: string, others: string): string => `kode "${code}" juga dipakai oleh ${others}`,
  duplicateOutput: (others: string): string => `pernyataan keluaran/sasaran yang sama juga pada ${others}`,
  duplicateIndicator: (others: string): string => `indikator dengan nama yang sama juga pada ${others}`,

  // completeness
  missing: (attribute: string): string => `indikator belum memiliki ${ATTRIBUTE[attribute] ?? attribute}`,
  missingCode: (kind: string): string =>
    `${kindLabel(kind)} tanpa kode di antara ${kindLabel(kind)} yang berkode (baris draf)`,
} as const;
