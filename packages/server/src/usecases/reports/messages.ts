/** User-facing texts of report generation and narratives (Bahasa Indonesia). */
export const reportMessages = {
  jobNotFound: 'Dokumen yang diminta tidak ditemukan.',
  jobIdBad: 'Kode dokumen tidak sah.',
  fileMissing: 'Berkas dokumen tidak ditemukan di penyimpanan. Buat ulang dokumennya.',
  notReady: (status: string) => `Dokumen belum dapat diunduh (status: ${status}).`,
  kindBad: 'Jenis dokumen harus salah satu dari: pk, renaksi, renja, evaluasi-triwulan, lkjip.',
  formatBad: 'Format harus docx, xlsx atau pdf.',
  periodBad: 'Periode harus berupa kunci periode, mis. 2025-Q3, 2025-S1 atau 2025-07.',
  periodYear: (year: number) => `Periode harus berada di tahun ${year}.`,
  periodNeeded: 'Evaluasi triwulan memerlukan periode (mis. 2025-Q3).',
  unitNotFound: (name: string) => `Unit kerja "${name}" tidak ditemukan pada rencana ini.`,
  narrativeKindBad: (kind: string) => `Dokumen "${kind}" tidak memiliki bagian narasi.`,
  sectionBad: (kind: string) => `Bagian narasi tidak dikenal untuk dokumen ${kind}.`,
  textTooLong: (max: number) => `Teks narasi maksimal ${max} karakter.`,
  failed: 'Pembuatan dokumen gagal karena kesalahan tak terduga. Hubungi pengelola bila berulang.',
  stale: 'Pembuatan dokumen terhenti karena server dimulai ulang. Buat ulang dokumennya.',
} as const;

/** The names of the narrative sections the user writes, per document kind. */
export const narrativeLabels: Record<string, string> = {
  'kata-pengantar': 'Kata Pengantar',
  ikhtisar: 'Ikhtisar Eksekutif',
  'latar-belakang': 'Bab I — Latar Belakang',
  'gambaran-organisasi': 'Bab I — Gambaran Umum Organisasi',
  'isu-strategis': 'Bab I — Permasalahan Utama (Strategic Issues)',
  renstra: 'Bab II — Rencana Strategis',
  capaian: 'Bab III — Capaian Kinerja Organisasi',
  pembanding: 'Bab III — Perbandingan dengan Target Nasional dan Instansi Lain',
  penutup: 'Bab IV — Penutup',
};
