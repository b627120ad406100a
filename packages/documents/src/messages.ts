/** Every user-facing text of the documents package (Bahasa Indonesia). */
export const messages = {
  placeholderLine: '……………………………………',
  placeholderNarrative: (section: string): string =>
    `[Uraian ${section} belum diisi. Lengkapi teks ini melalui isian narasi sebelum dokumen ditandatangani.]`,
  noData: 'belum ada data',
  total: 'JUMLAH',
  pageOf: (page: number, count: number): string => `Halaman ${page} dari ${count}`,
  generatedNote: (when: string): string => `Dokumen ini dihasilkan oleh kinerja pada ${when}.`,
  pk: {
    title: (perubahan: boolean, year: number): string =>
      `PERJANJIAN KINERJA${perubahan ? ' PERUBAHAN' : ''} TAHUN ${year}`,
    opening:
      'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
    firstParty: 'selanjutnya disebut PIHAK PERTAMA',
    secondParty: 'selaku atasan pihak pertama, selanjutnya disebut PIHAK KEDUA',
    promise:
      'Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.',
    supervision:
      'Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.',
    annex: 'LAMPIRAN PERJANJIAN KINERJA',
    targetsCaption: (year: number): string => `Sasaran, Indikator Kinerja dan Target Tahun ${year}`,
    budgetCaption: (year: number): string => `Program dan Anggaran Tahun ${year}`,
    firstPartyRole: 'PIHAK PERTAMA,',
    secondPartyRole: 'PIHAK KEDUA,',
    superiorPosition: (pemda: string): string => `${pemda.startsWith('Kota') ? 'Wali Kota' : 'Bupati'} ${pemda.replace(/^(Kabupaten|Kota)\s+/, '')}`,
  },
  renaksi: {
    title: (perubahan: boolean, year: number): string => `RENCANA AKSI${perubahan ? ' PERUBAHAN' : ''} TAHUN ${year}`,
    caption: 'Rencana Aksi Pencapaian Sasaran Strategis',
    intro: (perubahan: boolean, year: number): string =>
      `Rencana Aksi${perubahan ? ' Perubahan' : ''} Tahun ${year} menjabarkan target Perjanjian Kinerja${perubahan ? ' Perubahan' : ''} ke dalam langkah-langkah pelaksanaan, jadwal, anggaran dan penanggung jawab sebagai berikut.`,
    nama: 'Sasaran Strategis / Program / Kegiatan / Sub Kegiatan',
    targetKinerja: 'Target Kinerja',
    aksi: 'Rencana Aksi',
    jadwal: 'Jadwal Kegiatan',
  },
  columns: {
    no: 'No',
    sasaran: 'Sasaran Strategis',
    indikator: 'Indikator Kinerja',
    satuan: 'Satuan',
    target: 'Target',
    program: 'Program',
    anggaran: 'Anggaran (Rp)',
    keterangan: 'Keterangan',
    pj: 'Penanggung Jawab',
  },
  labels: {
    nama: 'Nama',
    jabatan: 'Jabatan',
    nip: 'NIP.',
  },
} as const;
