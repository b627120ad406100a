/** User-facing texts of the planning workspace (Bahasa Indonesia). */
export const pm = {
  planExists: (year: number) => `Rencana kinerja tahun ${year} sudah ada untuk perangkat daerah ini.`,
  sourcePlanNotFound: (year: number) => `Rencana tahun ${year} (sumber usulan target Renstra) tidak ditemukan.`,
  locked: (kind: string, versionNo: number, status: string) =>
    `Dokumen ${kind.toUpperCase()} versi ${versionNo} sudah ${statusLabel(status)}; rencana tidak dapat diubah. Buat Perubahan untuk mengubahnya.`,
  notDraft: (status: string) => `Hanya versi draf yang dapat diubah; versi ini sudah ${statusLabel(status)}.`,
  badTransition: (from: string, to: string) => `Status tidak dapat diubah dari ${statusLabel(from)} menjadi ${statusLabel(to)}.`,
  signedDateRequired: 'Tanggal penandatanganan wajib diisi.',
  perubahanNeedsFinal: 'Perubahan hanya dapat dibuat dari versi yang sudah disetujui atau ditandatangani.',
  perubahanNotLatest: 'Versi ini sudah memiliki Perubahan; buat Perubahan dari versi terakhir.',
  versionNotFound: 'Versi dokumen tidak ditemukan.',
  nodeNotFound: 'Simpul rencana tidak ditemukan.',
  indicatorNotFound: 'Indikator tidak ditemukan.',
  parentNotFound: 'Induk tidak ditemukan pada rencana ini.',
  parentKind: (kind: string, parent: string) => `Simpul ${kind} tidak dapat berada di bawah ${parent}.`,
  moveIntoSelf: 'Simpul tidak dapat dipindahkan ke bawah dirinya sendiri.',
  codeInvalid: (reason: string) => `Kode tidak sah: ${reason}.`,
  codeNotUnderParent: (code: string, parent: string) => `Kode ${code} bukan turunan kode induk ${parent}.`,
  pasteHasErrors: (n: number) => `Ada ${n} sel yang tidak dapat dibaca; tidak ada yang disimpan. Perbaiki lalu tempel ulang.`,
  unknownTable: 'Jenis tabel tidak dikenal.',
  xlsxUnreadable: 'Berkas Excel tidak dapat dibaca.',
  xlsxNoSheet: 'Lembar kerja tidak ditemukan dalam berkas.',
  noChanges: 'Tidak ada perubahan.',
} as const;

const STATUS_LABELS: Record<string, string> = {
  draft: 'draf',
  submitted: 'diajukan',
  approved: 'disetujui',
  signed: 'ditandatangani',
};
export const statusLabel = (s: string): string => STATUS_LABELS[s] ?? s;
