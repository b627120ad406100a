/** `Kabupaten Paser` → `kabupaten-paser`, `BKPSDM` → `bkpsdm`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lowercase, collapsed spaces: the name part of a lineage key. */
export const normaliseName = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').trim();
