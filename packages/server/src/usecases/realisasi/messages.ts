/** User-facing texts of monitoring (realisasi, periods, evidence, late entries, dashboards), in Bahasa Indonesia. */
export const monitoringMessages = {
  indicatorNotFound: 'Indikator tidak ditemukan pada rencana ini.',
  nodeNotFound: 'Sub kegiatan tidak ditemukan pada rencana ini.',
  periodOutsideYear: (year: number) => `Periode harus berada di dalam tahun ${year}.`,
  notANumber: 'Realisasi harus berupa angka (misalnya 71,51).',
  notAnAmount: 'Realisasi anggaran harus berupa rupiah bulat (misalnya 18.953.949.068).',
  narrativeLow: (capaian: string) =>
    `Capaian periode ${capaian}% jauh di bawah rencana: isi faktor penghambat (dan tindak lanjut) sebelum menyimpan.`,
  narrativeHigh: (capaian: string) =>
    `Capaian periode ${capaian}% jauh di atas rencana: isi faktor pendukung sebelum menyimpan.`,
  notEditable: (status: string) => `Realisasi berstatus "${status}" tidak dapat diubah; minta dikembalikan (ditolak) terlebih dahulu.`,
  transitionNotAllowed: (from: string, action: string) => `Tindakan "${action}" tidak dapat dilakukan pada realisasi berstatus "${from}".`,
  savedConcurrently: 'Realisasi ini baru saja disimpan oleh pengguna lain pada saat yang sama. Muat ulang lembar isian lalu simpan kembali bila perlu.',
  rejectNeedsComment: 'Alasan penolakan wajib diisi.',
  noRealisasi: 'Belum ada realisasi yang diisi untuk periode ini.',
  periodLocked: (period: string) => `Periode ${period} sudah ditutup untuk pengisian. Minta admin Pemda membuka kembali periode ini.`,
  periodNotOpen: (period: string) => `Periode ${period} belum dibuka untuk pengisian.`,
  windowOrder: 'Waktu tutup harus setelah waktu buka.',
  reopenUntilPast: 'Batas pembukaan kembali harus di masa depan.',
  reopenNeedsReason: 'Alasan pembukaan kembali wajib diisi.',
  evidenceMissingFile: 'Pilih berkas bukti untuk diunggah.',
  evidenceTooLarge: (mb: number) => `Berkas bukti terlalu besar (maksimal ${mb} MB).`,
  evidenceBadType: 'Jenis berkas tidak diterima. Unggah PDF, PNG, JPEG, DOCX atau XLSX.',
  evidenceNotFound: 'Berkas bukti tidak ditemukan.',
  evidenceBadId: 'Nomor berkas bukti tidak sah.',
  noticeLateTitle: (period: string) => `Realisasi periode ${period} belum diajukan`,
  noticeLateBody: (opd: string, names: string[]) =>
    `${opd}: ${names.length} indikator belum diajukan realisasinya setelah batas pengisian ditutup — ${names.join('; ')}.`,
} as const;

/** The status names shown to people. */
export const statusLabel: Record<string, string> = {
  draft: 'draf',
  submitted: 'diajukan',
  verified: 'diverifikasi',
  approved: 'disetujui',
  rejected: 'ditolak',
};
