/** Texts of `kinerja rules` (Bahasa Indonesia). */
export const rulesMsg = {
  cmdRules: 'aturan perhitungan per Pemda dan tahun (rule set, domain-rules §12a)',
  cmdShow: 'tampilkan aturan perhitungan yang berlaku untuk satu tahun',
  cmdSet: 'tetapkan aturan perhitungan satu tahun: preset bawaan atau parameter kustom (versi baru); diaudit',
  cmdList: 'daftar preset bawaan (dan aturan kustom serta tahun yang memakainya dengan --pemda)',
  optPreset: 'preset bawaan: pemda-default, legacy-renja, bands-integer, inverse-ratio',
  optFile: 'berkas JSON berisi parameter yang diubah, mis. {"capaianCap": 100}',
  optKey: 'nama aturan kustom (huruf kecil, angka, tanda hubung); bawaan "kustom"',
  optBase: 'preset awal parameter kustom; bawaan: aturan tahun itu yang berlaku sekarang',
  optReason: 'alasan perubahan (dicatat di log audit)',
  presetOrFile: 'gunakan salah satu: --preset atau --file',
  fileNotJson: (file: string) => `berkas ${file} bukan JSON yang valid`,
  header: (pemda: string, year: number, key: string, version: number, source: string) =>
    `Aturan perhitungan ${pemda} tahun ${year}: ${key} versi ${version} (${source === 'preset' ? 'preset bawaan' : 'kustom'})`,
  notAssigned: 'Belum ditetapkan untuk tahun ini: berlaku pemda-default.',
  changed: (by: string, at: string, reason: string | null) => `Terakhir diubah oleh ${by} pada ${at}${reason ? `; alasan: ${reason}` : ''}`,
  set: (year: number, key: string, version: number) => `Tahun ${year} kini memakai ${key} versi ${version}; semua tampilan dihitung ulang saat dibaca.`,
  headers: { key: 'Kunci', value: 'Nilai', name: 'Nama', version: 'Versi', kind: 'Jenis', year: 'Tahun', created: 'Dibuat' },
  preset: 'preset',
  custom: 'kustom',
} as const;
