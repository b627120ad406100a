/** Strings of the Perencanaan "Tempel & Excel" panel: paste from Word/Excel and the XLSX round trip. */
export const planningImport = {
  title: 'Tempel & Excel',
  loading: 'Memuat…',
} as const;
