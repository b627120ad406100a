/**
 * Every user-facing text of the domain computations (Bahasa Indonesia), in one place.
 * The consistency checker keeps its own texts in checker/messages.ts.
 */
export const MSG = {
  // numbers
  noNumber: 'tidak ada angka',
  notANumber: 'bukan angka',
  malformedGroups: 'pengelompokan ribuan tidak valid',
  ambiguousThousands: 'titik tunggal dengan tiga angka di belakangnya ambigu (ribuan atau desimal?)',
  moneyNotInteger: 'nilai rupiah harus bilangan bulat',
  // periods
  unknownPeriod: 'periode tidak dikenal',
  // rules
  unknownRuleKey: 'kunci aturan tidak dikenal',
  rulesNotObject: 'aturan harus berupa objek',
  expectedOneOf: (values: readonly string[]) => `nilai harus salah satu dari: ${values.join(', ')}`,
  expectedBoolean: 'nilai harus true atau false',
  expectedNumber: 'nilai harus angka',
  expectedNumberOrNull: 'nilai harus angka atau null',
  expectedString: 'nilai harus teks',
  expectedPositiveInteger: 'nilai harus bilangan bulat positif',
  expectedNumberMap: 'nilai harus objek berisi angka',
  expectedDescendingNumbers: 'nilai harus daftar empat angka menurun',
  givenValue: (message: string, value: string) => `${message} (diberikan: ${value})`,
  // capaian
  missingTarget: 'target belum diisi',
  missingRealization: 'realisasi belum ada',
  zeroTarget: 'target 0: rasio tidak terdefinisi',
  zeroRealizationInverse: 'realisasi 0 dengan rumus T/R: pembagian dengan nol',
  negativeValues: 'target atau realisasi negatif: capaian dihitung sebagai selisih',
  ordinalScaleMismatch: 'target dan realisasi tidak pada skala yang sama',
  unparseable: 'nilai tidak dapat dibaca sebagai angka, rentang atau predikat',
  ordinalBelowTarget: 'capaian ordinal (peringkat realisasi / peringkat target)',
  // renstra
  noRenstraTarget: 'target akhir Renstra tidak ada',
} as const;
