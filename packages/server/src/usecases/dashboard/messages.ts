/** User-facing texts of the dashboard exports, in Bahasa Indonesia. */
export const dashboardMessages = {
  caption: (year: number, period: string, rules: { id: string; version: number }) =>
    `Tahun ${year} · periode ${period} · aturan ${rules.id} versi ${rules.version} · hanya realisasi terverifikasi/disetujui`,
  opdTitle: (opd: string, pemda: string) => `Dasbor kinerja ${opd} — ${pemda}`,
  pemdaTitle: (pemda: string) => `Dasbor kinerja Pemda — ${pemda}`,
  sheets: { indicators: 'Indikator', sasaran: 'Sasaran', programs: 'Program', opds: 'Perangkat Daerah', references: 'Pembanding', pending: 'Menunggu verifikasi' },
  indicatorHeaders: ['Indikator', 'Satuan', 'IKU', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat', 'Realisasi tahun lalu', 'Capaian tahun lalu (%)', 'Target akhir Renstra', 'Capaian Renstra (%)'],
  nodeHeaders: ['Kode', 'Nama', 'Capaian (%)', 'Predikat', 'Pagu (Rp)', 'Realisasi anggaran (Rp)', 'Serapan (%)', 'Efisiensi'],
  opdHeaders: ['Peringkat', 'Perangkat daerah', 'Capaian (%)', 'Predikat', 'Capaian tahun lalu (%)', 'Capaian Renstra (%)', 'Pagu (Rp)', 'Realisasi anggaran (Rp)', 'Serapan (%)', 'Efisiensi', 'Indikator', 'Menunggu verifikasi', 'Terlambat'],
  referenceHeaders: ['Perangkat daerah', 'Indikator', 'Realisasi', 'Pembanding', 'Nilai pembanding', 'Selisih'],
  pendingHeaders: ['Indikator', 'Periode', 'Status', 'Nilai'],
  opdTotal: 'Perangkat daerah (rata-rata sasaran)',
  yes: 'Ya',
} as const;
