/** Texts of the Pengukuran workflow steps (verifikasi, persetujuan, penolakan) and their comments. */
export const pengukuranWorkflow = {
  dialogTitle: { submit: 'Ajukan realisasi', verify: 'Verifikasi realisasi', approve: 'Setujui realisasi', reject: 'Tolak realisasi' } as Record<string, string>,
  dialogBody: (indicator: string, period: string, value: string) => `${indicator} · ${period} · realisasi ${value}`,
  comment: 'Catatan (opsional)',
  commentRequired: 'Alasan penolakan (wajib)',
  commentHint: 'Catatan disimpan di riwayat verifikasi dan terlihat oleh pengisi.',
  confirm: { submit: 'Ajukan', verify: 'Verifikasi', approve: 'Setujui', reject: 'Tolak dan kembalikan' } as Record<string, string>,
  cancel: 'Batal',
  needReason: 'Isi alasan penolakan.',
  targetHint: 'Target periode dihitung dari jadwal bulanan Rencana Aksi.',
  uploadButton: 'Unggah bukti',
  evidenceUploaded: (name: string) => `Bukti ${name} terunggah`,
  noActions: 'Tidak ada langkah untuk peran Anda',
};
