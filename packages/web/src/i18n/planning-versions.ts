/** Strings of the Perencanaan "Versi & Perubahan" panel: document versions, Perubahan, diff, approval, IKU sheet. */
export const planningVersions = {
  title: 'Versi & Perubahan',
  loading: 'Memuat…',
} as const;
