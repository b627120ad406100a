/** Every user-facing text of @kinerja/db, in Bahasa Indonesia. */
export const msg = {
  busy: (dir: string, pid: number | string) =>
    `Basis data di ${dir} sedang dipakai oleh proses ${pid} (server kinerja?). Hentikan proses itu, atau gunakan DATABASE_URL.`,
  pemdaNotFound: (slug: string) => `Pemda "${slug}" tidak ditemukan`,
  opdNotFound: (slug: string) => `perangkat daerah "${slug}" tidak ditemukan`,
  planNotFound: (opd: string, year: number) => `rencana ${opd} tahun ${year} tidak ditemukan`,
  planExists: (opd: string, year: number) =>
    `rencana ${opd} tahun ${year} sudah ada; gunakan --replace untuk menggantinya`,
  invalidDataset: (n: number) => `berkas kinerja-dataset/1 tidak sah (${n} kesalahan)`,
  tooManyErrors: (shown: number) => `hanya ${shown} kesalahan pertama yang ditampilkan`,
  notObject: 'harus berupa objek JSON',
  wrongFormat: 'format harus "kinerja-dataset/1"',
  badPeriod: 'periode tidak dikenal',
  notInteger: 'rupiah harus bilangan bulat',
  required: 'wajib diisi',
  wrongType: (expected: string) => `harus berupa ${typeName(expected)}`,
  badEnum: (options: readonly (string | number)[]) => `harus salah satu dari: ${options.join(', ')}`,
  badValue: 'nilai tidak sah',
  unknownKey: 'kunci tidak dikenal',
  duplicateId: (id: string, first: string) => `id "${id}" sudah dipakai di ${first}`,
  danglingRef: (id: string, what: string) => `"${id}" tidak merujuk ${what} mana pun`,
  cycle: (id: string) => `node "${id}" menjadi leluhurnya sendiri`,
  whatNode: 'node',
  whatUnit: 'unit',
  whatAnything: 'unit, node, indikator, dokumen atau entri',
  emptyName: 'nama tidak boleh kosong',
  badBackup: 'berkas cadangan tidak sah: format harus "kinerja-backup/1"',
  pemdaExists: (slug: string) => `Pemda "${slug}" sudah ada di basis data ini; pulihkan ke basis data lain`,
  usernameTaken: (names: string[]) => `nama pengguna sudah dipakai: ${names.join(', ')}`,
} as const;

function typeName(t: string): string {
  const names: Record<string, string> = {
    string: 'teks',
    number: 'angka',
    integer: 'bilangan bulat',
    boolean: 'true/false',
    object: 'objek',
    array: 'daftar',
    null: 'null',
  };
  return names[t] ?? t;
}
