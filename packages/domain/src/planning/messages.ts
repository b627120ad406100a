/** User-facing texts of the planning mappers (paste, diff, schedule warnings), in Bahasa Indonesia. */
export const PM = {
  emptyPaste: 'Tidak ada tabel yang ditempel.',
  noDataRows: 'Tidak ada baris data yang dikenali di bawah judul kolom.',
  extraCells: (n: number) => `Baris ini berisi ${n} sel lebih banyak dari jumlah kolom (kolom bergeser?).`,
  notANumber: (reason: string) => `Bukan angka yang sah: ${reason}.`,
  ambiguous: 'Titik dengan tiga angka di belakangnya ambigu (ribuan atau desimal?); tulis dengan koma desimal.',
  moneyNotInteger: 'Anggaran harus rupiah bulat.',
  unitMismatch: (cell: string, unit: string) => `Satuan "${cell}" pada target berbeda dengan kolom Satuan "${unit}".`,
  badCode: (reason: string) => `Kode tidak sah: ${reason}.`,
  codeNotUnderParent: (code: string, parent: string) => `Kode ${code} bukan turunan kode induk ${parent}.`,
  noName: 'Nama sasaran/program/kegiatan kosong.',
  orphanIndicator: 'Indikator tanpa sasaran/program/kegiatan di atasnya.',
  duplicateField: (field: string) => `Kolom ${field} dipetakan lebih dari sekali.`,
  // diff
  fieldLabels: {
    name: 'nama',
    code: 'kode',
    kind: 'jenis',
    parent: 'induk',
    output: 'keluaran',
    unit: 'satuan',
    location: 'lokasi',
    polarity: 'polaritas',
    aggregation: 'agregasi',
    iku: 'IKU',
    definition: 'definisi',
    formula: 'formula',
    data_source: 'sumber data',
    responsible: 'penanggung jawab',
    node: 'simpul',
  } as Record<string, string>,
  // schedule warnings
  budgetChildren: (parent: string, children: string) =>
    `Jumlah anggaran rincian (${children}) tidak sama dengan anggaran induk (${parent}).`,
} as const;
